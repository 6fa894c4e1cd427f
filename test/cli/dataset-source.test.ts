import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { datasetFile } from '../../src/cli/dataset-source.ts';
import { datasetText, readDatasetText } from '../../src/data/dataset-text.ts';
import { DATASET_TEXT } from '../../src/generated/dataset.ts';

const dir = mkdtempSync(join(tmpdir(), 'stackfit-dataset-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text, 'latin1');
  return path;
};

describe('the CLI reads the compiled dataset from its file a part at a time', () => {
  const whole = readDatasetText(DATASET_TEXT);
  const path = file('dataset.txt', DATASET_TEXT);

  it('gives the records the whole text gives, parts inside and beyond the first read alike', () => {
    for (const firstRead of [64, 4096, 256 * 1024, DATASET_TEXT.length + 10]) {
      const parts = readDatasetText(datasetFile(path, firstRead));
      expect(parts.products.map((p) => p.id)).toEqual(whole.products.map((p) => p.id));
      for (const id of ['cann', 'torch-npu', 'python', 'openeuler']) {
        const a = parts.products.find((p) => p.id === id)!;
        const b = whole.products.find((p) => p.id === id)!;
        expect([a.releases, a.rules, a.notes, a.sources], `${id}, first read ${firstRead}`).toEqual([b.releases, b.rules, b.notes, b.sources]);
      }
      expect(parts.tables.map((t) => t.rows)).toEqual(whole.tables.map((t) => t.rows));
    }
  });

  it('reads on past the first read until the line of records ends', () => {
    const text = datasetText({ vendors: [], products: [], tables: [], pairs: [], images: [] } as never, new Map());
    const long = file('long.txt', text.replace('{"vendors":[]', `{"vendors":[]${' '.repeat(300_000)}`));
    expect(readDatasetText(datasetFile(long, 1024)).vendors).toEqual([]);
  });

  it('a file without a line of records, or cut short, is an error that names the file', () => {
    expect(() => datasetFile(file('none.txt', '{"vendors":[]}'), 4)).toThrow(/none\.txt: no line of records/);
    const cut = file('cut.txt', DATASET_TEXT.slice(0, DATASET_TEXT.indexOf('\n') + 100));
    const read = readDatasetText(datasetFile(cut, 64));
    expect(() => read.products.find((p) => p.id === 'cann')!.rules).toThrow(/cut\.txt: ends before offset/);
  });
});
