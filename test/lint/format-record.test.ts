import { fc, test } from '@fast-check/vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatRecord } from '../../src/lint/format-record.ts';
import { loadFolder } from '../../src/load/load-folder.ts';
import { compareVersions } from '../../src/version/index.ts';

type Rec = Record<string, unknown> & { releases?: { version: string }[]; scheme?: string };

/** The values of a record, with releases in version order: what formatting must keep. */
function values(text: string): Rec {
  const v = parse(text) as Rec;
  if (v.releases && v.scheme) v.releases = [...v.releases].sort((a, b) => compareVersions(v.scheme!, a.version, b.version));
  return v;
}

describe('formatRecord', () => {
  const folder = loadFolder('data');
  const records = [...folder.vendors, ...folder.products, ...folder.tables, ...folder.pairs];

  it('keeps every value of every bundled record and is idempotent', () => {
    expect(records.length).toBeGreaterThan(10);
    for (const r of records) {
      const once = formatRecord(r.text, r.kind);
      expect(values(once), r.file).toEqual(values(r.text));
      expect(formatRecord(once, r.kind), r.file).toBe(once);
    }
  });

  it('puts keys in canonical order, sorts releases, keeps comments', () => {
    const text = readFileSync(join(__dirname, '..', 'fixtures', 'mini', 'toolkits', 'kit.yaml'), 'utf8')
      .replace('id: kit\nkind: toolkit', 'kind: toolkit\nid: kit # the id\n')
      .replace(/releases:\n([\s\S]*?)rules:/, (_m, body: string) => `releases:\n${body.split(/(?=  - version)/).reverse().join('')}rules:`);
    const out = formatRecord(text, 'product');
    expect(out.indexOf('id: kit')).toBeLessThan(out.indexOf('kind: toolkit'));
    expect(out).toContain('# the id');
    expect([...out.matchAll(/version: "([^"]+)"/g)].map((m) => m[1])).toEqual(['1.0.RC1', '1.0.0', '2.0.0']);
  });

  const releaseArb = fc.record({ version: fc.constantFrom('1.0.0', '1.0.1', '2.0.0rc1', '2.0.0', '2.0.0.post3', '3.11'), note: fc.option(fc.string({ maxLength: 12 }), { nil: undefined }) });
  test.prop([fc.uniqueArray(releaseArb, { selector: (r) => r.version, maxLength: 6 }), fc.shuffledSubarray(['aliases', 'homepage', 'notes', 'sources'])])('never drops, adds or changes a value of a generated record', (releases, extra) => {
    const lines = ['# yaml-language-server: $schema=../../schema/product.json', 'vendor: v', 'kind: framework', 'id: x', 'name: { zh: "名", en: "N" }', 'scheme: pep440'];
    for (const k of extra) lines.push(k === 'aliases' ? 'aliases: ["a", "b"]' : k === 'sources' ? 'sources: ["https://example.com/x"]' : `${k}: "${k}"`);
    if (releases.length) {
      lines.push('releases:');
      for (const r of releases) lines.push(`  - version: "${r.version}"`, ...(r.note !== undefined ? [`    note: ${JSON.stringify(r.note)}`] : []));
    }
    const text = `${lines.join('\n')}\n`;
    const once = formatRecord(text, 'product');
    expect(values(once)).toEqual(values(text));
    expect(formatRecord(once, 'product')).toBe(once);
  });
});

describe('formatRecord keeps comments where they belong', () => {
  const HEADER = '# yaml-language-server: $schema=../../schema/product.json';

  it('the schema line stays the first line when the keys are reordered', () => {
    const text = `${HEADER}\nkind: toolkit\nid: kit\nvendor: acme\nname: {en: "Kit", zh: "工具"}\nsources: ["https://example.com/kit"]\n`;
    const out = formatRecord(text, 'product');
    expect(out.split('\n').slice(0, 3)).toEqual([HEADER, 'id: kit', 'kind: toolkit']);
    expect(formatRecord(out, 'product')).toBe(out);
  });

  it('a comment about the first key stays with that key; the schema line stays on top', () => {
    const text = `${HEADER}\n# the vendor calls it a suite\nkind: toolkit\nid: kit\nvendor: acme\nname: {en: "Kit", zh: "工具"}\nsources: ["https://example.com/kit"]\n`;
    const out = formatRecord(text, 'product');
    expect(out.split('\n').slice(0, 4)).toEqual([HEADER, 'id: kit', '# the vendor calls it a suite', 'kind: toolkit']);
  });

  it('a comment above a release moves with the release when releases are sorted', () => {
    const text = [
      HEADER,
      'id: kit',
      'kind: toolkit',
      'vendor: acme',
      'name: {en: "Kit", zh: "工具"}',
      'scheme: semver',
      'sources: ["https://example.com/kit"]',
      'releases:',
      '  # 2.0.0: per the blog post',
      '  - version: "2.0.0"',
      '  # 1.0.0: first public one',
      '  - version: "1.0.0"',
      '    date: "2024-01-01"',
      '  # 1.5.0: a hotfix line',
      '  - version: "1.5.0"',
      '',
    ].join('\n');
    const out = formatRecord(text, 'product');
    const lines = out.split('\n');
    for (const v of ['1.0.0', '1.5.0', '2.0.0']) {
      const at = lines.indexOf(`  - version: "${v}"`);
      expect(lines[at - 1]).toMatch(new RegExp(`^  # ${v.replace(/\./g, '\\.')}:`));
    }
    expect(lines.filter((l) => l.startsWith('  - version')).map((l) => l.slice(14, -1))).toEqual(['1.0.0', '1.5.0', '2.0.0']);
    expect(formatRecord(out, 'product')).toBe(out);
  });
});
