import type { Matrix } from '../data/matrix.ts';
import { parseStack } from '../engine/parse-stack.ts';
import type { Product } from '../schema/product.ts';
import type { ProbeResult } from './probe.ts';

/** What `check` said of the probed stack, as the report records it. */
export interface ReportVerdict {
  readonly verdict: 'fits' | 'conflict' | 'unknown';
  readonly pairs: readonly { readonly status: 'supported' | 'conflict' | 'unknown' }[];
}

/** Which product keys the row: the one that depends on the others (an adapter or engine before its framework, software before hardware). */
const KEY_RANK: Readonly<Record<string, number>> = { framework: 0, toolkit: 1, database: 2, driver: 3, os: 4, accelerator: 5, cpu: 6 };
const ROLE_RANK: Readonly<Record<string, number>> = { adapter: 0, engine: 1, framework: 2, runtime: 3 };
const rank = (p: Product) => (KEY_RANK[p.kind] ?? 9) * 10 + (p.role ? (ROLE_RANK[p.role] ?? 9) : 0);

/** A YAML double-quoted scalar (JSON's escapes are YAML's). */
const quote = (text: string) => JSON.stringify(text);

/** A kebab-case id from the key product and version, at most 64 characters. */
function reportId(product: Product, version: string | undefined): string {
  const slug = `tested-${product.id}${version ? `-${version}` : ''}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug.slice(0, 64).replace(/-+$/, '');
}

/**
 * The probed stack as a ready-to-review table record of `tested` evidence (`data/tables/<id>.yaml`):
 * one row, the product that depends on the others as its key, every other product found as a
 * `supports` column (hardware as `*`), the architecture as its scope. What probe read, and where,
 * and the verdict `check` gave before this evidence, go into comments and `notes`. The two things
 * only the tester knows are left as TODO values the linter rejects until they are filled in: who
 * publishes the result (`vendor`) and the public page that shows it (`sources`).
 *
 * @example
 * probeReport(matrix, probe(matrix), check(matrix, found.items), { date: '2026-12-07' })
 */
export function probeReport(matrix: Matrix, found: ProbeResult, checked: ReportVerdict, options: { date: string }): string {
  const cells: { product: Product; version?: string }[] = [];
  let arch: string | undefined;
  for (const item of found.items) {
    const stack = parseStack(matrix, [item]);
    if (stack.arch) arch = stack.arch;
    const c = stack.components[0];
    if (!c) continue;
    const product = matrix.product(c.id);
    if (product) cells.push({ product, ...(c.version ? { version: c.version } : {}) });
  }
  // A product whose version probe could not read cannot be reported as tested at any version.
  const unversioned = cells.filter((c) => c.product.scheme && !c.version);
  const ordered = cells.filter((c) => !unversioned.includes(c)).sort((a, b) => rank(a.product) - rank(b.product) || Number(!a.version) - Number(!b.version));
  const key = ordered[0];
  const counts = (['supported', 'conflict', 'unknown'] as const).map((s) => `${checked.pairs.filter((p) => p.status === s).length} ${s}`).join(', ');
  const readFrom = found.found.map((f) => `${f.item} from ${f.from} ("${f.printed}")`).join('; ');
  const out: string[] = [
    '# yaml-language-server: $schema=../../schema/table.json',
    `# A stack tested on one machine, written by \`stackfit probe --report\` on ${options.date}.`,
    '# Before submitting it as data/tables/<id>.yaml (see CONTRIBUTING.md, "Report a tested stack"):',
    '#   - make sure the stack ran your workload, and drop the columns that took no part in it;',
    '#   - publish this file (or the probe output) where others can read it, such as an issue,',
    '#     and put that https URL in sources;',
    '#   - set vendor to who ran the test (a file in data/vendors/, added if new).',
    '# What probe read on the machine:',
    ...found.found.map((f) => `#   ${f.item}: ${f.printed} (${f.from})`),
    ...(unversioned.length ? [`# Left out, no version read: ${unversioned.map((c) => c.product.id).join(', ')}.`] : []),
    `# Verdict of stackfit check before this evidence: ${checked.verdict} (${counts} pairs).`,
  ];
  if (!key) {
    out.push('# Probe found no product, so there is nothing to report.');
    return `${out.join('\n')}\n`;
  }
  const columns = ordered.map((c, i) => (i === 0 ? `  - {product: ${c.product.id}}` : `  - {product: ${c.product.id}, relation: supports}`));
  const row = ordered.map((c) => quote(c.version ?? '*'));
  const names = ordered.map((c) => `${c.product.name.en}${c.version ? ` ${c.version}` : ''}`).join(', ');
  out.push(
    `id: ${reportId(key.product, key.version)}`,
    `title: ${quote(`Tested together on one machine: ${names}`)}`,
    'vendor: todo-who-ran-the-test',
    'evidence: tested',
    'sources: ["TODO: the https URL of the public page that shows this test"]',
    ...(arch ? [`when: {arch: [${arch}]}`] : []),
    'columns:',
    ...columns,
    'rows:',
    `  - [${row.join(', ')}]`,
    `notes: ${quote(`Read by stackfit probe on ${options.date}: ${readFrom}. stackfit check gave "${checked.verdict}" (${counts} pairs) before this evidence.`)}`,
  );
  return `${out.join('\n')}\n`;
}
