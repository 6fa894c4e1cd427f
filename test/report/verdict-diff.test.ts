import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Matrix } from '../../src/data/matrix.ts';
import { tableStacks } from '../../src/data/table-stacks.ts';
import { loadDataset } from '../../src/node.ts';
import { diffVerdicts } from '../../src/report/verdict-diff.ts';
import { MINI, miniWith } from '../helpers.ts';

describe('verdict diff', () => {
  it('turns every table row into a corpus stack', () => {
    const m = Matrix.fromDataset(loadDataset(MINI));
    expect(tableStacks(m).map((s) => s.items)).toEqual([
      ['plug@1.0.0', 'kit@1.0.RC1'],
      ['plug@1.0.0.post1', 'kit@1.0.0'],
      ['plug@2.0.0', 'kit@2.0.0'],
    ]);
  });

  it('shows the verdict a data change flips, and only that one', () => {
    const base = Matrix.fromDataset(loadDataset(MINI));
    const changed = miniWith({ 'frameworks/plug.yaml': readFileSync(join(MINI, 'frameworks', 'plug.yaml'), 'utf8').replace('">=3.9 <3.11"', '">=3.9 <3.12"') });
    try {
      const head = Matrix.fromDataset(loadDataset(changed.dir));
      const stacks = [
        { origin: 'a', items: ['plug@1.0.0', 'lang@3.11'] },
        { origin: 'b', items: ['plug@1.0.0', 'lang@3.10'] },
        { origin: 'c', items: ['plug@1.0.0', 'nothing@1'] },
      ];
      expect(diffVerdicts(base, head, stacks, '2024-12-01')).toEqual([{ origin: 'a', items: ['plug@1.0.0', 'lang@3.11'], before: 'conflict', after: 'unknown' }]);
    } finally {
      changed.done();
    }
  });
});
