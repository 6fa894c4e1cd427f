/** Runs every benchmark and writes bench/RESULTS.md with the date and machine. */
import { writeFileSync } from 'node:fs';
import os from 'node:os';

const results = [];
for (const file of ['./range.mjs']) {
  console.log(`# ${file}`);
  const mod = await import(file);
  results.push(...mod.results);
}
const lines = [
  '# Benchmark results',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus()[0]?.model ?? 'unknown CPU'} (${os.cpus().length} cores), Node ${process.version}.`,
  'Each ratio compares two measurements taken in the same run. Reproduce with `npm run bench`.',
  '',
  '| benchmark | baseline | stackfit | ratio |',
  '| --- | --- | --- | --- |',
  ...results.map((r) => `| ${r.name} | ${(r.base.medianMs * 1000).toFixed(3)} µs/op | ${(r.ours.medianMs * 1000).toFixed(3)} µs/op | ${r.ratio.toFixed(2)}x |`),
  '',
];
writeFileSync(new URL('./RESULTS.md', import.meta.url), lines.join('\n'));
