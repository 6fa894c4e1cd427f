import { internalsOf, type Matrix } from '../data/matrix.ts';
import { isDomestic, isImported } from './origin.ts';
import { FOLDER_KINDS } from '../schema/constants.ts';
import { checkParsed } from './check.ts';
import { parseStack } from './parse-stack.ts';
import type { CheckOptions, Component, ResolvedComponent, Verdict } from './types.ts';

export interface MissingEvidence {
  readonly a: string;
  readonly b: string;
  readonly reason: string;
  /** Where the rule would go and the YAML a contributor would add under `rules:`. */
  readonly file: string;
  readonly snippet: string;
}

export interface Alternative {
  readonly replaces: string;
  /** `id@version` of the domestic product tried in its place. */
  readonly item: string;
  readonly verdict: Verdict;
}

export interface GapsResult {
  readonly verdict: Verdict;
  readonly missing: readonly MissingEvidence[];
  /** Components whose vendor is not of Chinese origin. */
  readonly imported: readonly Component[];
  readonly alternatives: readonly Alternative[];
}

const folderOf = (kind: string) => Object.entries(FOLDER_KINDS).find(([, kinds]) => kinds.includes(kind as never))?.[0] ?? 'frameworks';

function snippet(a: ResolvedComponent, b: ResolvedComponent): string {
  const target = b.version ? `"${b.version}"` : '"*"';
  return [
    `  - ${a.version ? `releases: "${a.version}"\n    ` : ''}supports: { ${b.id}: ${target} }`,
    '    evidence: vendor            # certified | vendor | tested | inferred',
    '    sources: ["https://..."]    # the page or file that says so',
  ].join('\n');
}

/**
 * Where a stack's evidence has holes: relevant pairs without evidence (each with the rule a
 * contributor would add), the imported layers, and domestic products that fit in their place.
 *
 * @example
 * gaps(loadMatrix(), ['ascend-910b', 'cann@8.0.0', 'ubuntu@22.04']).missing
 */
export function gaps(matrix: Matrix, items: readonly string[], options: CheckOptions = {}): GapsResult {
  const stack = parseStack(matrix, items);
  const result = checkParsed(matrix, stack, options);
  const byRef = new Map(stack.components.map((c) => [c.version ? `${c.id}@${c.version}` : c.id, c]));
  const missing: MissingEvidence[] = result.pairs
    .filter((p) => p.status === 'unknown')
    .map((p) => {
      const a = byRef.get(p.a)!;
      const b = byRef.get(p.b)!;
      return { a: p.a, b: p.b, reason: p.reason, file: `data/${folderOf(a.kind)}/${a.id}.yaml`, snippet: snippet(a, b) };
    });
  const imported = result.components.filter(isImported);
  const alternatives: Alternative[] = [];
  for (const imp of stack.components.filter(isImported)) {
    // The records as loaded: the public list would deep-freeze every product to read a few fields.
    const candidates = internalsOf(matrix).dataset.products.filter((p) => p.kind === imp.kind && p.role === imp.role && p.id !== imp.id && isDomestic(matrix.vendor(p.vendor)));
    for (const p of candidates) {
      const releases = matrix.releases(p.id);
      const tries = releases.length ? releases.slice(-5).reverse().map((r) => `${p.id}@${r.version}`) : [p.id];
      let best: Alternative | undefined;
      for (const item of tries) {
        const swapped = stack.components.map((c) => (c === imp ? item : c.version ? `${c.id}@${c.version}` : c.id));
        const verdict = checkParsed(matrix, parseStack(matrix, [...swapped, ...(stack.arch ? [stack.arch] : [])]), options).verdict;
        if (!best || (verdict === 'fits' && best.verdict !== 'fits') || (verdict === 'unknown' && best.verdict === 'conflict')) best = { replaces: imp.id, item, verdict };
        if (verdict === 'fits') break;
      }
      if (best) alternatives.push(best);
    }
  }
  const order = { fits: 0, unknown: 1, conflict: 2 } as const;
  alternatives.sort((x, y) => order[x.verdict] - order[y.verdict]);
  return { verdict: result.verdict, missing, imported, alternatives };
}
