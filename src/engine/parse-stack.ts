import type { Matrix } from '../data/matrix.ts';
import { MAX_NAME_LENGTH, normalizeName } from '../data/normalize-name.ts';
import { StackfitError, type Issue } from '../errors.ts';
import { ARCHES, WORKLOADS } from '../schema/constants.ts';
import { compareKeys } from '../version/key.ts';
import { intersect, isEmpty, versionInterval } from '../version/interval.ts';
import { MAX_VERSION_LENGTH } from '../version/limits.ts';
import { SCHEMES } from '../version/schemes/index.ts';
import type { ResolvedComponent } from './types.ts';
import { memoFor } from './memo.ts';

/** Longest stack accepted. */
export const MAX_STACK_ITEMS = 64;

/** Architecture names people type, mapped to the Linux names the data uses. */
const ARCH_WORDS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(ARCHES.map((a) => [normalizeName(a), a])),
  arm64: 'aarch64',
  armv8: 'aarch64',
  amd64: 'x86_64',
  x8664: 'x86_64',
  x64: 'x86_64',
  loong64: 'loongarch64',
  sw64: 'sw_64',
};

export interface ParsedStack {
  readonly components: ResolvedComponent[];
  /** Architecture named as an item (`aarch64`), if any. */
  readonly arch?: string;
  readonly workload?: 'training' | 'inference';
}

function fail(issue: Omit<Issue, 'severity'>): never {
  throw new StackfitError({ ...issue, severity: 'error' });
}

function visible(text: string): string {
  const cut = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return cut.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}

/**
 * Reads stack items (`name[@version]`, an architecture such as `aarch64`, or a workload such as
 * `training`) against the data. Throws a StackfitError for an unknown name (with close names), a
 * version that is not valid for the product, or a product given twice.
 *
 * @example
 * parseStack(loadMatrix(), ['ascend-910b', 'cann@8.0.rc3'])
 */
export function parseStack(matrix: Matrix, items: readonly string[]): ParsedStack {
  if (items.length > MAX_STACK_ITEMS) fail({ code: 'bad-input', message: `a stack has at most ${MAX_STACK_ITEMS} items (got ${items.length})` });
  const components: ResolvedComponent[] = [];
  let arch: string | undefined;
  let workload: 'training' | 'inference' | undefined;
  for (const raw of items) {
    const item = parseItem(matrix, String(raw));
    if (item.arch) arch = item.arch;
    else if (item.workload) workload = item.workload;
    else if (item.component) {
      const c = item.component;
      if (components.some((x) => x.id === c.id)) fail({ code: 'duplicate-item', message: `"${c.id}" is given twice`, hint: 'Give each product once.' });
      components.push(c);
    }
  }
  return { components, ...(arch ? { arch } : {}), ...(workload ? { workload } : {}) };
}

interface ParsedItem {
  readonly arch?: string;
  readonly workload?: 'training' | 'inference';
  readonly component?: ResolvedComponent;
}

/** Reads one item; items that read are memoized per matrix (items that fail throw each time). */
function parseItem(matrix: Matrix, input: string): ParsedItem {
  const memo = memoFor<ParsedItem>(matrix, 'item');
  const hit = memo.get(input);
  if (hit) return hit;
  if (input.length > MAX_NAME_LENGTH + MAX_VERSION_LENGTH + 1) {
    fail({ code: 'bad-input', message: `item "${visible(input)}" is longer than ${MAX_NAME_LENGTH + MAX_VERSION_LENGTH + 1} characters` });
  }
  const at = input.lastIndexOf('@');
  const name = (at >= 0 ? input.slice(0, at) : input).trim();
  const versionText = at >= 0 ? input.slice(at + 1).trim() : undefined;
  if (!name) fail({ code: 'bad-input', message: `item "${visible(input)}" has no name; expected name or name@version` });
  // Architecture and workload words are ASCII: a cheap fold is enough (NFKC is costly).
  const word = name.toLowerCase().replace(/[\s\-_.]+/g, '');
  if (versionText === undefined && ARCH_WORDS[word]) {
    return memo.set(input, { arch: ARCH_WORDS[word] });
  }
  if (versionText === undefined && (WORKLOADS as readonly string[]).includes(word)) {
    return memo.set(input, { workload: word as 'training' | 'inference' });
  }
  const found = matrix.resolve(name);
  if (!found.ok) {
    fail({
      code: 'unknown-name',
      message: `unknown product "${visible(name)}"`,
      ...(found.suggestions.length ? { hint: `Did you mean ${found.suggestions.join(' or ')}?` } : { hint: 'Try `stackfit search`.' }),
    });
  }
  const product = found.product;
  const vendor = matrix.vendor(product.vendor);
  const base = { input, id: product.id, kind: product.kind, name: product.name, vendor: product.vendor, product, ...(product.role ? { role: product.role } : {}), ...(vendor?.origin ? { origin: vendor.origin } : {}) };
  if (versionText === undefined || versionText === '') {
    return memo.set(input, { component: Object.freeze(base) });
  }
  const scheme = product.scheme ? SCHEMES[product.scheme] : undefined;
  if (!scheme) fail({ code: 'bad-version', message: `"${product.id}" has no versions; give it without @${visible(versionText)}` });
  const parsed = versionText.length <= MAX_VERSION_LENGTH ? scheme.parse(versionText) : undefined;
  if (!parsed) {
    const known = matrix.releases(product.id).slice(-3).map((r) => r.version);
    fail({
      code: 'bad-version',
      message: `"${visible(versionText)}" is not a ${scheme.name} version of ${product.id}`,
      hint: `For example ${known.length ? known.map((k) => `"${k}"`).join(', ') : `"${scheme.examples[0]}"`}.`,
    });
  }
  // Prefer the exact release; else the release (series) that contains it.
  const releases = matrix.parsedReleases(product.id);
  let match = releases.find((r) => compareKeys(r.version.key, parsed.key) === 0 && Boolean(r.version.upper) === Boolean(parsed.upper));
  if (!match && !parsed.upper) match = releases.find((r) => r.version.upper !== undefined && !isEmpty(intersect(versionInterval(r.version), versionInterval(parsed))));
  const release = match?.release;
  const version = match && !match.version.upper ? match.release.version : parsed.text;
  return memo.set(input, { component: Object.freeze({ ...base, version, parsed, ...(release ? { release } : {}) }) });
}
