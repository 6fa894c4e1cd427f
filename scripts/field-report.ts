/**
 * The field suite at a glance: each stack's verdict, then the pairs that keep shipped stacks from
 * fitting (counted by product pair and by exact versions). `npm run field -- --all` lists every stack.
 */
import { loadMatrix } from '../src/data/load-matrix.ts';
import { countField, loadFieldStacks, runFieldSuite } from '../test/field/field-suite.ts';

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
const all = process.argv.includes('--all');
const runs = runFieldSuite(loadMatrix(), loadFieldStacks());
const c = countField(runs);
console.log(`shipped ${c.shipped.total}: fits ${c.shipped.fits} (${c.shipped.fitsOwnOrigin} through their own origin file), unknown ${c.shipped.unknown}, conflict ${c.shipped.conflict}; mismatch ${c.mismatch.total}: conflict ${c.mismatch.conflict}, other ${c.mismatch.other}`);
const byProducts = new Map<string, number>();
const byVersions = new Map<string, number>();
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
for (const { stack, result } of runs) {
  const bad = result.verdict !== 'fits' && (stack.kind === 'shipped' || result.verdict !== 'conflict');
  if (all || bad) console.log(`${stack.kind === 'shipped' ? ' ' : 'M'} ${result.verdict.padEnd(8)} ${stack.id}`);
  if (stack.kind !== 'shipped' || result.verdict === 'fits') continue;
  for (const i of result.issues) {
    if (i.code === 'eol' || i.code === 'unknown-version') continue;
    const line = `${i.code} ${i.params.code}: ${i.components.join(' x ')}`;
    if (all || bad) console.log(`      ${line}`);
    bump(byVersions, line);
    bump(byProducts, `${i.code} ${i.params.code}: ${i.components.map((x) => x.split('@')[0]).join(' x ')}`);
  }
}
const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, n]) => `  ${String(n).padStart(3)}  ${k}`).join('\n');
console.log(`\nblocking issues by product pair:\n${top(byProducts)}`);
console.log(`\nby exact versions:\n${top(byVersions)}`);
