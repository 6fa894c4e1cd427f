import type { Reason } from '../../engine/reasons.ts';
import type { Lang } from '../../engine/types.ts';
import { EN } from './en.ts';
import type { Locale } from './types.ts';
import { ZH } from './zh.ts';

export type { Locale, Words } from './types.ts';

const LOCALES: ReadonlyMap<Lang, Locale> = new Map<Lang, Locale>([
  ['en', EN],
  ['zh', ZH],
]);

/** The locale of a language (English for anything else). */
export function localeOf(lang: Lang): Locale {
  return LOCALES.get(lang) ?? EN;
}

const rendered = new Map<Lang, WeakMap<Reason, string>>();

/**
 * A reason as one sentence in the language. Reasons are immutable and memoized by the engine, so
 * each is rendered once per language.
 */
export function renderReason(reason: Reason, lang: Lang): string {
  let memo = rendered.get(lang);
  if (!memo) rendered.set(lang, (memo = new WeakMap()));
  const hit = memo.get(reason);
  if (hit !== undefined) return hit;
  const locale = localeOf(lang);
  const render = (r: Reason): string => (locale.reasons[r.code] as (x: Reason, f: (y: Reason) => string) => string)(r, render);
  const text = render(reason);
  memo.set(reason, text);
  return text;
}
