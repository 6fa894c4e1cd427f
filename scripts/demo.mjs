/**
 * A walk through stackfit with real records, using only the package's public API as a user
 * would import it.
 */
import { check, loadMatrix } from 'stackfit';

const matrix = loadMatrix();
const bold = (s) => (process.stdout.isTTY && !process.env.NO_COLOR ? `\u001b[1m${s}\u001b[0m` : s);
const SYMBOL = { supported: '✓', conflict: '✗', unknown: '?' };

function show(title, items, options = {}) {
  console.log(`\n${bold(title)}`);
  console.log(`  $ stackfit check ${items.map((i) => (i.includes(' ') ? `"${i}"` : i)).join(' ')}`);
  const r = check(matrix, items, options);
  console.log(`  verdict: ${bold(r.verdict)}${r.arch ? ` (${r.arch})` : ''}`);
  for (const p of r.pairs) console.log(`    ${SYMBOL[p.status]} ${p.a} + ${p.b}${p.evidence ? ` [${p.evidence}]` : ''}\n        ${p.reason}`);
  for (const i of r.issues.filter((x) => x.code !== 'no-evidence' && !r.pairs.some((p) => p.reason === x.message))) console.log(`    ${i.code}: ${i.message}`);
  return r;
}

const counts = matrix.products.reduce((m, p) => ((m[p.kind] = (m[p.kind] ?? 0) + 1), m), {});
const rows = matrix.tables.reduce((n, t) => n + t.rows.length, 0);
console.log(bold('stackfit: does this domestic compute stack fit together?'));
console.log(`  ${matrix.products.length} products (${Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(', ')}), ${matrix.tables.length} vendor tables with ${rows} rows`);

console.log(`\n${bold('Names resolve the way people type them')}`);
for (const name of ['torch_npu', 'Torch-NPU', '昇腾910B', 'Atlas 800T A2']) {
  const r = matrix.resolve(name);
  console.log(`  ${name.padEnd(14)} -> ${r.ok ? r.product.id : `not found (did you mean ${r.suggestions.join(', ')}?)`}`);
}
const miss = matrix.resolve('torch_npuu');
console.log(`  torch_npuu     -> ${miss.ok ? miss.product.id : `unknown; did you mean ${miss.suggestions.join(' or ')}?`}`);

show('1. An Ascend training stack from the vendor tables', ['ascend-910b', 'kunpeng-920', 'cann@8.0.0', 'torch_npu@2.4.0.post2', 'torch@2.4.0', 'python@3.10']);
show('2. The same stack with the wrong PyTorch', ['ascend-910b', 'kunpeng-920', 'cann@8.0.0', 'torch_npu@2.4.0.post2', 'torch@2.3.1', 'python@3.10']);
show('3. A Python the torch_npu build does not ship for', ['torch_npu@2.1.0.post10', 'torch@2.1.0', 'python@3.12']);
show('4. Versions typed loosely, answered on a date (end of life)', ['torch_npu@1.11.0.POST11', 'torch@1.11.0', 'cann@8.0.rc1'], { date: '2026-11-28' });

console.log(`\n${bold('Versions compare by each vendor scheme')}`);
for (const id of ['cann']) {
  const rel = matrix.releases(id).map((r) => r.version);
  console.log(`  ${id}: ${rel.slice(0, 4).join(' < ')} < ... < ${rel.slice(-3).join(' < ')}`);
}
