import type { Evidence, Kind, Role } from '../schema/constants.ts';
import type { Product, Release, VersionSet } from '../schema/product.ts';
import type { Version } from '../version/scheme.ts';
import type { Reason } from './reasons.ts';

export type { Reason, Ref, ReasonCode } from './reasons.ts';

export type Verdict = 'fits' | 'conflict' | 'unknown';
export type PairStatus = 'supported' | 'conflict' | 'unknown';
export type Lang = 'en' | 'zh';

/** Stable issue codes of a check. */
export type CheckIssueCode =
  | 'requirement-unmet'
  | 'requirement-missing'
  | 'known-conflict'
  | 'no-evidence'
  | 'arch-mismatch'
  | 'eol'
  | 'unknown-version'
  | 'not-listed'
  | 'depends-on-model';

/** One item of the stack as resolved against the data. */
export interface Component {
  /** What the user typed. */
  readonly input: string;
  readonly id: string;
  readonly kind: Kind;
  readonly role?: Role;
  /** Canonical version, or undefined when none was given. */
  readonly version?: string;
  readonly name: { readonly en: string; readonly zh: string };
  readonly vendor: string;
  /** Country code of the vendor: tells domestic from imported layers. */
  readonly origin?: string;
  /** When the version was given by another name of the release: that name and the source equating them. */
  readonly aka?: { readonly as: string; readonly sources: readonly string[] };
  /** Where the item was read, when it came from a file (`--from`) or an image tag rather than typed. */
  readonly from?: { readonly file?: string; readonly line?: number; readonly image?: string };
}

/** A component with what the engine needs internally. */
export interface ResolvedComponent extends Component {
  readonly product: Product;
  readonly parsed?: Version;
  readonly release?: Release;
  /**
   * For a point release the data reads as its release (`ubuntu@18.04.3`, release 18.04): that
   * release's version. A range that names other point releases of it leaves the item undecided
   * rather than out (see `satisfiesItem`).
   */
  readonly within?: Version;
  /** The version given is a version set of the product that the stack could not narrow to one member. */
  readonly versionSet?: VersionSet;
  /**
   * The version given is a range (`>=4.20.6`, as a README writes a driver it needs): the item is one
   * of the product's releases in it that the data lists, not known which (newest last).
   */
  readonly range?: { readonly text: string; readonly releases: readonly string[] };
}

export interface PairResult {
  /** `id@version`, or `id` for hardware and versionless items. */
  readonly a: string;
  readonly b: string;
  readonly status: PairStatus;
  /** Evidence level of the deciding fact (the weakest link when several agree). */
  readonly evidence?: Evidence;
  readonly sources: readonly string[];
  /** The reason, rendered in the language asked for. */
  readonly reason: string;
  /** The reason as data: a stable `code` and its parameters. */
  readonly params: Reason;
  /** `id@version` of the stack item a mediated pair meets through. */
  readonly via?: string;
}

export interface CheckIssue {
  readonly code: CheckIssueCode;
  readonly severity: 'error' | 'warning';
  /** The issue, rendered in the language asked for. */
  readonly message: string;
  /** `id@version` of the components involved, culprit first. */
  readonly components: readonly string[];
  readonly sources?: readonly string[];
  /** The issue as data: a stable reason `code` and its parameters. */
  readonly params: Reason;
}

export interface Change {
  readonly id: string;
  /** Version before; null when the item is added (or had no version). */
  readonly from: string | null;
  /** Version after; null when the item has no version. */
  readonly to: string | null;
}

export interface Fix {
  readonly changes: readonly Change[];
  readonly verdict: Verdict;
}

export interface CheckResult {
  readonly verdict: Verdict;
  /** CPU architecture of the stack, when only one is possible. */
  readonly arch?: string;
  /** Architectures the answer holds for: those the stack's items can all run on (absent: not limited). */
  readonly arches?: readonly string[];
  /** The day lifecycle answers refer to (YYYY-MM-DD). */
  readonly date: string;
  readonly components: readonly Component[];
  readonly pairs: readonly PairResult[];
  readonly issues: readonly CheckIssue[];
  readonly fixes: readonly Fix[];
}

export interface CheckOptions {
  /** Query date for end-of-life answers, YYYY-MM-DD; default today. */
  readonly date?: string;
  /** Language of messages; default English. */
  readonly lang?: Lang;
  /** Workload the stack is for, matched against rule scopes. */
  readonly workload?: 'training' | 'inference';
}
