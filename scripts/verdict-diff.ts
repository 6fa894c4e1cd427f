/**
 * Which stack verdicts does a data change flip? Recomputes a corpus of canonical stacks (every
 * vendor-table row of both datasets, and the demo stacks) on the data at a base git ref and on the
 * working tree, and prints the stacks whose verdict differs.
 *
 *   npm run verdict-diff -- --base origin/main [--date YYYY-MM-DD] [--json]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Matrix } from '../src/data/matrix.ts';
import { tableStacks } from '../src/data/table-stacks.ts';
import { loadDataset } from '../src/node.ts';
import { diffVerdicts } from '../src/report/verdict-diff.ts';
import { DEMO_STACKS } from './demo-stacks.ts';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const base = opt('--base') ?? 'HEAD';
const date = opt('--date') ?? new Date().toISOString().slice(0, 10);
const dataDir = opt('--data') ?? 'data';

const tmp = mkdtempSync(join(tmpdir(), 'stackfit-base-'));
try {
  const tar = execFileSync('git', ['archive', base, dataDir], { maxBuffer: 256 * 1024 * 1024 });
  execFileSync('tar', ['-x', '-C', tmp], { input: tar });
  const before = Matrix.fromDataset(loadDataset(join(tmp, dataDir)));
  const after = Matrix.fromDataset(loadDataset(dataDir));
  const corpus = [...tableStacks(before), ...tableStacks(after), ...DEMO_STACKS.map((items, i) => ({ origin: `demo stack ${i + 1}`, items }))];
  const flips = diffVerdicts(before, after, corpus, date);
  if (args.includes('--json')) {
    console.log(JSON.stringify({ base, date, stacks: corpus.length, flips }, null, 2));
  } else {
    console.log(`verdict-diff against ${base}: ${corpus.length} stacks checked, ${flips.length} verdict(s) flip`);
    for (const f of flips) console.log(`  ${f.before} -> ${f.after}  ${f.items.join(' ')}  (${f.origin})`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
