import type { Matrix } from '../data/matrix.ts';
import { coverage } from '../engine/coverage.ts';
import type { Product } from '../schema/product.ts';
import { coverageMarkdown } from './render-coverage.ts';

const BANNER = '<!-- Generated from data/ by `npm run docs`. Do not edit. -->';
const esc = (s: string) => s.replace(/\|/g, '\\|');

function tableMarkdown(m: Matrix, id: string): string {
  const t = m.tables.find((x) => x.id === id);
  if (!t) return '';
  const head = t.columns.map((c) => ('product' in c ? (m.product(c.product)?.name.en ?? c.product) : 'label' in c ? c.label : 'source'));
  return [
    `## ${esc(t.title)}`,
    '',
    `${t.rows.length} rows, evidence \`${t.evidence}\`, from ${t.sources.map((s, i) => `[source ${i + 1}](${s})`).join(', ')}.`,
    '',
    `| ${head.map(esc).join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...t.rows.map((r) => `| ${r.map((c, i) => (c && 'source' in t.columns[i]! ? `[page](${c})` : esc(c ?? ''))).join(' | ')} |`),
  ].join('\n');
}

function lifecycles(m: Matrix): string {
  const lines = ['| OS | release | released | end of life | source |', '| --- | --- | --- | --- | --- |'];
  for (const p of m.list({ kind: 'os' })) {
    for (const r of m.releases(p.id)) {
      if (!r.date && !r.eol) continue;
      const src = r.sources?.[0] ?? p.sources[0]!;
      lines.push(`| ${esc(p.name.en)} | ${esc(r.version)} | ${r.date ?? ''} | ${r.eol ?? ''} | [link](${src}) |`);
    }
  }
  return lines.join('\n');
}

function databaseOs(m: Matrix): string {
  const out: string[] = [];
  for (const arch of ['x86_64', 'aarch64'] as const) {
    out.push(`## ${arch}`, '');
    out.push('| database | releases | operating systems | evidence | source |', '| --- | --- | --- | --- | --- |');
    for (const db of m.list({ kind: 'database' })) {
      for (const rule of db.rules ?? []) {
        if (rule.when?.arch && !rule.when.arch.includes(arch)) continue;
        const oses = Object.entries(rule.supports ?? {}).filter(([id]) => m.product(id)?.kind === 'os');
        if (!oses.length) continue;
        const text = oses.map(([id, range]) => `${m.product(id)!.name.en} ${range}`).join('; ');
        out.push(`| ${esc(db.name.en)} | ${esc(rule.releases ?? '*')} | ${esc(text)}${rule.when?.arch ? '' : ' (no architecture stated)'} | ${rule.evidence} | [link](${rule.sources[0]}) |`);
      }
    }
    out.push('');
  }
  return out.join('\n');
}

function gapsReport(m: Matrix, field?: FieldCounts): string {
  const out = ['# Gaps in the evidence', '', BANNER, '', 'What the data does not know, and why: each line is a data pull request waiting to be written.', ''];
  const noRules = (p: Product) => !(p.rules?.length) && !m.tablesOf(p.id).length && !m.products.some((o) => (o.rules ?? []).some((r) => [r.requires, r.supports, r.conflicts].some((x) => x && p.id in x)));
  out.push('## Products no rule or table mentions', '');
  const lonely = m.products.filter(noRules);
  out.push(lonely.length ? lonely.map((p) => `- \`${p.id}\` (${p.kind}): no public compatibility source recorded.${p.notes ? ` ${p.notes}` : ''}`).join('\n') : '- none');
  out.push('', '## Products without release dates', '');
  for (const p of m.products.filter((x) => x.releases?.length && !x.releases.some((r) => r.date))) {
    const n = p.releases!.length;
    out.push(`- \`${p.id}\`: ${n} release${n === 1 ? '' : 's'}, none with a published date recorded.`);
  }
  for (const [a, b] of [['accelerator', 'toolkit'], ['toolkit', 'os'], ['database', 'os']] as const) {
    const c = coverage(m, a, b);
    const missing = c.rows.flatMap((r, i) => (c.cells[i]!.some((x) => x.mark !== 'unknown') ? [] : [r.id]));
    out.push('', `## ${a} without any ${b} evidence`, '');
    out.push(missing.length ? missing.map((id) => `- \`${id}\``).join('\n') : '- none');
  }
  if (field?.blocking) {
    out.push('', '## What keeps vendor-shipped stacks from fitting', '', `Of ${field.shipped.total} stacks vendors ship (test/field), ${field.shipped.unknown} are unknown; each line is an issue they report, with how many stacks report it.`, '');
    out.push(field.blocking.length ? field.blocking.map((b) => `- ${b.stacks} × ${b.what}`).join('\n') : '- none');
  }
  return `${out.join('\n')}\n`;
}

