import type { VersionKey } from './key.ts';

/** A parsed version. `upper` is set when the text names a series (`3.11`, `8.0`). */
export interface Version {
  readonly scheme: string;
  /** Canonical text, as stored in the data. */
  readonly text: string;
  /** Lowest key of the version or series. */
  readonly key: VersionKey;
  /** Exclusive upper key when the text names a series rather than one release. */
  readonly upper?: VersionKey;
  /**
   * Key of the public release when the text carries a local build label (PEP 440 `2.7.1+cpu`):
   * ranges that name no local label match it as that release.
   */
  readonly publicKey?: VersionKey;
  /** Whether the text carries a local build label. */
  readonly local?: boolean;
  /** A pre-release by the scheme's own marks (PEP 440 a/b/rc/dev, semver `-rc.1`, CANN `.alpha003`/`-beta.2`). */
  readonly pre?: boolean;
  /** Key of the final release a development build leads to (`2.5.1.dev20250218` -> 2.5.1). */
  readonly devOf?: VersionKey;
}

/** What each scheme module provides. */
export interface VersionScheme {
  readonly name: string;
  /** Short description for errors and docs. */
  readonly description: string;
  /** How many leading key elements name a maintenance line (releases of one line are dated in order). */
  readonly lineDepth: number;
  /** Valid examples, the first one shown in errors. */
  readonly examples: readonly string[];
  /** Parse forgiving input; return undefined when the text is not a version of this scheme. */
  parse(input: string): Version | undefined;
}

/** Builds the exclusive upper key of a series from its prefix: last element plus one. */
export function nextPrefix(prefix: readonly number[]): VersionKey {
  const out = prefix.slice();
  out[out.length - 1] = (out[out.length - 1] ?? 0) + 1;
  return out;
}
