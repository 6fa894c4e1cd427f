import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadMatrix } from '../../src/data/load-matrix.ts';
import { renderDocs } from '../../src/report/render-docs.ts';
import { countField, runFieldSuite } from '../field/field-suite.ts';

describe('generated docs', () => {
  const m = loadMatrix();
  const docs = renderDocs(m, countField(runFieldSuite(m)));

  it('are committed and up to date (run npm run docs)', () => {
    for (const [path, text] of Object.entries(docs)) expect(readFileSync(path, 'utf8'), path).toBe(text);
  });

  it('link every evidence mark to its source', () => {
    const md = docs['docs/matrix/accelerator-toolkit.md']!;
    expect(md).toMatch(/\[✓\]\(https:\/\/[^)]+ "(vendor|tested|certified|inferred)"\)/);
  });

  it('copy the torch_npu table row by row', () => {
    const rows = loadMatrix().tables.find((t) => t.id === 'torch-npu-pytorch-cann')!.rows.length;
    const md = docs['docs/matrix/torch-npu-cann-pytorch.md']!;
    expect(md).toContain(`${rows} rows`);
  });
});
