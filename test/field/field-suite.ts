/**
 * The field suite: stacks nobody here wrote, read from official images, vendor build files and user reports a
 * maintainer answered (test/field/*.yaml, one file per origin family). Loaded and checked here so the test and the
 * docs generator count the same thing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Matrix } from '../../src/data/matrix.ts';
import { evaluateFamilies, type Evaluation } from '../../src/engine/check.ts';
import { localizeCheck } from '../../src/engine/localize.ts';
import { readOptions } from '../../src/engine/options.ts';
import { parseStack } from '../../src/engine/parse-stack.ts';
import type { CheckResult } from '../../src/engine/types.ts';
import type { FieldCounts } from '../../src/report/render-docs.ts';

export const FIELD_DIR = dirname(fileURLToPath(import.meta.url));

/** Query date of every field check, so end-of-life answers do not move the counts from one day to the next. */
export const FIELD_DATE = '2026-11-28';

const FieldStackSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/),
  origin: z.string().regex(/^https:\/\/github\.com\/[^/]+\/[^/]+\/(blob\/[0-9a-f]{40}\/.+|issues\/\d+|pull\/\d+)$/),
  kind: z.enum(['shipped', 'mismatch']),
  items: z.array(z.string().min(1)).min(2),
  note: z.string().min(1),
});

const PinnedBlob = z.string().regex(/^https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/[0-9a-f]{40}\/.+$/);

const FieldFileSchema = z.strictObject({
  /**
   * Pages that list the very stacks of this file (a vendor's index of the images whose Dockerfiles are the origins).
   * A fit through one of them counts as a fit through the stack's own origin.
   */
  listedIn: z.array(PinnedBlob).min(1).optional(),
  /**
   * The vendor repository (`owner/name`) whose copy the origins are read from (CONTRIBUTING: a copy with the vendor's
   * history). A rule citing the same file in the vendor's own repository cites the stack's own origin.
   */
  copies: z.string().regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/).optional(),
  stacks: z.array(FieldStackSchema).min(1),
});

/** A stack with its family (the file name) and the pages it was read from or is listed in (see fitsThroughOwnOrigin). */
export type FieldStack = z.infer<typeof FieldStackSchema> & {
  readonly family: string;
  readonly listedIn?: readonly string[];
  /** The vendor repository the origins copy, if they are read from a copy. */
  readonly copies?: string;
  /** The origins of the other stacks of its family (see fitsThroughOwnOrigin). */
  readonly siblings?: readonly string[];
};

export interface FieldRun {
  readonly stack: FieldStack;
  readonly result: CheckResult;
  /** The check before rendering: which statements each supported pair rests on. */
  readonly evaluation?: Evaluation;
}

/** Every stack of every YAML file in the folder; the family is the file name. Throws on a malformed file. */
export function loadFieldStacks(dir = FIELD_DIR): FieldStack[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  const stacks = files.flatMap((file) => {
    const parsed = FieldFileSchema.safeParse(parse(readFileSync(join(dir, file), 'utf8')));
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    const { listedIn, copies } = parsed.data;
    const origins = [...new Set(parsed.data.stacks.map((s) => s.origin))];
    return parsed.data.stacks.map((s) => {
      const siblings = origins.filter((o) => o !== s.origin);
      return { ...s, family: basename(file, '.yaml'), ...(listedIn && { listedIn }), ...(copies && { copies }), ...(siblings.length > 0 && { siblings }) };
    });
  });
  const seen = new Set<string>();
  for (const s of stacks) {
    if (seen.has(s.id)) throw new Error(`duplicate field stack id ${s.id}`);
    seen.add(s.id);
  }
  return stacks;
}

/** Checks every field stack against the data on FIELD_DATE. */
export function runFieldSuite(m: Matrix, stacks: readonly FieldStack[] = loadFieldStacks()): FieldRun[] {
  const opts = readOptions({ date: FIELD_DATE });
  // What `check` does, keeping the evaluation it renders from.
  return stacks.map((stack) => {
    const evaluation = evaluateFamilies(m, parseStack(m, stack.items), opts);
    return { stack, result: localizeCheck(evaluation, opts.lang), evaluation };
  });
}