/** Verdicts of the field suite (test/field): real stacks from official images, vendor builds and user reports. */
export interface FieldCounts {
  readonly families: number;
  /** `fitsOwnOrigin`: fitting stacks with a pair that cites the stack's own origin file or its family's `listedIn`. */
  readonly shipped: { readonly total: number; readonly fits: number; readonly fitsOwnOrigin: number; readonly unknown: number; readonly conflict: number };
  readonly mismatch: { readonly total: number; readonly conflict: number; readonly other: number };
  /** What keeps shipped stacks from fitting: issue code, reason code and products, with how many stacks it blocks. */
  readonly blocking?: readonly { readonly what: string; readonly stacks: number }[];
}

function fieldSection(f: FieldCounts): string[] {
  return [
    '',
    '## Field suite',
    '',
    `${f.shipped.total + f.mismatch.total} real stacks from ${f.families} origin families, checked by test/field.`,
    '',
    `- shipped (a vendor ships it: official image, vendor build file, a release's published version table): ${f.shipped.total} stacks; fits ${f.shipped.fits}, unknown ${f.shipped.unknown}, conflict ${f.shipped.conflict}.`,
    `  Of the fitting ones, ${f.shipped.fitsOwnOrigin} need a pair that only statements citing the stack's own origin file support (or the file of another stack of its family, the vendor's index of the same stacks, an image list read as data too, or the same file in the vendor repository a family's origins copy); leaving those out, ${f.shipped.fits - f.shipped.fitsOwnOrigin} of ${f.shipped.total - f.shipped.fitsOwnOrigin} fit on evidence from elsewhere.`,
    `- mismatch (its maintainers say it does not work: an answered report, a pin set back, a stated prerequisite): ${f.mismatch.total} stacks; conflict ${f.mismatch.conflict}, other ${f.mismatch.other}.`,
  ];
}

