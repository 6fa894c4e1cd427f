import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importTable, sidecarPath } from '../../src/import/import-table.ts';
import { IMPORTERS } from '../../src/import/importers/index.ts';
import { readSidecar, loadSidecarFiles } from '../../src/import/upstream-files.ts';
import { StackfitError } from '../../src/errors.ts';
import { UBUNTU_LTS_FROM_16_04 } from '../../src/import/importers/pingcap-tidb.ts';
import { loadMatrix } from '../../src/data/load-matrix.ts';
import { compareVersions } from '../../src/version/index.ts';

const tables = IMPORTERS.map((s) => s.table);

describe('every importer reproduces its table from the verbatim upstream fixture', () => {
  it('covers most vendor tables, one importer per table', () => {
    expect(new Set(tables).size).toBe(tables.length);
    expect(tables.length).toBeGreaterThanOrEqual(40);
  });

  it.each(tables)('%s', (table) => {
    const spec = IMPORTERS.find((s) => s.table === table)!;
    const sidecar = readSidecar(sidecarPath(table));
    expect(sidecar.table).toBe(table);
    for (const f of sidecar.files) {
      expect(f.url).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/[0-9a-f]{40}\//);
      expect(f.url).toContain(f.commit!);
      expect(f.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const r = importTable(spec, loadSidecarFiles(sidecarPath(table)), 'data');
    expect(r.diff).toEqual({ added: [], removed: [], changed: [], reordered: false });
    expect(r.text).toBe(r.before);
  });
});

describe('an edited upstream file shows up as a row diff', () => {
  const spec = IMPORTERS.find((s) => s.table === 'torch-npu-pytorch-cann')!;
  const files = loadSidecarFiles(sidecarPath(spec.table));
  const compat = files[0]!;
  const edit = (from: string, to: string) => {
    expect(compat.text).toContain(from);
    return importTable(spec, [{ ...compat, text: compat.text.replace(from, to) }, ...files.slice(1)], 'data');
  };

  it('a new row is added, keeping the others in place', () => {
    const r = edit('|                2.12.0                 | v2.12.0-26.1.0 |', '|  2.13.0  | v2.13.0-26.2.0 |     2.13.0      |  CANN 9.2.0  |\n|                2.12.0                 | v2.12.0-26.1.0 |');
    expect(r.diff.added).toEqual([['2.13.0', '2.13.0', '9.2.0', 'v2.13.0-26.2.0', compat.url]]);
    expect([r.diff.removed, r.diff.changed]).toEqual([[], []]);
    expect(r.text.split('\n').find((l) => l.includes('"2.13.0"'))).toBe(`  - ["2.13.0", "2.13.0", "9.2.0", "v2.13.0-26.2.0", "${compat.url}"]`);
    expect(r.text.startsWith(r.before.slice(0, r.before.indexOf('rows:')))).toBe(true);
    expect(r.text).toContain('  # COMPATIBILITY.en.md, "historical version (including EOL)" table');
  });

  it('a removed row and a changed cell are named', () => {
    const removed = edit('|                2.11.0                 | v2.11.0-26.1.0 |     2.11.0      |  CANN 9.1.0  |\n', '');
    expect(removed.diff.removed).toEqual([['2.11.0', '2.11.0', '9.1.0', 'v2.11.0-26.1.0', compat.url]]);
    const changed = edit('|              2.9.0.post6              | v2.9.0-26.1.0  |      2.9.0      |  CANN 9.1.0  |', '|              2.9.0.post6              | v2.9.0-26.1.0  |      2.9.0      |  CANN 9.1.1  |');
    expect(changed.diff.changed).toEqual([{ from: ['2.9.0.post6', '2.9.0', '9.1.0', 'v2.9.0-26.1.0', compat.url], to: ['2.9.0.post6', '2.9.0', '9.1.1', 'v2.9.0-26.1.0', compat.url], cells: [2] }]);
  });

  it('a cell the importer has no reading for fails naming the file and line', () => {
    const tidb = IMPORTERS.find((s) => s.table === 'tidb-os-8-1')!;
    const [page] = loadSidecarFiles(sidecarPath(tidb.table));
    const text = page!.text.replace('| Amazon Linux 2023       |', '| Amazon Linux 2025       |');
    try {
      importTable(tidb, [{ ...page!, text }], 'data');
      expect.unreachable();
    } catch (e) {
      const issue = (e as StackfitError).issues[0]!;
      expect(issue.line).toBe(text.split('\n').findIndex((l) => l.includes('Amazon Linux 2025')) + 1);
      expect(issue.message).toContain('"Amazon Linux 2025"');
      expect(issue.hint).toContain('TIDB_OS');
    }
  });

  it('a file without the table says what was expected', () => {
    expect(() => importTable(spec, [{ ...compat, text: '# nothing here\n' }], 'data')).toThrow(/no table with the columns "TorchNPU installation package version"/);
  });
});

it('fixtures are the upstream bytes (no trailing edits): each fixture file is read as stored', () => {
  const sidecar = readSidecar(sidecarPath('tidb-os'));
  expect(readFileSync(`test/fixtures/upstream/${sidecar.files[0]!.file}`, 'utf8')).toContain('操作系统');
});

it('every fixture sidecar belongs to an importer', async () => {
  const { readdirSync } = await import('node:fs');
  const sidecars = readdirSync('test/fixtures/upstream').filter((f) => f.endsWith('.source.json')).map((f) => f.replace(/\.source\.json$/, ''));
  expect(sidecars.filter((t) => !tables.includes(t))).toEqual([]);
});

describe('prose the TiDB importer reads as a list of releases', () => {
  it('"Ubuntu LTS 16.04 及以上" is every LTS release from 16.04 on that the Ubuntu record marks', () => {
    const ubuntu = loadMatrix().dataset.products.find((p) => p.id === 'ubuntu')!;
    const lts = ubuntu.releases!.filter((r) => r.channel === 'lts' && compareVersions('dotted', r.version, '16.04') >= 0).map((r) => r.version);
    expect(UBUNTU_LTS_FROM_16_04.split(' || ')).toEqual(lts);
  });
});
