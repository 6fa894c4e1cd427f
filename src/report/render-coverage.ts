import type { Coverage, CoverageCell } from '../engine/coverage.ts';
import type { Lang } from '../engine/types.ts';
import { displayWidth, padTo } from './width.ts';

const MARK = { supported: '✓', conflict: '✗', unknown: '?' } as const;
/** A cell that cannot apply: one product's closed list names other vendors' products only. */
const CLOSED = '–';

const mark = (cell: CoverageCell) => (cell.closed ? CLOSED : MARK[cell.mark]);
const name = (p: { id: string; name: { en: string; zh: string } }, lang: Lang) => (lang === 'zh' ? p.name.zh : p.id);

/** What the marks mean, in the language. */
export function coverageLegend(lang: Lang): string {
  return lang === 'zh'
    ? '✓ 有证据表明某对版本配套　✗ 已知冲突　– 不适用（一方的封闭支持列表只含其他厂商的产品）　? 没有证据'
    : '✓ some pair of releases is known to work   ✗ known conflict   – cannot apply (a closed list names other vendors\' products only)   ? no evidence';
}

/** Coverage as a Markdown table with evidence marks and a link to the first source of each cell. */
export function coverageMarkdown(c: Coverage, lang: Lang): string {
  const head = `| | ${c.columns.map((p) => name(p, lang)).join(' | ')} |`;
  const rule = `| --- | ${c.columns.map(() => ':---:').join(' | ')} |`;
  const body = c.rows.map((r, i) => `| ${name(r, lang)} | ${c.cells[i]!.map((cell) => (cell.sources[0] ? `[${mark(cell)}](${cell.sources[0]} "${cell.evidence ?? ''}")` : mark(cell))).join(' | ')} |`);
  return [head, rule, ...body].join('\n');
}

/** Coverage as an aligned text table (CJK names take two columns a character). */
export function coverageText(c: Coverage, lang: Lang): string {
  const first = Math.max(4, ...c.rows.map((r) => displayWidth(name(r, lang))));
  const widths = c.columns.map((p) => Math.max(1, displayWidth(name(p, lang))));
  const lines = [`${padTo('', first)}  ${c.columns.map((p, i) => padTo(name(p, lang), widths[i]!)).join('  ')}`.trimEnd()];
  c.rows.forEach((r, i) => lines.push(`${padTo(name(r, lang), first)}  ${c.cells[i]!.map((cell, j) => padTo(mark(cell), widths[j]!)).join('  ')}`.trimEnd()));
  lines.push('', coverageLegend(lang));
  return lines.join('\n');
}