/** The dataset in numbers: products per kind and vendor, rules and table rows per evidence level. */
function stats(m: Matrix, field?: FieldCounts): string {
  const share = (n: number, total: number) => (total ? `${((100 * n) / total).toFixed(1)}%` : '0%');
  const products = m.products;
  const rules = products.flatMap((p) => (p.rules ?? []).map((r) => ({ p, r })));
  const rows = m.tables.reduce((n, t) => n + t.rows.length, 0);
  const kinds = [...new Set(products.map((p) => (p.role ? `${p.kind}/${p.role}` : p.kind)))].sort();
  const out = [
    `${products.length} products from ${m.dataset.vendors.length} vendors, ${products.reduce((n, p) => n + (p.releases?.length ?? 0), 0)} releases, ${rules.length} rules and ${m.tables.length} vendor tables with ${rows} rows.`,
    '',
    '## Evidence',
    '',
    '| evidence | rules | share | table rows | share |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const e of ['certified', 'vendor', 'tested', 'inferred'] as const) {
    const r = rules.filter((x) => x.r.evidence === e).length;
    const t = m.tables.filter((x) => x.evidence === e).reduce((n, x) => n + x.rows.length, 0);
    out.push(`| ${e} | ${r} | ${share(r, rules.length)} | ${t} | ${share(t, rows)} |`);
  }
  out.push('', '## Products per kind', '', 'Linked: named by at least one rule (its own or another product\'s) or vendor table.', '', '| kind | products | with releases | linked |', '| --- | --- | --- | --- |');
  const inTables = new Set(m.tables.flatMap((t) => t.columns.flatMap((c) => ('product' in c ? [c.product] : []))));
  for (const { p, r } of rules) {
    inTables.add(p.id);
    for (const rel of [r.requires, r.supports, r.conflicts]) for (const id of Object.keys(rel ?? {})) inTables.add(id);
  }
  for (const k of kinds) {
    const ps = products.filter((p) => (p.role ? `${p.kind}/${p.role}` : p.kind) === k);
    out.push(`| ${k} | ${ps.length} | ${ps.filter((p) => p.releases?.length).length} | ${ps.filter((p) => inTables.has(p.id)).length} |`);
  }
  out.push('', '## Per vendor', '', '| vendor | origin | products | rules | tables |', '| --- | --- | --- | --- | --- |');
  for (const v of [...m.dataset.vendors].sort((a, b) => a.id.localeCompare(b.id))) {
    const ps = products.filter((p) => p.vendor === v.id);
    if (!ps.length) continue;
    out.push(`| ${esc(v.name.en)} | ${v.origin ?? '?'} | ${ps.length} | ${ps.reduce((n, p) => n + (p.rules?.length ?? 0), 0)} | ${m.tables.filter((t) => t.vendor === v.id).length} |`);
  }
  if (field) out.push(...fieldSection(field));
  return out.join('\n');
}

/**
 * The generated documentation: coverage matrices, vendor tables and lifecycles as Markdown with
 * evidence marks and links to sources, and the gaps report. Keyed by path under the repository. With `field`, the
 * stats page also counts the field suite's verdicts.
 */
export function renderDocs(m: Matrix, field?: FieldCounts): Record<string, string> {
  const page = (title: string, intro: string, body: string) => `# ${title}\n\n${BANNER}\n\n${intro}\n\n${body.trim()}\n`;
  const legend = 'Marks: ✓ check supports some pair of releases, ✗ some pair conflicts and none is supported, – cannot apply (a closed list names only other vendors\' products), ? nothing recorded. Each mark links to its source; the link title is the evidence level.';
  return {
    'docs/matrix/accelerator-os.md': page('Accelerator x operating system', legend, coverageMarkdown(coverage(m, 'accelerator', 'os'), 'en')),
    'docs/matrix/accelerator-toolkit.md': page('Accelerator x toolkit', legend, coverageMarkdown(coverage(m, 'accelerator', 'toolkit'), 'en')),
    'docs/matrix/accelerator-framework.md': page('Accelerator x framework', legend, coverageMarkdown(coverage(m, 'accelerator', 'framework'), 'en')),
    'docs/matrix/torch-npu-cann-pytorch.md': page('torch_npu x CANN x PyTorch', 'Copied row by row from the vendor.', `${tableMarkdown(m, 'torch-npu-pytorch-cann')}\n\n${tableMarkdown(m, 'torch-npu-python')}`),
    'docs/matrix/database-os-arch.md': page('Database x operating system x architecture', 'Every database rule that names operating systems, per CPU architecture.', databaseOs(m)),
    'docs/matrix/os-lifecycles.md': page('Operating system lifecycles', 'Release and end-of-life dates where a source publishes them.', lifecycles(m)),
    'docs/gaps.md': gapsReport(m, field),
    'docs/stats.md': page('The dataset in numbers', 'Counted from the records; origin is the ISO code a source states for the vendor (? where none does).', stats(m, field)),
  };
}
