/**
 * Engine speed, each figure beside its baseline from the same run:
 *  - check of a 7-item stack on the bundled data (median, p99), and on a dataset 100x larger;
 *  - solve of a partial stack on the bundled data and on a 10x dataset, against brute-force
 *    enumeration of the same problem (every combination of the releases of the products solve
 *    placed in its best stack, each checked);
 * Whole processes are in process.mjs.
 */
import { check, loadMatrix, Matrix, solve } from 'stackfit';
import { measure } from './measure.mjs';
import { scaleDataset } from './scale.mjs';

const STACK = ['ascend-910b', 'kunpeng-920', 'cann@8.0.0', 'torch_npu@2.4.0.post2', 'torch@2.4.0', 'python@3.10', 'openeuler@22.03 LTS'];
const PARTIAL = ['ascend-910b', 'torch_npu'];
const DATE = '2026-11-28';

const bundled = loadMatrix();
export const results = [];

console.log(`check of a ${STACK.length}-item stack (verdict ${check(bundled, STACK, { date: DATE }).verdict})`);
// The bundled figure is taken first, in a process holding only the bundled data as a user's
// would: the generated datasets below are large enough that their heap slows every allocation.
const c1 = measure('check, bundled data', () => check(bundled, STACK, { date: DATE }));
const big = Matrix.fromDataset(scaleDataset(bundled.dataset, 100));
const ten = Matrix.fromDataset(scaleDataset(bundled.dataset, 10));
check(big, STACK, { date: DATE });
const c100 = measure(`check, 100x data (${big.products.length} products)`, () => check(big, STACK, { date: DATE }));
console.log(`  100x data costs ${(c100.medianMs / c1.medianMs).toFixed(2)}x the bundled check`);
results.push({ name: `check, 100x data vs bundled (median ${(c1.medianMs * 1000).toFixed(1)} µs, p99 ${(c1.p99Ms * 1000).toFixed(1)} µs)`, base: c1, ours: c100, ratio: c100.medianMs / c1.medianMs, unit: 'slowdown' });

/**
 * The figures above repeat one stack, so after the first call every pair comes from the engine's
 * memo. A first check of a stack pays for evaluating its pairs: measure it on fresh matrices
 * (compiled beforehand by an unrelated check), one timed check each.
 */
function firstCall(dataset, run, n) {
  const times = [];
  for (let i = 0; i < n; i++) {
    const m = Matrix.fromDataset(dataset);
    check(m, ['python@3.9'], { date: DATE });
    const t = performance.now();
    run(m);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(n / 2)], p99Ms: times[Math.min(n - 1, Math.floor(n * 0.99))] };
}
const cold = firstCall(bundled.dataset, (m) => check(m, STACK, { date: DATE }), 300);
console.log(`  first check of the stack (nothing memoized): median ${(cold.medianMs * 1000).toFixed(1)} µs, p99 ${(cold.p99Ms * 1000).toFixed(1)} µs`);
results.push({ name: `check, repeated (memoized) vs first check of the stack (median ${(c1.medianMs * 1000).toFixed(1)} µs vs ${(cold.medianMs * 1000).toFixed(1)} µs)`, base: cold, ours: c1, ratio: cold.medianMs / c1.medianMs, unit: 'faster' });

function bruteForce(matrix, items) {
  const lists = items.map((item) => {
    const id = item.split('@')[0];
    const rel = matrix.releases(id);
    return rel.length ? rel.map((r) => `${id}@${r.version}`) : [id];
  });
  const total = lists.reduce((n, l) => n * l.length, 1);
  return { lists, total };
}

for (const [label, m] of [['bundled', bundled], ['10x', ten]]) {
  const solved = solve(m, PARTIAL, { date: DATE, limit: 1 });
  const best = solved.stacks[0];
  console.log(`solve ${PARTIAL.join(' ')} on ${label} data: ${best ? `${best.verdict} ${best.items.join(' ')}` : 'nothing'} (${solved.explored} assignments)`);
  const s = measure(`solve, ${label} data`, () => solve(m, PARTIAL, { date: DATE, limit: 1 }), 1, 1500);
  const first = firstCall(m.dataset, (x) => solve(x, PARTIAL, { date: DATE, limit: 1 }), 15);
  console.log(`  first solve on a fresh matrix: median ${first.medianMs.toFixed(1)} ms`);
  results.push({ name: `solve on ${label} data: repeated vs first call on a fresh matrix`, base: first, ours: s, ratio: first.medianMs / s.medianMs, unit: 'faster' });
  if (!best) continue;
  const { lists, total } = bruteForce(m, best.items);
  // Time a fixed sample of the combinations and scale to all of them.
  const sample = Math.min(total, 2000);
  const t0 = performance.now();
  for (let i = 0; i < sample; i++) {
    let k = i * Math.max(1, Math.floor(total / sample));
    const items = lists.map((l) => {
      const pick = l[k % l.length];
      k = Math.floor(k / l.length);
      return pick;
    });
    check(m, items, { date: DATE });
  }
  const perCheck = (performance.now() - t0) / sample;
  const bruteMs = perCheck * total;
  console.log(`  brute force: ${total} combinations x ${(perCheck * 1000).toFixed(1)} µs = ${bruteMs.toFixed(0)} ms (${sample} timed); solve is ${(bruteMs / s.medianMs).toFixed(0)}x faster`);
  results.push({ name: `solve on ${label} data vs brute force (${total} combinations)`, base: { medianMs: bruteMs }, ours: s, ratio: bruteMs / s.medianMs, unit: 'speedup' });
}

// A harder problem: vLLM on a 910B needs a plugin that neither item names (vllm-ascend), found by
// the bridge search, and the plugin's own requirements (torch_npu, PyTorch, Python, CANN).
const HARD = ['ascend-910b', 'kunpeng-920', 'vllm'];
const hardFirst = firstCall(bundled.dataset, (x) => solve(x, HARD, { date: DATE, limit: 1 }), 5);
const hard = solve(bundled, HARD, { date: DATE, limit: 1 });
const hardAgain = measure(`solve ${HARD.join(' ')}, repeated`, () => solve(bundled, HARD, { date: DATE, limit: 1 }), 1, 1500);
console.log(`solve ${HARD.join(' ')}: ${hard.stacks[0]?.verdict} ${hard.stacks[0]?.items.join(' ')} (${hard.explored} assignments); first call ${hardFirst.medianMs.toFixed(1)} ms`);
results.push({ name: `solve ${HARD.join(' ')} (bridged through a plugin): repeated vs first call on a fresh matrix`, base: hardFirst, ours: hardAgain, ratio: hardFirst.medianMs / hardAgain.medianMs, unit: 'faster' });

/** The figures RESULTS.md lists on their own: first and repeated calls on the bundled data. */
export const engine = {
  firstCheck: cold,
  warmCheck: c1,
  firstSolve: firstCall(bundled.dataset, (x) => solve(x, PARTIAL, { date: DATE, limit: 1 }), 15),
  warmSolve: measure(`solve ${PARTIAL.join(' ')}, repeated`, () => solve(bundled, PARTIAL, { date: DATE, limit: 1 }), 1, 700),
  firstHardSolve: hardFirst,
  warmHardSolve: hardAgain,
};
