import { KINDS, ROLES, type Kind, type Role } from '../schema/constants.ts';

/** A layer named as `kind` or `kind/role` (`os`, `framework/adapter`). */
export interface Selector {
  readonly kind: Kind;
  readonly role?: Role;
}

const cache = new Map<string, Selector | null>();

/**
 * Reads `kind` or `kind/role`, case-insensitively; undefined when it is not one. The one place a
 * selector is parsed (pairs policy, closed lists, solve layers, matrix axes).
 *
 * @example
 * parseSelector('framework/adapter') // { kind: 'framework', role: 'adapter' }
 */
export function parseSelector(text: string): Selector | undefined {
  let hit = cache.get(text);
  if (hit === undefined) {
    const [kind, role, extra] = text.trim().toLowerCase().split('/');
    const ok = extra === undefined && (KINDS as readonly string[]).includes(kind!) && (role === undefined || (ROLES as readonly string[]).includes(role));
    hit = ok ? { kind: kind as Kind, ...(role ? { role: role as Role } : {}) } : null;
    if (cache.size < 1000) cache.set(text, hit);
  }
  return hit ?? undefined;
}

/** Whether a product (kind and role) is of the layer a selector names. */
export function selects(selector: Selector | string, p: { readonly kind: string; readonly role?: string | undefined }): boolean {
  const s = typeof selector === 'string' ? parseSelector(selector) : selector;
  return Boolean(s) && p.kind === s!.kind && (!s!.role || p.role === s!.role);
}

/** Every selector a product answers to: its kind, and kind/role when it has a role. */
export function selectorsOf(p: { readonly kind: string; readonly role?: string | undefined }): readonly string[] {
  return p.role ? [p.kind, `${p.kind}/${p.role}`] : [p.kind];
}
