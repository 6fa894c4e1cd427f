import type { CheckResult, Lang } from '../engine/types.ts';

const SYMBOL = { supported: '✓', conflict: '✗', unknown: '?' } as const;
const VERDICT = {
  en: { fits: 'fits', conflict: 'conflict', unknown: 'unknown' },
  zh: { fits: '配套', conflict: '冲突', unknown: '未知' },
} as const;

/**
 * The text report of a check: verdict, components, each relevant pair with ✓ / ✗ / ? and its
 * reason, then issues. `paint` adds colour where the caller wants it.
 */
export function renderCheck(result: CheckResult, lang: Lang, paint: (code: number, s: string) => string = (_c, s) => s): string {
  const zh = lang === 'zh';
  const lines: string[] = [];
  const vcolor = result.verdict === 'fits' ? 32 : result.verdict === 'conflict' ? 31 : 33;
  lines.push(`${zh ? '结论' : 'verdict'}: ${paint(vcolor, VERDICT[lang][result.verdict])}${result.arch ? `  (${result.arch})` : ''}`);
  for (const c of result.components) {
    const name = zh ? c.name.zh : c.name.en;
    const origin = c.origin ? (c.origin === 'CN' ? (zh ? '国产' : 'domestic') : zh ? `进口 ${c.origin}` : `imported ${c.origin}`) : '';
    lines.push(`  ${c.id}${c.version ? `@${c.version}` : ''}  ${name}  [${c.kind}${origin ? `, ${origin}` : ''}]`);
  }
  if (result.pairs.length) {
    lines.push(zh ? '配对:' : 'pairs:');
    for (const p of result.pairs) {
      const sym = paint(p.status === 'supported' ? 32 : p.status === 'conflict' ? 31 : 33, SYMBOL[p.status]);
      lines.push(`  ${sym} ${p.a} + ${p.b}${p.evidence ? ` (${p.evidence})` : ''}`);
      lines.push(`      ${p.reason}`);
    }
  }
  const rest = result.issues.filter((i) => i.code !== 'no-evidence' && i.code !== 'requirement-unmet' && i.code !== 'known-conflict' && !(i.code === 'arch-mismatch' && result.pairs.some((p) => p.status === 'conflict' && i.components.includes(p.a))));
  if (rest.length) {
    lines.push(zh ? '问题:' : 'issues:');
    for (const i of rest) lines.push(`  ${i.severity === 'error' ? paint(31, i.code) : paint(33, i.code)}: ${i.message}`);
  }
  const chains = result.issues.filter((i) => i.code === 'requirement-unmet' && !result.pairs.some((p) => p.reason === i.message));
  for (const i of chains) lines.push(`  ${paint(31, i.code)}: ${i.message}`);
  if (result.fixes.length) {
    lines.push(zh ? '修改建议:' : 'fixes:');
    for (const [n, f] of result.fixes.entries()) lines.push(`  ${n + 1}. ${f.changes.map((c) => `${c.id} ${c.from ?? '-'} -> ${c.to ?? '-'}`).join(', ')}`);
  }
  return lines.join('\n');
}
