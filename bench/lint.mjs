/**
 * Linting a generated 5,000-file dataset against only parsing the same files with `yaml`
 * (reading included in both), measured in one run: three of each, interleaved, medians.
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
// Interleaved, three of each, medians: both sides get the same treatment.
const parses = [];
const lints = [];
let result;
for (let i = 0; i < 3; i++) {
  parses.push(time(() => all.map((f) => parseDocument(readFileSync(f, 'utf8'), { uniqueKeys: true }).toJS()))[0]);
  const [ms, r] = time(() => lint(dir));
  lints.push(ms);
  result = r;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[1];
const baseline = median(parses);
const lintMs = median(lints);
rmSync(dir, { recursive: true, force: true });
console.log(`lint of ${result.folder.fileCount} files: ${lintMs.toFixed(0)} ms (${result.errorCount} errors) vs parsing only: ${baseline.toFixed(0)} ms: ${(lintMs / baseline).toFixed(2)}x (medians of 3; first runs ${lints[0].toFixed(0)} vs ${parses[0].toFixed(0)} ms, ${(lints[0] / parses[0]).toFixed(2)}x)`);
export const results = [
  { name: `lint ${result.folder.fileCount} generated files vs parsing them with yaml (medians of 3, interleaved)`, base: { medianMs: baseline }, ours: { medianMs: lintMs }, ratio: lintMs / baseline, unit: 'slowdown' },
  { name: `lint ${result.folder.fileCount} generated files vs parsing them with yaml, first run of each (lint code not yet compiled)`, base: { medianMs: parses[0] }, ours: { medianMs: lints[0] }, ratio: lints[0] / parses[0], unit: 'slowdown' },
];
