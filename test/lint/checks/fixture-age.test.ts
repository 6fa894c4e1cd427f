import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureAge } from '../../../src/lint/checks/fixture-age.ts';
import { runChecks } from '../../../src/lint/run-checks.ts';
import { loadFolder } from '../../../src/load/load-folder.ts';

/** A checkout-like folder: data/ plus one fixture sidecar with the given date. */
function checkout(table: string, date: string): string {
  const root = mkdtempSync(join(tmpdir(), 'stackfit-fixture-age-'));
  cpSync('data', join(root, 'data'), { recursive: true });
  mkdirSync(join(root, 'test/fixtures/upstream'), { recursive: true });
  const sidecar = JSON.parse(readFileSync(`test/fixtures/upstream/${table}.source.json`, 'utf8')) as { files: { date: string }[] };
  for (const f of sidecar.files) f.date = date;
  writeFileSync(join(root, `test/fixtures/upstream/${table}.source.json`), JSON.stringify(sidecar));
  return root;
}

describe('fixture-age', () => {
  it('is quiet on the committed fixtures', () => {
    expect(runChecks(loadFolder('data'), '2026-12-01', [fixtureAge])).toEqual([]);
  });

  it('warns when a release the table covers is newer than its upstream copy', () => {
    const root = checkout('vllm-ascend', '2025-01-01');
    const issues = runChecks(loadFolder(join(root, 'data')), '2026-12-01', [fixtureAge]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'stale-fixture', severity: 'warning', file: 'tables/vllm-ascend.yaml' });
    expect(issues[0]!.message).toMatch(/dated 2025-01-01, before vllm-ascend 0\.23\.0 \(2026-/);
  });

  it('ignores releases outside the rows it covers (an older per-version table)', () => {
    const root = checkout('tidb-os-5-1', '2021-06-01');
    const issues = runChecks(loadFolder(join(root, 'data')), '2026-12-01', [fixtureAge]);
    // TiDB 8.x is newer too, but the table's rows are about 5.1: the warning names 5.1.5
    expect(issues.map((i) => [i.file, i.message])).toEqual([['tables/tidb-os-5-1.yaml', 'the upstream copy this table was imported from is dated 2021-06-01, before tidb 5.1.5 (2022-12-28) that its rows cover']]);
  });
});
