import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.ts';
import { run } from '../../src/cli/run.ts';

function capture(argv: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t), tty: false };
  const code = run(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('stackfit import', () => {
  it('--list --json names every importer with its upstream and fixture', () => {
    const r = capture(['import', '--list', '--json']);
    const { importers } = JSON.parse(r.out) as { importers: { table: string; upstream: string; fixture: string }[] };
    expect(importers.length).toBeGreaterThanOrEqual(40);
    expect(importers.find((i) => i.table === 'vllm-ascend')).toEqual({
      table: 'vllm-ascend',
      family: 'vllm-project/vllm-ascend versioning_policy.md',
      upstream: 'https://github.com/vllm-project/vllm-ascend/blob/main/docs/source/community/versioning_policy.md',
      fixture: 'test/fixtures/upstream/vllm-ascend.source.json',
    });
  });

  it('--all --check passes on the committed fixtures', () => {
    const r = capture(['import', '--all', '--check']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^\d+ tables match their fixtures$/);
  });

  it('--all --check exits 1 and prints the difference when a table drifts', () => {
    const data = mkdtempSync(join(tmpdir(), 'stackfit-data-'));
    cpSync('data', data, { recursive: true });
    const file = join(data, 'tables', 'tidb-os-5-1.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"16.04 || 18.04 || 20.04 || 22.04 || 24.04 || 26.04"]', '">=18.04"]'));
    const r = capture(['import', '--all', '--check', '--data', data]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('tidb-os-5-1: 0 added, 0 removed, 1 changed');
    expect(r.out).toContain('cell 7: ">=18.04" -> "16.04 || 18.04 || 20.04 || 22.04 || 24.04 || 26.04"');
  });

  it('TABLE FILE shows the diff, writes only with --write, and cites --source', () => {
    const data = mkdtempSync(join(tmpdir(), 'stackfit-data-'));
    cpSync('data', data, { recursive: true });
    const page = readFileSync('test/fixtures/upstream/tidb-os.md', 'utf8').split('\n').filter((l) => !l.includes('| Amazon Linux 2023')).join('\n');
    const upstream = join(data, 'hardware-and-software-requirements.md');
    writeFileSync(upstream, page);
    const table = join(data, 'tables', 'tidb-os.yaml');
    const before = readFileSync(table, 'utf8');
    const url = 'https://github.com/pingcap/docs-cn/blob/0123456789012345678901234567890123456789/hardware-and-software-requirements.md';
    const dry = capture(['import', 'tidb-os', upstream, '--source', url, '--data', data, '--json']);
    expect(dry.code).toBe(0);
    const diff = JSON.parse(dry.out) as { written: boolean; removed: unknown[]; added: unknown[] };
    expect(diff.written).toBe(false);
    expect(diff.removed).toEqual([['8.5', 'Amazon Linux 2023', null, '2023', null, null, null, null]]);
    expect(readFileSync(table, 'utf8')).toBe(before);
    const root = mkdtempSync(join(tmpdir(), 'stackfit-root-'));
    cpSync('test/fixtures/upstream/tidb-os.source.json', join(root, 'test/fixtures/upstream/tidb-os.source.json'));
    cpSync('test/fixtures/upstream/tidb-os.md', join(root, 'test/fixtures/upstream/tidb-os.md'));
    const wet = capture(['import', 'tidb-os', upstream, '--source', url, '--data', data, '--root', root, '--date', '2026-12-01', '--write']);
    expect(wet.out).toContain('wrote');
    expect(readFileSync(join(root, 'test/fixtures/upstream/tidb-os.md'), 'utf8')).toBe(page);
    expect(JSON.parse(readFileSync(join(root, 'test/fixtures/upstream/tidb-os.source.json'), 'utf8')).files).toEqual([
      { file: 'tidb-os.md', url, commit: '0123456789012345678901234567890123456789', date: '2026-12-01' },
    ]);
    const after = readFileSync(table, 'utf8');
    expect(after).toContain(`sources: ["${url}"]`);
    expect(after).not.toContain('"Amazon Linux 2023"');
    expect(after.slice(after.indexOf('notes:'))).toBe(before.slice(before.indexOf('notes:')));
  });

  it('bad input is one line naming what was expected', () => {
    const r = capture(['import', 'no-such-table', 'x.md']);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).toContain('no importer for table "no-such-table"');
    const missing = capture(['import', 'tidb-os', 'no/such/file.md']);
    expect(missing.err).toMatch(/no\/such\/file\.md: cannot read the file/);
  });

  it('releases PRODUCT FILE names releases the record lacks', () => {
    const r = capture(['import', 'releases', 'vllm-ascend', 'test/fixtures/upstream/releases/vllm-ascend.md', '--json']);
    expect(JSON.parse(r.out)).toMatchObject({ product: 'vllm-ascend', missing: [] });
  });
});
