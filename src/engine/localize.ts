import { renderReason } from '../report/locales/index.ts';
import type { Evaluation, IssueEval, PairEval } from './check.ts';
import type { CheckIssue, CheckResult, Lang, PairResult } from './types.ts';

const pairTexts = new Map<Lang, WeakMap<PairEval, PairResult>>();
const issueTexts = new Map<Lang, WeakMap<IssueEval, CheckIssue>>();

function memo<K extends object, V>(store: Map<Lang, WeakMap<K, V>>, lang: Lang): WeakMap<K, V> {
  let m = store.get(lang);
  if (!m) store.set(lang, (m = new WeakMap()));
  return m;
}

/** A pair with its sentence. Pairs come from the engine's memo, so each is rendered once per language. */
function localizePair(p: PairEval, lang: Lang, cache: WeakMap<PairEval, PairResult>): PairResult {
  let hit = cache.get(p);
  if (!hit) {
    hit = Object.freeze({
      a: p.a,
      b: p.b,
      status: p.status,
      ...(p.evidence ? { evidence: p.evidence } : {}),
      sources: p.sources,
      reason: renderReason(p.why, lang),
      params: p.why,
      ...(p.via ? { via: p.via } : {}),
    });
    cache.set(p, hit);
  }
  return hit;
}

function localizeIssue(i: IssueEval, lang: Lang, cache: WeakMap<IssueEval, CheckIssue>): CheckIssue {
  let hit = cache.get(i);
  if (!hit) {
    hit = Object.freeze({
      code: i.code,
      severity: i.severity,
      message: renderReason(i.why, lang),
      components: i.components,
      ...(i.sources ? { sources: i.sources } : {}),
      params: i.why,
    });
    cache.set(i, hit);
  }
  return hit;
}

/**
 * A check as users get it: every pair and issue keeps its reason as data (`params`) and gains the
 * sentence in the language asked for (`reason`, `message`). Rendering happens here, outside the
 * evaluation, so the engine's memos are the same for every language. Returned pairs and issues
 * are frozen: they may be shared between answers.
 */
export function localizeCheck(e: Evaluation, lang: Lang): CheckResult {
  const pairCache = memo(pairTexts, lang);
  const issueCache = memo(issueTexts, lang);
  return {
    verdict: e.verdict,
    ...(e.arch ? { arch: e.arch } : {}),
    ...(e.arches ? { arches: e.arches } : {}),
    date: e.date,
    components: e.components,
    pairs: e.pairs.map((p) => localizePair(p, lang, pairCache)),
    issues: e.issues.map((i) => localizeIssue(i, lang, issueCache)),
    fixes: [],
  };
}
