import type { PairRule } from '../schema/pairs.ts';
import { selectorsOf } from './selector.ts';
/** What the policy looks at: the product's id, its kind and, for frameworks, its role. */
type Layered = { readonly id: string; readonly kind: string; readonly role?: string | undefined };

/** What a product answers to in the policy, the most specific first: its id, then its layers. */
function endsOf(p: Layered): readonly string[] {
  return [p.id, ...selectorsOf(p)];
}

const compiled = new WeakMap<readonly PairRule[], ReadonlySet<string>>();

/** `end|end` keys of the policy, both orders, for constant-time lookups. */
function keys(pairs: readonly PairRule[]): ReadonlySet<string> {
  let set = compiled.get(pairs);
  if (!set) {
    const s = new Set<string>();
    for (const p of pairs) {
      s.add(`${p.a}|${p.b}`);
      s.add(`${p.b}|${p.a}`);
    }
    set = s;
    compiled.set(pairs, set);
  }
  return set;
}

const rulesByKey = new WeakMap<readonly PairRule[], ReadonlyMap<string, PairRule>>();
/** Answers of `policyFor` per policy, by the two ids (with the layers they were asked with, checked on each hit). */
const answered = new WeakMap<readonly PairRule[], Map<string, { readonly a: Layered; readonly b: Layered; readonly rule: PairRule | undefined }>>();

/** The policy entry that asks for evidence between two stack items, if any. */
export function policyFor(pairs: readonly PairRule[], a: Layered, b: Layered): PairRule | undefined {
  let memo = answered.get(pairs);
  if (!memo) answered.set(pairs, (memo = new Map()));
  const key = `${a.id}|${b.id}`;
  const hit = memo.get(key);
  if (hit && hit.a.kind === a.kind && hit.a.role === a.role && hit.b.kind === b.kind && hit.b.role === b.role) return hit.rule;
  const rule = lookUp(pairs, a, b);
  if (!hit) memo.set(key, { a: { id: a.id, kind: a.kind, role: a.role }, b: { id: b.id, kind: b.kind, role: b.role }, rule });
  return rule;
}

function lookUp(pairs: readonly PairRule[], a: Layered, b: Layered): PairRule | undefined {
  let map = rulesByKey.get(pairs);
  if (!map) {
    const m = new Map<string, PairRule>();
    for (const p of pairs) {
      if (!m.has(`${p.a}|${p.b}`)) m.set(`${p.a}|${p.b}`, p);
      if (!m.has(`${p.b}|${p.a}`)) m.set(`${p.b}|${p.a}`, p);
    }
    rulesByKey.set(pairs, (map = m));
  }
  for (const x of endsOf(a)) for (const y of endsOf(b)) {
    const found = map.get(`${x}|${y}`);
    if (found) return found;
  }
  return undefined;
}

/** Whether the relevant-pairs policy asks for evidence between two stack items. */
export function isPolicyPair(pairs: readonly PairRule[], a: Layered, b: Layered): boolean {
  const set = keys(pairs);
  for (const x of endsOf(a)) for (const y of endsOf(b)) if (set.has(`${x}|${y}`)) return true;
  return false;
}
