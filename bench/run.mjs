/** Runs every benchmark and writes bench/RESULTS.md with the date and machine. */
import { writeFileSync } from 'node:fs';
import os from 'node:os';

const results = [];
const fmt = (ms) => (ms < 1 ? `${(ms * 1000).toFixed(2)} µs` : `${ms.toFixed(1)} ms`);
let engine;
for (const file of ['./range.mjs', './check.mjs', './lint.mjs']) {
  console.log(`# ${file}`);
  const mod = await import(file);
  results.push(...mod.results);
  engine ??= mod.engine;
}
console.log('# ./process.mjs');
const processes = await import('./process.mjs');
const e = (label, r) => `| ${label} | ${fmt(r.medianMs)} |`;
const lines = [
  '# Benchmark results',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus()[0]?.model ?? 'unknown CPU'} (${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)} at the end), Node ${process.version}.`,
  'Each ratio compares two measurements taken in the same run. Reproduce with `npm run bench`.',
  '',
  '| benchmark | baseline | measured | ratio |',
  '| --- | --- | --- | --- |',
  ...results.map((r) => `| ${r.name} | ${fmt(r.base.medianMs)} | ${fmt(r.ours.medianMs)} | ${r.ratio.toFixed(2)}x${r.unit ? ` ${r.unit}` : ' faster'} |`),
  '',
  '## Engine, first and repeated calls',
  '',
  'A first call runs on a fresh matrix (indexed beforehand by an unrelated check), so nothing it needs is memoized; a repeated call asks the same question again. Medians.',
  '',
  '| call | median |',
  '| --- | --- |',
  e('first check of a 7-item Ascend stack', engine.firstCheck),
  e('repeated check of that stack', engine.warmCheck),
  e('first solve ascend-910b torch_npu', engine.firstSolve),
  e('repeated solve ascend-910b torch_npu', engine.warmSolve),
  e('first solve ascend-910b kunpeng-920 vllm', engine.firstHardSolve),
  e('repeated solve ascend-910b kunpeng-920 vllm', engine.warmHardSolve),
  '',
  '## Whole processes',
  '',
  `What a user waits for when calling the CLI once per question (\`node bench/process.mjs\`): ${processes.method}. Wall time and peak resident memory are medians; goals are the ratios the start-up issue asks for.`,
  '',
  '| process | baseline | baseline time | time | ratio | goal | CPU ratio | baseline peak | peak | memory ratio |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...processes.results.map((r) => `| ${r.name} | ${r.baseName} | ${fmt(r.baseMs)} | ${fmt(r.ms)} | ${r.ratio.toFixed(2)}x | ${r.goal ? `${r.goal}x` : ''} | ${r.cpuRatio.toFixed(2)}x | ${r.baseMb.toFixed(1)} MB | ${r.mb.toFixed(1)} MB | ${r.memRatio.toFixed(2)}x |`),
  '',
];
writeFileSync(new URL('./RESULTS.md', import.meta.url), lines.join('\n'));
