/**
 * Whole CLI processes against bare Node (`node -e 0`), since people and scripts call the CLI once
 * per question: for each command, interleaved pairs (bare, command, bare, command ...), the median
 * wall time of each side and their ratio, and the median peak RSS of each side as the OS reports it
 * (`/usr/bin/time -f %M` where it exists; otherwise `process.resourceUsage().maxRSS` at exit). The
 * memory runs are separate pairs, so the wall times carry no wrapper; they also report the CPU time
 * (user + system, from a preload on both sides), which a busy machine disturbs less than wall time.
 *
 *   node bench/process.mjs [RUNS]      (default 21 pairs; needs `npm run build` first)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { capturedServer } from '../scripts/captured-server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The file `npx stackfit` runs. */
const CLI = join(ROOT, JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).bin.stackfit);
const RUNS = Math.max(15, Number(process.argv[2]) || 21);
const DATE = ['--date', '2026-11-28'];
const STACK = ['ascend-910b', 'kunpeng-920', 'cann@8.0.0', 'torch_npu@2.4.0.post2', 'torch@2.4.0', 'python@3.10', 'openeuler@22.03 LTS'];

const BARE = ['-e', '0'];
const probeRoot = capturedServer('stackfit-bench-probe-');
const COMMANDS = [
  { name: 'check (7 items)', args: ['check', ...STACK, ...DATE], goal: 1.5 },
  { name: 'solve ascend-910b kunpeng-920 vllm', args: ['solve', 'ascend-910b', 'kunpeng-920', 'vllm', ...DATE], goal: 2 },
  { name: 'fix torch_npu@2.9.0 torch@2.8.0 python@3.11 --pin torch', args: ['fix', 'torch_npu@2.9.0', 'torch@2.8.0', 'python@3.11', '--pin', 'torch', ...DATE], goal: 2 },
  { name: 'gaps ascend-910b cann@8.5.0 python@3.11 ubuntu@22.04', args: ['gaps', 'ascend-910b', 'cann@8.5.0', 'python@3.11', 'ubuntu@22.04', ...DATE], goal: 2 },
  { name: 'probe --root (captured Ascend server) --check', args: ['probe', '--root', probeRoot, '--check', ...DATE], goal: 2 },
  { name: 'lint data/', args: ['lint', join(ROOT, 'data')] },
].map((c) => ({ ...c, args: [CLI, ...c.args], base: BARE, baseName: 'node -e 0' }));

// The library in a process of its own, against one that only parses the compiled data (both ES modules).
const esm = (code) => ['--input-type=module', '-e', code];
const PARSE_ONLY = esm(`import { readFileSync } from 'node:fs'; JSON.parse(readFileSync(${JSON.stringify(join(ROOT, 'dist', 'data.json'))}, 'utf8'));`);
const LIBRARY = [
  { name: "import('stackfit') + loadMatrix()", args: esm("import { loadMatrix } from 'stackfit'; loadMatrix();"), goal: 1.3 },
  { name: "import('stackfit') + loadMatrix() + one check (7 items)", args: esm(`import { check, loadMatrix } from 'stackfit'; check(loadMatrix(), ${JSON.stringify(STACK)});`) },
].map((c) => ({ ...c, base: PARSE_ONLY, baseName: 'JSON.parse of data.json' }));

const TIME = '/usr/bin/time';
const hasTime = existsSync(TIME) && spawnSync(TIME, ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0;
const hook = join(mkdtempSync(join(tmpdir(), 'stackfit-bench-rss-')), 'rss.cjs');
writeFileSync(hook, "process.on('exit', () => { const r = process.resourceUsage(); require('fs').writeSync(2, `\\nmaxrss ${r.maxRSS} cpu ${r.userCPUTime + r.systemCPUTime}\\n`); });\n");

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Both sides run without the variables that make every Node process do start-up work of its own:
 * NODE_EXTRA_CA_CERTS has Node read and parse a certificate bundle before any script runs (a bundle of
 * the system's CAs costs more than the whole rest of `node -e 0`), NODE_OPTIONS may preload modules.
 * Kept, that work would be counted on both sides and hide the command's own share of the time.
 */
const NODE_STARTUP_VARS = ['NODE_EXTRA_CA_CERTS', 'NODE_OPTIONS', 'NODE_COMPILE_CACHE', 'NODE_V8_COVERAGE'];
const ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => !NODE_STARTUP_VARS.includes(k)));
const removed = NODE_STARTUP_VARS.filter((k) => process.env[k] !== undefined);

function wall(args) {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], cwd: ROOT, env: ENV });
  const ms = performance.now() - t;
  if (r.status !== 0 && r.status !== 1 && r.status !== 3) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

/** Peak resident set in MB (from the OS) and CPU time in ms. */
function peak(args) {
  const node = [process.execPath, '--require', hook, ...args];
  const r = hasTime
    ? spawnSync(TIME, ['-f', 'time-maxrss %M', ...node], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', cwd: ROOT, env: ENV })
    : spawnSync(node[0], node.slice(1), { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', cwd: ROOT, env: ENV });
  const kb = Number((hasTime ? /time-maxrss (\d+)/ : /maxrss (\d+)/).exec(r.stderr)?.[1]);
  return { mb: kb / 1024, cpu: Number(/cpu (\d+)/.exec(r.stderr)?.[1]) / 1000 };
}

export const results = [];
for (let i = 0; i < 3; i++) wall(BARE), wall(COMMANDS[0].args);
for (const c of [...COMMANDS, ...LIBRARY]) {
  const t = { base: [], cmd: [] };
  const m = { base: [], cmd: [] };
  for (let i = 0; i < RUNS; i++) {
    t.base.push(wall(c.base));
    t.cmd.push(wall(c.args));
  }
  for (let i = 0; i < RUNS; i++) {
    m.base.push(peak(c.base));
    m.cmd.push(peak(c.args));
  }
  const r = {
    name: c.name,
    baseName: c.baseName,
    baseMs: median(t.base),
    ms: median(t.cmd),
    baseMb: median(m.base.map((x) => x.mb)),
    mb: median(m.cmd.map((x) => x.mb)),
    baseCpu: median(m.base.map((x) => x.cpu)),
    cpu: median(m.cmd.map((x) => x.cpu)),
    goal: c.goal,
  };
  r.ratio = r.ms / r.baseMs;
  r.memRatio = r.mb / r.baseMb;
  r.cpuRatio = r.cpu / r.baseCpu;
  console.log(`  ${c.name}: ${r.ms.toFixed(1)} ms vs ${c.baseName} ${r.baseMs.toFixed(1)} ms (${r.ratio.toFixed(2)}x${c.goal ? `, goal ${c.goal}x` : ''}); CPU ${r.cpu.toFixed(1)} vs ${r.baseCpu.toFixed(1)} ms (${r.cpuRatio.toFixed(2)}x); peak ${r.mb.toFixed(1)} MB vs ${r.baseMb.toFixed(1)} MB (${r.memRatio.toFixed(2)}x)`);
  results.push(r);
}
rmSync(probeRoot, { recursive: true, force: true });
rmSync(dirname(hook), { recursive: true, force: true });
export const method = `${RUNS} interleaved pairs per command${removed.length ? ` (both sides without ${removed.join(', ')})` : ''}; peak RSS from ${hasTime ? '`/usr/bin/time -f %M`' : 'process.resourceUsage().maxRSS'}, CPU time (user + system) from process.resourceUsage() at exit`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  console.log(`${pkg.name} ${pkg.version}, Node ${process.version}: ${method}`);
}
