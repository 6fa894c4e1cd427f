import type { Matrix } from '../data/matrix.ts';
import type { Evidence } from '../schema/constants.ts';
import type { Rule } from '../schema/rule.ts';
import type { Table } from '../schema/table.ts';
import { parseRange, type Range } from '../version/range.ts';

/** A rule with its ranges parsed once. */
export interface CompiledRule {
  readonly rule: Rule;
  readonly releases: Range | undefined;
  readonly targets: readonly { readonly relation: 'requires' | 'supports' | 'conflicts'; readonly id: string; readonly range: Range | undefined; readonly text: string }[];
}

export interface CompiledTable {
  readonly table: Table;
  /** Product id per column (undefined for label columns). */
  readonly products: readonly (string | undefined)[];
  readonly relations: readonly ('requires' | 'supports' | undefined)[];
  /** Parsed cells of one column by row, undefined for empty and label cells (parsed on first use). */
  column(col: number): readonly (Range | undefined)[];
  readonly evidence: Evidence;
  /** Index of the `{source: true}` column, or -1: the page each row was copied from. */
  readonly sourceColumn: number;
  /** Rows whose key cell admits a key version (yes) or may (maybe), by version text. */
  readonly keyRows: Map<string, { readonly yes: readonly number[]; readonly maybe: readonly number[] }>;
  /** Joined cell texts per column and key version (explanations). */
  readonly allowed: Map<string, string>;
}

export interface Compiled {
  readonly rules: ReadonlyMap<string, readonly CompiledRule[]>;
  /** Rules of a product that name a target, with that target: `from -> to -> [rule, target]`. */
  readonly byTarget: ReadonlyMap<string, ReadonlyMap<string, readonly (readonly [CompiledRule, CompiledRule['targets'][number]])[]>>;
  readonly tables: ReadonlyMap<string, CompiledTable>;
  /** Products each product's rules or tables mention, for quick pair lookups. */
  readonly mentions: ReadonlyMap<string, ReadonlySet<string>>;
}

const cache = new WeakMap<Matrix, Compiled>();

/** Ranges are parsed with the target product's scheme; hardware (no scheme) takes only `*`. */
function rangeFor(matrix: Matrix, id: string, text: string): Range | undefined {
  const scheme = matrix.product(id)?.scheme;
  if (!scheme) return text.trim() === '*' ? { scheme: 'none', text, intervals: [{ loInclusive: false, hiInclusive: false }], versions: [] } : undefined;
  return parseRange(scheme, text);
}

/** A value computed on first read, then kept. */
function lazy<T>(make: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = make();
      done = true;
    }
    return value;
  };
}

/**
 * Indexes every rule and table of a matrix once (cached per matrix). Ranges are parsed on first
 * use: a process that checks one stack parses only the ranges that stack touches.
 */
export function compile(matrix: Matrix): Compiled {
  const hit = cache.get(matrix);
  if (hit) return hit;
  const rules = new Map<string, CompiledRule[]>();
  const mentions = new Map<string, Set<string>>();
  const mention = (a: string, b: string) => {
    if (!mentions.has(a)) mentions.set(a, new Set());
    if (!mentions.has(b)) mentions.set(b, new Set());
    mentions.get(a)!.add(b);
    mentions.get(b)!.add(a);
  };
  for (const p of matrix.products) {
    const list: CompiledRule[] = [];
    for (const rule of p.rules ?? []) {
      const targets: CompiledRule['targets'][number][] = [];
      for (const relation of ['requires', 'supports', 'conflicts'] as const) {
        for (const [id, text] of Object.entries(rule[relation] ?? {})) {
          const range = lazy(() => rangeFor(matrix, id, text));
          targets.push({
            relation,
            id,
            text,
            get range() {
              return range();
            },
          });
          mention(p.id, id);
        }
      }
      const own = rule.releases;
      const releases = lazy(() => (own !== undefined ? rangeFor(matrix, p.id, own) : undefined));
      list.push({
        rule,
        targets,
        get releases() {
          return releases();
        },
      });
    }
    rules.set(p.id, list);
  }
  const tables = new Map<string, CompiledTable>();
  for (const t of matrix.tables) {
    const products = t.columns.map((c) => ('product' in c ? c.product : undefined));
    const relations = t.columns.map((c, i) => (i === 0 || !('product' in c) ? undefined : (c.relation ?? 'supports')));
    const columns = products.map((id, i) => lazy(() => t.rows.map((row) => (row[i] !== null && row[i] !== undefined && id ? rangeFor(matrix, id, row[i]) : undefined))));
    const ids = products.filter((x): x is string => Boolean(x));
    for (const a of ids) for (const b of ids) if (a !== b) mention(a, b);
    tables.set(t.id, { table: t, products, relations, column: (col) => columns[col]?.() ?? [], evidence: t.evidence, sourceColumn: t.columns.findIndex((c) => 'source' in c), keyRows: new Map(), allowed: new Map() });
  }
  const byTarget = new Map<string, Map<string, (readonly [CompiledRule, CompiledRule['targets'][number]])[]>>();
  for (const [from, list] of rules) {
    const m = new Map<string, (readonly [CompiledRule, CompiledRule['targets'][number]])[]>();
    for (const cr of list) for (const t of cr.targets) m.set(t.id, [...(m.get(t.id) ?? []), [cr, t] as const]);
    byTarget.set(from, m);
  }
  const compiled: Compiled = { rules, byTarget, tables, mentions };
  cache.set(matrix, compiled);
  return compiled;
}
