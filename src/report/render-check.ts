import type { CheckResult, Component, Lang } from '../engine/types.ts';
import { isDomestic } from '../engine/origin.ts';
import { localeOf } from './locales/index.ts';
import { displayWidth } from './width.ts';

const SYMBOL = { supported: '✓', conflict: '✗', unknown: '?' } as const;

/** `[kind, domestic]` / `[框架, 进口（美国）]` for a component. */
export function componentTags(c: Component, lang: Lang): string {
  const { words } = localeOf(lang);
  const kind = c.role && c.kind === 'framework' ? (words.kind[`framework/${c.role}`] ?? words.role[c.role] ?? c.role) : (words.kind[c.kind] ?? c.kind);
  const origin = c.origin ? (isDomestic(c) ? words.domestic : words.imported(c.origin)) : '';
  return lang === 'zh' ? `［${kind}${origin ? `，${origin}` : ''}］` : `[${c.kind}${origin ? `, ${origin}` : ''}]`;
}

/**
 * The text report of a check: verdict, components, each relevant pair with ✓ / ✗ / ? and its
 * reason, then the issues no pair already states. `paint` adds colour where the caller wants it.
 */
export function renderCheck(result: CheckResult, lang: Lang, paint: (code: number, s: string) => string = (_c, s) => s): string {
  const { words } = localeOf(lang);
  const zh = lang === 'zh';
  const colon = zh ? '：' : ': ';
  const lines: string[] = [];
  const vcolor = result.verdict === 'fits' ? 32 : result.verdict === 'conflict' ? 31 : 33;
  const arches = result.arches?.length ? (zh ? `（${result.arches.join('、')}）` : `  (${result.arches.join(', ')})`) : '';
  lines.push(`${words.heading.verdict}${colon}${paint(vcolor, words.verdict[result.verdict])}${arches}`);
  const width = Math.max(0, ...result.components.map((c) => displayWidth(`${c.id}${c.version ? `@${c.version}` : ''}`)));
  for (const c of result.components) {
    const label = `${c.id}${c.version ? `@${c.version}` : ''}`;
    const name = zh ? c.name.zh : c.name.en;
    // A version given by another name (a commercial number, a product version): the name typed.
    const as = c.aka ? (zh ? `（即 ${c.aka.as}）` : ` (as ${c.aka.as})`) : '';
    lines.push(`  ${label}${' '.repeat(width - displayWidth(label))}  ${name}${as}  ${componentTags(c, lang)}`);
  }
  if (result.pairs.length) {
    lines.push(`${words.heading.pairs}${zh ? '：' : ':'}`);
    for (const p of result.pairs) {
      const sym = paint(p.status === 'supported' ? 32 : p.status === 'conflict' ? 31 : 33, SYMBOL[p.status]);
      const via = p.via ? (zh ? `（${words.mediatedBy} ${p.via}）` : ` (${words.mediatedBy} ${p.via})`) : '';
      lines.push(`  ${sym} ${p.a} + ${p.b}${via}${p.evidence ? (zh ? `（${p.evidence}）` : ` (${p.evidence})`) : ''}`);
      lines.push(`      ${p.reason}`);
    }
  }
  // An issue that restates a pair's reason is shown once, with the pair (compared as data).
  const stated = new Set(result.pairs.map((p) => p.params));
  const rest = result.issues.filter((i) => !stated.has(i.params));
  if (rest.length) {
    lines.push(`${words.heading.issues}${zh ? '：' : ':'}`);
    for (const i of rest) lines.push(`  ${paint(i.severity === 'error' ? 31 : 33, i.code)}${colon}${i.message}`);
  }
  if (result.fixes.length) {
    lines.push(`${words.heading.fixes}${zh ? '：' : ':'}`);
    for (const [n, f] of result.fixes.entries()) lines.push(`  ${n + 1}. ${f.changes.map((c) => `${c.id} ${c.from ?? '-'} -> ${c.to ?? '-'}`).join(zh ? '，' : ', ')}`);
  }
  return lines.join('\n');
}
