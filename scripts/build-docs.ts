/** Writes the generated Markdown under docs/ from the compiled data; --check fails when stale. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadMatrix } from '../src/data/load-matrix.ts';
import { renderDocs } from '../src/report/render-docs.ts';

const check = process.argv.includes('--check');
const stale: string[] = [];
for (const [path, text] of Object.entries(renderDocs(loadMatrix()))) {
  let current: string | undefined;
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === text) continue;
  stale.push(path);
  if (!check) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
}
if (check && stale.length) {
  console.error(`stale generated docs: ${stale.join(', ')}; run npm run docs`);
  process.exit(1);
}
console.log(stale.length ? `${check ? 'stale' : 'wrote'} ${stale.join(', ')}` : 'docs are up to date');
