import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RELEASE_LISTS } from '../../src/import/releases/lists.ts';
import { missingReleases, readReleaseList } from '../../src/import/releases/release-list.ts';
import { loadFolder } from '../../src/load/load-folder.ts';

const SOURCES = JSON.parse(readFileSync('test/fixtures/upstream/releases/sources.json', 'utf8')) as Record<string, { file: string; url: string }>;
const products = loadFolder('data').products;

describe('release lists', () => {
  // Releases a vendor's list names that the record does not carry (none: MindSpore's Release List is read whole)
  const GAPS: Record<string, string[]> = {};

  it.each(RELEASE_LISTS.map((s) => s.product))('%s: releases in the fixture list that the record lacks', (product) => {
    const spec = RELEASE_LISTS.find((s) => s.product === product)!;
    const file = `test/fixtures/upstream/releases/${SOURCES[product]!.file}`;
    const upstream = readReleaseList(spec, readFileSync(file, 'utf8'), file);
    expect(upstream.length).toBeGreaterThan(3);
    const record = products.find((p) => p.value.id === product)!.value;
    expect(missingReleases(upstream, (record.releases ?? []).map((r) => r.version), record.scheme).map((m) => m.version)).toEqual(GAPS[product] ?? []);
  });

  it('names a release the record lacks, with its date and line', () => {
    const spec = RELEASE_LISTS.find((s) => s.product === 'vllm-ascend')!;
    const text = `# Release notes\n\n## v0.30.0rc1 - 2026.12.01\n\n${readFileSync('test/fixtures/upstream/releases/vllm-ascend.md', 'utf8')}`;
    const upstream = readReleaseList(spec, text, 'notes.md');
    const record = products.find((p) => p.value.id === 'vllm-ascend')!.value;
    expect(missingReleases(upstream, (record.releases ?? []).map((r) => r.version), record.scheme)).toEqual([{ version: '0.30.0rc1', date: '2026-12-01', line: 3 }]);
  });

  it('compares in the product scheme (8.0.rc3 is 8.0.RC3)', () => {
    expect(missingReleases([{ version: '8.0.rc3', line: 1 }], ['8.0.RC3'], 'cann')).toEqual([]);
  });

  it('a file with no release says what it expected', () => {
    const spec = RELEASE_LISTS.find((s) => s.product === 'torch-musa')!;
    expect(() => readReleaseList(spec, 'nothing\n', 'tags.txt')).toThrow(/tags.txt.*no torch-musa release found/s);
  });
});
