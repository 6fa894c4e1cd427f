/**
 * Packaging check: pack the tarball, install it into a throwaway project, import it (ESM) and
 * require it (CJS), compile a TypeScript file against its types, run the CLI from the install, and
 * run publint --strict and @arethetypeswrong/cli on the tarball. Exits 1 on the first failure.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve('.');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const sh = (cmd, args, cwd = root) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const step = (name, fn) => {
  try {
    const out = fn();
    console.log(`package: ${name} ok`);
    return out;
  } catch (e) {
    console.error(`package: ${name} FAILED\n${e.stdout ?? ''}${e.stderr ?? ''}${e.message}`);
    process.exit(1);
  }
};

const work = mkdtempSync(join(tmpdir(), 'stackfit-pack-'));
try {
  const tarball = step('pack', () => {
    const name = JSON.parse(sh('npm', ['pack', '--json', '--pack-destination', work]))[0].filename;
    return join(work, name);
  });
  step('publint --strict', () => sh(bin('publint'), ['--strict', tarball]));
  step('attw', () => sh(bin('attw'), [tarball, '--profile', 'node16', '--format', 'ascii']));

  const app = join(work, 'app');
  sh('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  step('install', () => sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball], app));

  writeFileSync(
    join(app, 'esm.mjs'),
    `import { loadMatrix, check, parseVersion } from 'stackfit';
import { lint } from 'stackfit/node';
const m = loadMatrix();
if (!m.resolve('torch_npu').ok) throw new Error('resolve failed');
if (parseVersion('cann', '8.0.rc3').text !== '8.0.RC3') throw new Error('parseVersion failed');
if (typeof check !== 'function' || typeof lint !== 'function') throw new Error('exports missing');
console.log('esm', m.products.length);`,
  );
  writeFileSync(
    join(app, 'cjs.cjs'),
    `const { loadMatrix } = require('stackfit');
const { loadDataset, probe } = require('stackfit/node');
const data = require('stackfit/data.json');
if (loadMatrix().products.length !== data.products.length) throw new Error('data.json differs');
if (typeof loadDataset !== 'function') throw new Error('node entry missing');
// Each CommonJS entry is a bundle of its own: a matrix from one must work in the other.
const root = require('fs').mkdtempSync(require('path').join(require('os').tmpdir(), 'stackfit-root-'));
if (!Array.isArray(probe(loadMatrix(), { root }).found)) throw new Error('probe of a matrix from the main entry failed');
console.log('cjs', data.products.length);`,
  );
  step('import (ESM)', () => sh('node', ['esm.mjs'], app));
  step('require (CJS)', () => sh('node', ['cjs.cjs'], app));
  step('CLI from the install', () => sh(join(app, 'node_modules', '.bin', 'stackfit'), ['show', 'cann', '--json'], app));

  writeFileSync(
    join(app, 'typed.ts'),
    `import { loadMatrix, check, type CheckResult, type Product, type Verdict } from 'stackfit';
import { lint, type LintResult } from 'stackfit/node';
const p: Product | undefined = loadMatrix().product('cann');
const r: CheckResult = check(loadMatrix(), ['cann']);
const v: Verdict = r.verdict;
const l: (dir: string) => LintResult = lint;
export { p, v, l };`,
  );
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { strict: true, module: 'node16', moduleResolution: 'node16', noEmit: true, skipLibCheck: false, types: [] }, files: ['typed.ts'] }),
  );
  step('TypeScript against the types', () => sh(bin('tsc'), ['-p', join(app, 'tsconfig.json')], app));
} finally {
  rmSync(work, { recursive: true, force: true });
}
