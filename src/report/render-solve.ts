import type { Fix, Lang } from '../engine/types.ts';
import type { SolveExplanation, SolvedStack } from '../engine/solve.ts';
import { localeOf } from './locales/index.ts';
import { shellQuote } from './shell-quote.ts';

/** A derivation as numbered sentences under a heading. */
export function renderExplanation(explanation: SolveExplanation, lang: Lang): string[] {
  const { words } = localeOf(lang);
  return [`${words.heading.explanation}${lang === 'zh' ? '：' : ':'}`, ...explanation.steps.map((s, i) => `  ${i + 1}. ${s.message}`)];
}

/** solve's answer as text: one stack a line, ready to paste back into a shell, unknown pairs named. */
export function renderSolve(stacks: readonly SolvedStack[], explanation: SolveExplanation | undefined, lang: Lang): string {
  const { words } = localeOf(lang);
  const zh = lang === 'zh';
  const lines = stacks.map((s, n) => {
    const tag = zh ? `［${words.verdict[s.verdict]}］` : `[${words.verdict[s.verdict]}]`;
    const unknown = s.unknownPairs.length ? (zh ? `  （${words.heading.unknownPairs}：${s.unknownPairs.join('；')}）` : `  (${words.heading.unknownPairs}: ${s.unknownPairs.join('; ')})`) : '';
    return `${n + 1}. ${tag} ${s.items.map(shellQuote).join(' ')}${unknown}`;
  });
  if (!stacks.some((s) => s.verdict === 'fits')) lines.unshift(words.noSolution);
  if (explanation) lines.push(...renderExplanation(explanation, lang));
  return lines.join('\n');
}

/** fix's answer as text. */
export function renderFixes(verdict: 'fits' | 'conflict' | 'unknown', fixes: readonly Fix[], explanation: SolveExplanation | undefined, lang: Lang): string {
  const { words } = localeOf(lang);
  if (verdict === 'fits') return words.fitsAlready;
  const lines = fixes.map((f, n) => `${n + 1}. ${f.changes.map((c) => `${c.id} ${c.from ?? '-'} -> ${c.to ?? '-'}`).join(lang === 'zh' ? '，' : ', ')}`);
  if (!fixes.length) lines.push(words.fixNone);
  if (explanation) lines.push(...renderExplanation(explanation, lang));
  return lines.join('\n');
}
