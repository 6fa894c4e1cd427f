import type { PairRule } from '../schema/pairs.ts';
import type { Component } from './types.ts';

function matches(selector: string, c: Component): boolean {
  const [kind, role] = selector.split('/');
  return c.kind === kind && (!role || c.role === role);
}

/** Whether the relevant-pairs policy asks for evidence between two stack items. */
export function isPolicyPair(pairs: readonly PairRule[], a: Component, b: Component): boolean {
  return pairs.some((p) => (matches(p.a, a) && matches(p.b, b)) || (matches(p.a, b) && matches(p.b, a)));
}
