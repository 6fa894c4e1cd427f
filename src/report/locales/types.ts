import type { Lang } from '../../engine/types.ts';
import type { ReasonCode, ReasonOf } from '../../engine/reasons.ts';

/** One renderer per reason code: a locale missing a code does not compile. */
export type ReasonRenderers = { readonly [C in ReasonCode]: (reason: ReasonOf<C>, render: (r: ReasonOf<ReasonCode>) => string) => string };

/** Words a locale needs besides reasons: verdicts, statuses, kinds, headings. */
export interface Words {
  readonly verdict: Readonly<Record<'fits' | 'conflict' | 'unknown', string>>;
  readonly kind: Readonly<Record<string, string>>;
  readonly role: Readonly<Record<string, string>>;
  readonly domestic: string;
  readonly imported: (origin: string) => string;
  readonly heading: Readonly<Record<'verdict' | 'pairs' | 'issues' | 'fixes' | 'arches' | 'explanation' | 'unknownPairs', string>>;
  readonly mediatedBy: string;
  /** Sentence end and list separators. */
  readonly stop: string;
  readonly semicolon: string;
  readonly comma: string;
  readonly noSolution: string;
  readonly fixNone: string;
  readonly fitsAlready: string;
}

export interface Locale {
  readonly lang: Lang;
  readonly reasons: ReasonRenderers;
  readonly words: Words;
}
