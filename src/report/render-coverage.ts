import type { Coverage } from '../engine/coverage.ts';
import type { Lang } from '../engine/types.ts';

const MARK = { supported: '✓', conflict: '✗', unknown: '?' } as const;

const name = (p: { id: string; name: { en: string; zh: string } }, lang: Lang) => (lang === 'zh' ? p.name.zh : p.id);

/** Coverage as a Markdown table with evidence marks and a link to the first source of each cell. */
export function coverageMarkdown(c: Coverage, lang: Lang): string {
  const head = `| | ${c.columns.map((p) => name(p, lang)).join(' | ')} |`;
  const rule = `| --- | ${c.columns.map(() => ':---:').join(' | ')} |`;
  const body = c.rows.map(
    (r, i) =>
      `| ${name(r, lang)} | ${c.cells[i]!.map((cell) => (cell.sources[0] ? `[${MARK[cell.mark]}](${cell.sources[0]} "${cell.evidence ?? ''}")` : MARK[cell.mark])).join(' | ')} |`,
  );
  return [head, rule, ...body].join('\n');
}

/** Coverage as an aligned text table. */
export function coverageText(c: Coverage, lang: Lang): string {
  const first = Math.max(4, ...c.rows.map((r) => name(r, lang).length));
  const widths = c.columns.map((p) => Math.max(1, name(p, lang).length));
  const lines = [`${''.padEnd(first)}  ${c.columns.map((p, i) => name(p, lang).padEnd(widths[i]!)).join('  ')}`];
  c.rows.forEach((r, i) => lines.push(`${name(r, lang).padEnd(first)}  ${c.cells[i]!.map((cell, j) => MARK[cell.mark].padEnd(widths[j]!)).join('  ')}`));
  return lines.join('\n');
}
