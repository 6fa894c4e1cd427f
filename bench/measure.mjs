/** Runs fn for about `ms` milliseconds after a warm-up; returns ops/s and per-op percentiles. */
export function measure(name, fn, opsPerCall = 1, ms = 700) {
  for (let i = 0; i < 50; i++) fn();
  const samples = [];
  const end = performance.now() + ms;
  let sink = 0;
  while (performance.now() < end) {
    const t = performance.now();
    sink += fn() ? 1 : 0;
    samples.push((performance.now() - t) / opsPerCall);
  }
  samples.sort((a, b) => a - b);
  const pick = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  const median = pick(0.5);
  const result = { name, runs: samples.length, medianMs: median, p99Ms: pick(0.99), opsPerSec: 1000 / median, sink };
  console.log(`  ${name}: median ${(median * 1000).toFixed(3)} µs, p99 ${(pick(0.99) * 1000).toFixed(3)} µs (${samples.length} runs)`);
  return result;
}