/** A page as the same file at any commit: `owner/repo/path` for a GitHub blob URL, else the URL itself. */
export function pageOf(url: string): string {
  const m = /^https:\/\/github\.com\/([^/]+)\/([^/]+)\/blob\/[^/]+\/(.+)$/.exec(url);
  return m ? `${m[1]}/${m[2]}/${m[3]}`.toLowerCase() : url;
}

/**
 * Whether a fitting stack fits through a fact read from its own family of origins: some supported pair of it rests
 * only on statements that cite the very file the stack was read from, the file of another stack of the same family
 * (read from the same place in the same way, so no second opinion), or a page its family file says lists the same
 * stacks (`listedIn`: a vendor's image list used both as data and as the index of the field stacks), or any of these
 * files in the vendor repository the origins copy (`copies`). Such a fit shows
 * the data was read as written, not that it agrees with a stack it did not come from, so the counts keep it apart. A
 * statement citing one of those pages among others counts as resting on it: a rule's sources need not each state
 * every pair the rule names, so the count errs towards fewer independent fits. Because a sibling's file counts as
 * the origin too, merging two statements of one claim from two stacks of a family into one rule (as lint asks) does
 * not change the count. A pair that another statement supports without those pages does not rest on them, and
 * neither does a pair the fit does not need (an unknown pair nothing asks for).
 */
export function fitsThroughOwnOrigin(run: FieldRun): boolean {
  if (run.result.verdict !== 'fits') return false;
  const pages = [run.stack.origin, ...(run.stack.listedIn ?? []), ...(run.stack.siblings ?? [])].map(pageOf);
  const own = new Set(pages);
  if (run.stack.copies) {
    // The same files in the repository the origin's repository copies.
    const copy = pages[0]!.split('/').slice(0, 2).join('/');
    for (const p of pages) if (p.startsWith(`${copy}/`)) own.add(`${run.stack.copies.toLowerCase()}${p.slice(copy.length)}`);
  }
  const cites = (sources: readonly string[]) => sources.some((url) => own.has(pageOf(url)));
  const pairs = run.evaluation?.pairs ?? run.result.pairs;
  return pairs.some((p) => p.status === 'supported' && ('statements' in p && p.statements ? p.statements : [p]).every((s) => cites(s.sources)));
}

/** Stacks per kind and verdict, for docs/stats.md. */
export function countField(runs: readonly FieldRun[]): FieldCounts {
  const of = (kind: FieldStack['kind'], verdict?: CheckResult['verdict']) =>
    runs.filter((r) => r.stack.kind === kind && (!verdict || r.result.verdict === verdict)).length;
  const blocking = new Map<string, number>();
  for (const r of runs) {
    if (r.stack.kind !== 'shipped' || r.result.verdict !== 'unknown') continue;
    const seen = new Set<string>();
    for (const i of r.result.issues) {
      if (i.code === 'eol' || i.code === 'unknown-version' || i.code === 'depends-on-model') continue;
      const what = `${i.code} (${i.params.code}): ${i.components.map((c) => c.split('@')[0]).join(' x ')}`;
      if (!seen.has(what)) blocking.set(what, (blocking.get(what) ?? 0) + 1);
      seen.add(what);
    }
  }
  return {
    blocking: [...blocking].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([what, stacks]) => ({ what, stacks })),
    families: new Set(runs.map((r) => r.stack.family)).size,
    shipped: { total: of('shipped'), fits: of('shipped', 'fits'), fitsOwnOrigin: runs.filter((r) => r.stack.kind === 'shipped' && fitsThroughOwnOrigin(r)).length, unknown: of('shipped', 'unknown'), conflict: of('shipped', 'conflict') },
    mismatch: { total: of('mismatch'), conflict: of('mismatch', 'conflict'), other: of('mismatch') - of('mismatch', 'conflict') },
  };
}
