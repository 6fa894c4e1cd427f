import type { PairRule } from '../schema/pairs.ts';
import type { Component } from './types.ts';

const compiled = new WeakMap<readonly PairRule[], ReadonlySet<string>>();

/** `kind|kind` keys of the policy, both orders, for constant-time lookups. */
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

/** Whether the relevant-pairs policy asks for evidence between two stack items. */
export function isPolicyPair(pairs: readonly PairRule[], a: Component, b: Component): boolean {
  const set = keys(pairs);
  const as = a.role ? [a.kind, `${a.kind}/${a.role}`] : [a.kind];
  const bs = b.role ? [b.kind, `${b.kind}/${b.role}`] : [b.kind];
  for (const x of as) for (const y of bs) if (set.has(`${x}|${y}`)) return true;
  return false;
}
