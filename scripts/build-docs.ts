/** Writes the generated Markdown under docs/ from the compiled data; --check fails when stale. */
import { loadMatrix } from '../src/data/load-matrix.ts';
import { writeGenerated } from '../src/internal/write-generated.ts';
import { renderDocs } from '../src/report/render-docs.ts';
import { countField, runFieldSuite } from '../test/field/field-suite.ts';

const check = process.argv.includes('--check');
const m = loadMatrix();
const stale = writeGenerated(renderDocs(m, countField(runFieldSuite(m))), check);
if (check && stale.length) {
  console.error(`stale generated docs: ${stale.join(', ')}; run npm run docs`);
  process.exit(1);
}
console.log(stale.length ? `${check ? 'stale' : 'wrote'} ${stale.join(', ')}` : 'docs are up to date');
