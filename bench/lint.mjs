/**
 * Linting a generated 5,000-file dataset against only parsing the same files with `yaml`
 * (reading included in both), measured in one run.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMatrix } from 'stackfit';
import { lint } from 'stackfit/node';
import { parseDocument, stringify } from 'yaml';
import { scaleDataset } from './scale.mjs';

const FOLDER = { accelerator: 'chips', cpu: 'chips', driver: 'drivers', toolkit: 'toolkits', framework: 'frameworks', os: 'os', database: 'databases' };
const base = loadMatrix().dataset;
const per = base.products.length + base.tables.length;
const scaled = scaleDataset(base, Math.ceil((5000 - base.vendors.length) / per));
const dir = mkdtempSync(join(tmpdir(), 'stackfit-lint-'));
const write = (folder, rec, schema) => {
  mkdirSync(join(dir, folder), { recursive: true });
  writeFileSync(join(dir, folder, `${rec.id}.yaml`), `# yaml-language-server: $schema=../../schema/${schema}.json\n${stringify(rec, { lineWidth: 0 })}`);
};
let files = 0;
for (const v of scaled.vendors) if (files++ < 5000) write('vendors', v, 'vendor');
for (const p of scaled.products) if (files++ < 5000) write(FOLDER[p.kind], p, 'product');
for (const t of scaled.tables) if (files++ < 5000) write('tables', t, 'table');
writeFileSync(join(dir, 'pairs.yaml'), `# yaml-language-server: $schema=../schema/pairs.json\n${stringify({ pairs: scaled.pairs })}`);

const all = readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.yaml')).map((f) => join(dir, String(f)));
const time = (fn) => {
  const t = performance.now();
  const out = fn();
  return [performance.now() - t, out];
};
const [parseMs] = time(() => all.map((f) => parseDocument(readFileSync(f, 'utf8'), { uniqueKeys: true }).toJS()));
const [lintMs, result] = time(() => lint(dir));
const [parseMs2] = time(() => all.map((f) => parseDocument(readFileSync(f, 'utf8'), { uniqueKeys: true }).toJS()));
const baseline = Math.min(parseMs, parseMs2);
rmSync(dir, { recursive: true, force: true });
console.log(`lint of ${result.folder.fileCount} files: ${lintMs.toFixed(0)} ms (${result.errorCount} errors) vs parsing only: ${baseline.toFixed(0)} ms: ${(lintMs / baseline).toFixed(2)}x`);
export const results = [{ name: `lint ${result.folder.fileCount} generated files vs parsing them with yaml`, base: { medianMs: baseline }, ours: { medianMs: lintMs }, ratio: lintMs / baseline, unit: 'slowdown' }];
