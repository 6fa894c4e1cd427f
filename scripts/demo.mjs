/**
 * A walk through stackfit with real records, using only the package's public API as a user
 * would import it.
 */
import { check, fix, gaps, loadMatrix, solve } from 'stackfit';

const started = performance.now();
const matrix = loadMatrix();
const DATE = '2026-11-28';
const tty = process.stdout.isTTY && !process.env.NO_COLOR;
const bold = (s) => (tty ? `\u001b[1m${s}\u001b[0m` : s);
const SYMBOL = { supported: '✓', conflict: '✗', unknown: '?' };
const quote = (items) => items.map((i) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(i) ? i : `'${i}'`)).join(' ');

function show(title, items) {
  console.log(`\n${bold(title)}\n  $ stackfit check ${quote(items)}`);
  const r = check(matrix, items, { date: DATE });
  console.log(`  verdict: ${bold(r.verdict)}${r.arch ? ` (${r.arch})` : ''}`);
  for (const p of r.pairs) console.log(`    ${SYMBOL[p.status]} ${p.a} + ${p.b}${p.evidence ? ` [${p.evidence}]` : ''}\n        ${p.reason}`);
  const stated = new Set(r.pairs.map((p) => p.params));
  for (const i of r.issues.filter((x) => !stated.has(x.params))) console.log(`    ${i.code}: ${i.message}`);
  return r;
}

const counts = matrix.products.reduce((m, p) => ((m[p.kind] = (m[p.kind] ?? 0) + 1), m), {});
const rows = matrix.tables.reduce((n, t) => n + t.rows.length, 0);
console.log(bold('stackfit: does this domestic compute stack fit together?'));
console.log(`  ${matrix.products.length} products (${Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(', ')}), ${matrix.tables.length} vendor tables with ${rows} rows; answers for ${DATE}`);

console.log(`\n${bold('Names resolve the way people type them')}`);
for (const name of ['torch_npu', 'Torch-NPU', '昇腾910B', 'Atlas 800T A2', '银河麒麟', 'torch_npuu']) {
  const r = matrix.resolve(name);
  console.log(`  ${name.padEnd(14)} -> ${r.ok ? r.product.id : `unknown; did you mean ${r.suggestions.join(' or ')}?`}`);
}

const good = ['ascend-910b', 'kunpeng-920', 'cann@8.5.0', 'torch_npu@2.9.0', 'torch@2.9.0', 'python@3.11'];
show('1. An Ascend training stack, every pair from a vendor table', good);

const broken = ['ascend-910b', 'kunpeng-920', 'cann@8.5.0', 'torch_npu@2.9.0', 'torch@2.8.0', 'python@3.11'];
show('2. The same stack with the wrong PyTorch', broken);
console.log(`\n  $ stackfit fix ${quote(broken)} --pin ascend-910b --pin kunpeng-920`);
for (const [n, f] of fix(matrix, broken, { date: DATE, pin: ['ascend-910b', 'kunpeng-920'] }).fixes.slice(0, 3).entries()) {
  console.log(`    ${n + 1}. ${f.changes.map((c) => `${c.id} ${c.from} -> ${c.to}`).join(', ')} (${f.verdict})`);
}

console.log(`\n${bold('3. "I have 910B on Kunpeng and need vLLM: what else?"')}\n  $ stackfit solve ascend-910b kunpeng-920 vllm`);
for (const [n, s] of solve(matrix, ['ascend-910b', 'kunpeng-920', 'vllm'], { date: DATE, limit: 2 }).stacks.entries()) console.log(`    ${n + 1}. [${s.verdict}] ${quote(s.items)}`);
console.log(`\n  $ stackfit solve ascend-910b vllm@0.13.0 python@3.12`);
const none = solve(matrix, ['ascend-910b', 'vllm@0.13.0', 'python@3.12'], { date: DATE });
console.log(`    ${none.stacks.some((s) => s.verdict === 'fits') ? 'fits' : 'No stack fits.'} Why:`);
for (const [n, step] of (none.explanation?.steps ?? []).entries()) console.log(`    ${n + 1}. ${step.message}`);
console.log(`\n  $ stackfit check cambricon-mlu370 cann@8.0.0`);
console.log(`    ${check(matrix, ['cambricon-mlu370', 'cann@8.0.0'], { date: DATE }).pairs[0].reason}`);

show('4. A database on a domestic OS and CPU', ['opengauss@5.0.0', 'kylin@V10', 'kunpeng-920']);
console.log(`\n  $ stackfit solve tidb@8.5.0 kunpeng-920 os --prefer domestic`);
for (const [n, s] of solve(matrix, ['tidb@8.5.0', 'kunpeng-920', 'os'], { date: DATE, limit: 3, prefer: 'domestic' }).stacks.entries()) console.log(`    ${n + 1}. [${s.verdict}] ${quote(s.items)}`);

const mixed = ['ascend-910b', 'cann@8.5.0', 'torch_npu@2.9.0', 'torch@2.9.0', 'python@3.11', 'ubuntu@22.04'];
console.log(`\n${bold('5. Where the evidence has holes, and which layers are imported')}\n  $ stackfit gaps ${quote(mixed)}`);
const g = gaps(matrix, mixed, { date: DATE });
for (const m of g.missing) console.log(`    ? ${m.a} + ${m.b}: add to ${m.file}\n${m.snippet.replace(/^/gm, '        ')}`);
console.log(`    imported: ${g.imported.map((c) => `${c.id} (${c.origin})`).join(', ') || 'none'}`);
for (const a of g.alternatives.slice(0, 4)) console.log(`    domestic instead of ${a.replaces}: ${a.item} -> ${a.verdict}`);

console.log(`\n${bold('Versions compare by each vendor scheme')}`);
const cann = matrix.releases('cann').map((r) => r.version);
console.log(`  cann: ${cann.slice(0, 3).join(' < ')} < ... < ${cann.filter((v) => v.startsWith('8.0')).join(' < ')} < ... < ${cann.slice(-2).join(' < ')}`);
console.log(`\n(done in ${((performance.now() - started) / 1000).toFixed(2)} s)`);
