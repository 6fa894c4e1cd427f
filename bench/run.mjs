/** Runs every benchmark and writes bench/RESULTS.md with the date and machine. */
import { writeFileSync } from 'node:fs';
import os from 'node:os';

const results = [];
const fmt = (ms) => (ms < 1 ? `${(ms * 1000).toFixed(2)} µs` : `${ms.toFixed(1)} ms`);
for (const file of ['./range.mjs', './check.mjs', './lint.mjs']) {
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
  '| benchmark | baseline | measured | ratio |',
  '| --- | --- | --- | --- |',
  ...results.map((r) => `| ${r.name} | ${fmt(r.base.medianMs)} | ${fmt(r.ours.medianMs)} | ${r.ratio.toFixed(2)}x${r.unit ? ` ${r.unit}` : ' faster'} |`),
  '',
];
writeFileSync(new URL('./RESULTS.md', import.meta.url), lines.join('\n'));
