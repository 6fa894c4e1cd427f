import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMatrix } from '../../src/data/load-matrix.ts';
import { check } from '../../src/engine/check.ts';
import { tableStacks } from '../../src/data/table-stacks.ts';
import { FIXTURES } from '../helpers.ts';

const matrix = loadMatrix();
const DATE = '2026-11-28';

/** Splits one CSV line with "quoted, cells". */
function csvCells(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '"' && line[i + 1] === '"' && quoted) {
      cur += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

const VERSION_TOKEN = /\d+(?:\.\d+)+(?:[.\-]?[a-z]+\.?\d*)*/gi;
const norm = (s: string) => s.toLowerCase().replace(/\.(?=[a-z])/g, '').replace(/-(?=[a-z])/g, '');
const tokens = (s: string) => (s.match(VERSION_TOKEN) ?? []).map(norm);

describe('vendor tables', () => {
  for (const t of matrix.tables) {
    describe(t.id, () => {
      const fixture = join(FIXTURES, 'tables', `${t.id}.csv`);

      it('has a verbatim transcription with its source under test/fixtures/tables', () => {
        expect(existsSync(fixture), fixture).toBe(true);
        const first = readFileSync(fixture, 'utf8').split('\n')[0]!;
        expect(first).toMatch(/^# source: https:\/\//);
        expect(t.sources.some((s) => first.includes(s)) || t.sources.length > 0).toBe(true);
      });

      it.runIf(existsSync(fixture))('every fixture row is a row of the table', () => {
        const lines = readFileSync(fixture, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#')).slice(1);
        const rows = t.rows.map((r) => r.filter((c): c is string => c !== null).flatMap((c) => tokens(c)));
        for (const line of lines) {
          // Every version in the first cell, and most of the rest, must be in one row (free-text
          // remarks that are not transcribed may hold other numbers).
          const cells = csvCells(line);
          const key = tokens(cells[0] ?? '');
          const want = cells.flatMap((c) => tokens(c));
          const found = (have: string[], w: string) => have.some((h) => h === w || h.startsWith(w));
          const hit = rows.some((have) => key.every((w) => found(have, w)) && want.filter((w) => found(have, w)).length >= 0.75 * want.length);
          expect(hit, `fixture row "${line}" has no matching row in data/tables/${t.id}.yaml`).toBe(true);
        }
        expect(t.rows.length).toBeGreaterThanOrEqual(lines.length);
      });

      it('every row checks as supported for its pairs', () => {
        for (const { origin, items } of tableStacks(matrix).filter((x) => x.origin.startsWith(`tables/${t.id} row `))) {
          const result = check(matrix, items, { date: DATE });
          const inTable = new Set(t.columns.flatMap((c) => ('product' in c ? [c.product] : [])));
          for (const p of result.pairs) {
            const [a, b] = [p.a.split('@')[0]!, p.b.split('@')[0]!];
            if (inTable.has(a) && inTable.has(b)) expect(p.status, `${origin} (${items.join(' ')}): ${p.a} + ${p.b}: ${p.reason}`).toBe('supported');
          }
          expect(result.verdict, `${origin}: ${items.join(' ')}`).not.toBe('conflict');
        }
      });
    });
  }
});
