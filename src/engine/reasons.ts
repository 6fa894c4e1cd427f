import type { Evidence } from '../schema/constants.ts';

/*
 * Reasons are data. Every pair outcome, issue, fix and explanation step is one of the values below:
 * a stable `code` and its parameters (products, versions, ranges, evidence, sources). The engine
 * builds no sentence; `report/locales/` renders each code in English and Chinese, and a type-level
 * map from code to renderer makes a missing translation a compile error.
 */

/** A product as a reason names it: id, version if any, and its names for rendering. */
export interface Ref {
  readonly id: string;
  readonly version?: string;
  readonly name: { readonly en: string; readonly zh: string };
}

/** What a statement in the data cites. */
interface Cited {
  readonly sources: readonly string[];
}

export type Reason =
  /** `from` requires `to` in `allowed`; `given` is the version the stack has when it is outside. */
  | ({ readonly code: 'requires'; readonly from: Ref; readonly to: Ref; readonly allowed: string; readonly given?: string } & Cited)
  /** `from` names `to` only in `allowed`; versions are needed to decide. */
  | ({ readonly code: 'needs-version'; readonly from: Ref; readonly to: Ref; readonly allowed: string } & Cited)
  /** A known conflict stated by `from`. */
  | ({ readonly code: 'conflicts'; readonly from: Ref; readonly to: Ref; readonly allowed: string } & Cited)
  /** `from` is known to work with `to`. */
  | ({ readonly code: 'supports'; readonly from: Ref; readonly to: Ref } & Cited)
  /**
   * `from` was given as a series (`maca@3.7`, `cann@8.0`) and what the data says of it and `to`
   * covers only some releases of that series (`releases`, the statement's own range, where it has one).
   * `allowed` is set when that statement names other versions of `to` than the one given (it then
   * says nothing positive about this pair).
   */
  | ({ readonly code: 'partly-covered'; readonly from: Ref; readonly to: Ref; readonly releases?: string; readonly allowed?: string } & Cited)
  /** An open list names `to` only in `allowed`, not at the version given. */
  | ({ readonly code: 'not-listed'; readonly from: Ref; readonly to: Ref; readonly allowed: string } & Cited)
  /** A closed list of `kind` (the whole list, as the vendor words it) does not name `to`. */
  | ({ readonly code: 'closed-list'; readonly from: Ref; readonly to: Ref; readonly kind: string; readonly listed: readonly Ref[]; readonly wording?: string } & Cited)
  /** A vendor table lists `a` with `b` in one row. */
  | ({ readonly code: 'table-row'; readonly table: string; readonly a: Ref; readonly b: Ref } & Cited)
  /** `from` runs on these architectures, which include the stack's. */
  | ({ readonly code: 'arch-ok'; readonly from: Ref; readonly arches: readonly string[] } & Cited)
  /** `from` runs only on `arches`; the stack is `arch`. */
  | ({ readonly code: 'arch-bad'; readonly from: Ref; readonly arches: readonly string[]; readonly arch: string } & Cited)
  /** Two items (or architecture items) share no architecture. */
  | ({ readonly code: 'arch-disjoint'; readonly a: Ref; readonly aArches: readonly string[]; readonly b: Ref; readonly bArches: readonly string[] } & Cited)
  /** The stack names two architectures: it runs on one. */
  | { readonly code: 'two-arches'; readonly arches: readonly string[] }
  /** A development build of a release that a statement names: not decided either way. */
  | ({ readonly code: 'dev-build'; readonly from: Ref; readonly to: Ref; readonly release: string; readonly allowed: string } & Cited)
  /** What the data says holds only in a scope the stack does not settle. */
  | { readonly code: 'needs-scope'; readonly a: Ref; readonly b: Ref; readonly scopes: readonly ('arch' | 'workload' | 'accelerator')[] }
  /** The answer differs between the architectures the stack can still run on. */
  | { readonly code: 'depends-on-arch'; readonly a: Ref; readonly b: Ref; readonly byArch: readonly { readonly arch: string; readonly status: 'supported' | 'conflict' | 'unknown' }[] }
  /** The pair is linked through an item of the stack that works with both. */
  | ({ readonly code: 'mediated'; readonly a: Ref; readonly b: Ref; readonly via: Ref } & Cited)
  /** Nothing in the data about the pair. */
  | { readonly code: 'no-evidence'; readonly a: Ref; readonly b: Ref }
  /** Nothing links this item to the rest of the stack. */
  | { readonly code: 'unlinked'; readonly item: Ref }
  /** A stack of one item: nothing to check it against. */
  | { readonly code: 'alone'; readonly item: Ref }
  /** `from` requires `to` and the stack has no `to`. */
  | ({ readonly code: 'missing'; readonly from: Ref; readonly to: Ref; readonly allowed: string } & Cited)
  /** A chain of requirements through products the stack lacks, ending at an item it has. */
  | ({ readonly code: 'chain'; readonly steps: readonly Reason[]; readonly given: Ref } & Cited)
  /** Past end of life on the query date. */
  | ({ readonly code: 'eol'; readonly item: Ref; readonly eol: string; readonly date: string } & Cited)
  /**
   * A version the data does not list; the nearest releases it does. `set` when the version is a
   * version set of the product (one release per version of `by`) that the stack did not narrow to
   * one member: no `by` item, or none (`given`) that exactly one member is for.
   */
  | { readonly code: 'unknown-version'; readonly item: Ref; readonly nearest: readonly string[]; readonly covered: boolean; readonly set?: VersionSetRef }
  /** A version named by another name of the same release, where a source says so. */
  | ({ readonly code: 'same-release'; readonly item: Ref; readonly as: string } & Cited)
  /** A stack naming a family: the answer per member. */
  | { readonly code: 'depends-on-model'; readonly family: Ref; readonly byMember: readonly { readonly member: Ref; readonly verdict: 'fits' | 'conflict' | 'unknown' }[] }
  /**
   * A version set the stack did not narrow to one member (`item`, one release per version of `by`)
   * and an item every member works with: the set works with it.
   */
  | ({ readonly code: 'every-member'; readonly item: Ref; readonly other: Ref; readonly by: Ref; readonly members: readonly string[] } & Cited)
  /**
   * An item given as a range (`item`, whose version is the range as typed) and an item every
   * release of it the data lists in that range works with: the range works with it.
   */
  | ({ readonly code: 'every-in-range'; readonly item: Ref; readonly other: Ref; readonly members: readonly string[] } & Cited)
  /**
   * An item given as a range and an item only some releases of it the data lists in that range work
   * with (newest first): which do (`works`), which do not (`fails`), which nothing is known of, and,
   * when `other` is a range too, which work with only some of its releases (`depends`).
   */
  | ({ readonly code: 'some-in-range'; readonly item: Ref; readonly other: Ref; readonly works: readonly string[]; readonly fails: readonly string[]; readonly open: readonly string[]; readonly depends?: readonly string[] } & Cited)
  /** A family whose members all give the same answer. */
  | { readonly code: 'every-model'; readonly family: Ref; readonly members: readonly Ref[]; readonly verdict: 'fits' | 'conflict' | 'unknown' }
  /** solve: releases of `product` that work with `with` (or none). */
  | ({ readonly code: 'candidates'; readonly product: Ref; readonly with: Ref; readonly versions: readonly string[]; readonly total: number } & Cited)
  /** solve: a pinned or given item leaves no candidate of a layer. */
  | { readonly code: 'nothing-left'; readonly product: Ref; readonly because: readonly Ref[] }
  /** solve: every open layer has candidates, but no combination of them fits. */
  | { readonly code: 'no-combination'; readonly layers: readonly Ref[] }
  /** solve: the search stopped at its budget before an answer. */
  | { readonly code: 'budget'; readonly explored: number }
  /** solve/fix: a pin keeps an item that every answer would have to change. */
  | { readonly code: 'pinned'; readonly item: Ref };

export type ReasonCode = Reason['code'];

/** The reason of one code, for renderers. */
export type ReasonOf<C extends ReasonCode> = Extract<Reason, { code: C }>;

/** The evidence behind a pair or a step: level and sources. */
export interface Evidenced {
  readonly evidence?: Evidence;
  readonly sources: readonly string[];
}

/** A version set as a reason names it: its members and the product whose version picks one. */
export interface VersionSetRef {
  readonly version: string;
  readonly by: Ref;
  readonly members: readonly { readonly release: string; readonly with: string }[];
  /** The version of `by` the stack gives; empty when it names `by` without a version; absent when it does not name it. */
  readonly given?: string;
  readonly sources: readonly string[];
}
