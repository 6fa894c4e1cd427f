import { internalsOf, type Matrix } from '../data/matrix.ts';
import { sealDeep } from '../data/deep-freeze.ts';
import { suggestionHint } from '../data/did-you-mean.ts';
import { MAX_NAME_LENGTH, foldVersionName, normalizeName } from '../data/normalize-name.ts';
import { StackfitError, type Issue } from '../errors.ts';
import { ARCHES, WORKLOADS } from '../schema/constants.ts';
import { compareKeys } from '../version/key.ts';
import { intersect, isEmpty, versionInterval } from '../version/interval.ts';
import { MAX_VERSION_LENGTH } from '../version/limits.ts';
import { SCHEMES } from '../version/schemes/index.ts';
import type { ResolvedComponent } from './types.ts';
import { memoFor } from './memo.ts';
import { readItemForm, readVersionForm } from './forms.ts';
import type { Product, Release, VersionSet } from '../schema/product.ts';
import { cachedRange } from './range-cache.ts';
import { parseRange, satisfies, type Range } from '../version/range.ts';
import type { Version, VersionScheme } from '../version/scheme.ts';

/** Longest stack accepted. */
export const MAX_STACK_ITEMS = 64;

/** Architecture names people type, mapped to the Linux names the data uses. */
const ARCH_WORDS: ReadonlyMap<string, string> = new Map([
  ...ARCHES.map((a) => [normalizeName(a), a] as const),
  ['arm64', 'aarch64'],
  ['armv8', 'aarch64'],
  ['amd64', 'x86_64'],
  ['x8664', 'x86_64'],
  ['x64', 'x86_64'],
  ['loong64', 'loongarch64'],
  ['sw64', 'sw_64'],
]);

export interface ParsedStack {
  readonly components: ResolvedComponent[];
  /** Architecture named as an item (`aarch64`), if any: the first one. */
  readonly arch?: string;
  /** Every architecture named as an item, when there are several (a conflict for check). */
  readonly arches?: readonly string[];
  readonly workload?: 'training' | 'inference';
}

function fail(issue: Omit<Issue, 'severity'>): never {
  throw new StackfitError({ ...issue, severity: 'error' });
}

function visible(text: string): string {
  const cut = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return cut.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}

/** Reads stack items (see `parseStackSealed`, which the package exports as `parseStack`); the engine's own records stay frozen shallowly. */
export function parseStack(matrix: Matrix, items: readonly string[]): ParsedStack {
  assertItems(items);
  if (items.length > MAX_STACK_ITEMS) fail({ code: 'bad-input', message: `a stack has at most ${MAX_STACK_ITEMS} items (got ${items.length})` });
  const components: ResolvedComponent[] = [];
  let arch: string | undefined;
  const arches: string[] = [];
  let workload: 'training' | 'inference' | undefined;
  for (const raw of items) {
    const item = parseItem(matrix, raw);
    if (item.arch) {
      arch ??= item.arch;
      if (!arches.includes(item.arch)) arches.push(item.arch);
    } else if (item.workload) {
      if (workload && workload !== item.workload) fail({ code: 'bad-input', message: `the stack names two workloads, ${workload} and ${item.workload}`, hint: 'Give one workload (training or inference).' });
      workload = item.workload;
    }
    else if (item.component) {
      const c = item.component;
      if (components.some((x) => x.id === c.id)) fail({ code: 'duplicate-item', message: `"${c.id}" is given twice`, hint: 'Give each product once.' });
      components.push(c);
    }
  }
  // A version set (a product version naming one release per version of another product) becomes
  // its member for that product's version in the stack, where exactly one member is for it.
  for (let i = 0; i < components.length; i++) {
    const c = components[i]!;
    const member = c.versionSet ? memberFor(c.versionSet, components) : undefined;
    if (member) components[i] = memberComponent(matrix, c, member.release, c.versionSet!.version, c.versionSet!.sources);
  }
  return { components, ...(arch ? { arch } : {}), ...(arches.length > 1 ? { arches } : {}), ...(workload ? { workload } : {}) };
}

/** A release as an item of its own, shown as the version the item was given (`as`: a version set or a range) and typed as the item was. */
function memberComponent(matrix: Matrix, c: ResolvedComponent, release: string, as: string, sources: readonly string[]): ResolvedComponent {
  const inner = parseItem(matrix, `${c.id}@${release}`).component!;
  return Object.freeze({ ...inner, input: c.input, aka: { as, sources } });
}

/**
 * Every release an item may be, each as an item of its own and newest first: the members of a
 * version set the stack did not narrow to one, or the releases in a range the item was given as
 * (undefined for any other item). A pair that holds alike for every member holds for the item.
 */
export function setMembers(matrix: Matrix, c: ResolvedComponent): readonly ResolvedComponent[] | undefined {
  if (c.release || (!c.versionSet && !c.range)) return undefined;
  // Made once per item: a check asks for them once per pair, and the same member objects let the
  // engine's pair memos (keyed by item) serve every pair.
  let members = membersMade.get(c);
  if (!members) {
    const set = c.versionSet;
    const made = set ? set.members.map((m) => memberComponent(matrix, c, m.release, set.version, set.sources)) : c.range!.releases.map((r) => memberComponent(matrix, c, r, c.range!.text, []));
    members = made.sort((x, y) => (x.parsed && y.parsed ? compareKeys(y.parsed.key, x.parsed.key) : 0));
    membersMade.set(c, Object.freeze(members));
  }
  return members;
}

/** Members of each unnarrowed version-set item (items are made once per matrix and input). */
const membersMade = new WeakMap<ResolvedComponent, readonly ResolvedComponent[]>();

/** The one member of a version set that is for the version the stack gives its `by` product; undefined when none or several are. */
function memberFor(set: VersionSet, components: readonly ResolvedComponent[]): VersionSet['members'][number] | undefined {
  const by = components.find((x) => x.id === set.by);
  const scheme = by?.product.scheme;
  if (!by?.parsed || !scheme) return undefined;
  const fit = set.members.filter((m) => {
    const range = cachedRange(scheme, m.with);
    return range !== undefined && satisfies(range, by.parsed) === 'yes';
  });
  return fit.length === 1 ? fit[0] : undefined;
}

/** The version set of a product that a version text names (compared as `aka` names are). */
function versionSetNamed(product: Product, text: string): VersionSet | undefined {
  const sets = product.versionSets;
  if (!sets) return undefined;
  const want = foldVersionName(text);
  return sets.find((set) => foldVersionName(set.version) === want);
}

/** The release a text names through its `aka` list, compared case- and separator-insensitively. */
function akaRelease(product: Product, scheme: VersionScheme, text: string): { release: Release; parsed: Version; sources: readonly string[] } | undefined {
  const want = foldVersionName(text);
  // Only the release named is parsed: a process that checks one stack should not parse every release.
  for (const release of product.releases ?? []) {
    for (const a of release.aka ?? []) {
      if (foldVersionName(a.version) !== want) continue;
      const parsed = scheme.parse(release.version);
      if (parsed) return { release, parsed, sources: a.sources };
    }
  }
  return undefined;
}

/** Stack items must be an array of strings: a string alone would be read letter by letter. */
export function assertItems(items: unknown): asserts items is readonly string[] {
  if (!Array.isArray(items)) {
    fail({ code: 'bad-input', message: `a stack is an array of items such as ["ascend-910b", "cann@8.0.0"] (got ${items === null ? 'null' : typeof items})` });
  }
  items.forEach((item, i) => {
    if (typeof item !== 'string') fail({ code: 'bad-input', message: `stack item ${i} is ${item === null ? 'null' : typeof item}; expected a string such as "cann@8.0.0"` });
  });
}

interface ParsedItem {
  readonly arch?: string;
  readonly workload?: 'training' | 'inference';
  readonly component?: ResolvedComponent;
}

/** The item another form reads as (see forms.ts), with what the user typed kept as its input. */
function viaForm(matrix: Matrix, input: string, meant: string): ParsedItem {
  const inner = parseItem(matrix, meant, true);
  return inner.component ? { component: Object.freeze({ ...inner.component, input }) } : inner;
}

/** Reads one item; items that read are memoized per matrix (items that fail throw each time). */
function parseItem(matrix: Matrix, input: string, viaFormAlready = false): ParsedItem {
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
  const archWord = versionText === undefined ? ARCH_WORDS.get(word) : undefined;
  if (archWord) return memo.set(input, { arch: archWord });
  if (versionText === undefined && (WORKLOADS as readonly string[]).includes(word)) {
    return memo.set(input, { workload: word as 'training' | 'inference' });
  }
  const found = internalsOf(matrix).resolve(name);
  // A form the data lists (a printed model name, a tool and its version) reads the whole item.
  const formItem = !found.ok && !viaFormAlready ? readItemForm(matrix, input) : undefined;
  if (formItem && formItem !== input) return memo.set(input, viaForm(matrix, input, formItem));
  if (!found.ok && found.vendor) {
    const shown = found.suggestions.slice(0, 12);
    fail({
      code: 'ambiguous-name',
      message: `"${visible(name)}" is a vendor with ${found.suggestions.length} products`,
      hint: `Name one: ${shown.join(', ')}${found.suggestions.length > shown.length ? ', …' : ''}.`,
    });
  }
  if (!found.ok) {
    fail({
      code: 'unknown-name',
      message: `unknown product "${visible(name)}"`,
      hint: suggestionHint(found.suggestions, 'Try `stackfit search`.')!,
    });
  }
  const product = found.product;
  const vendor = matrix.vendor(product.vendor);
  const base = { input, id: product.id, kind: product.kind, name: product.name, vendor: product.vendor, product, ...(product.role ? { role: product.role } : {}), ...(vendor?.origin ? { origin: vendor.origin } : {}) };
  if (versionText === '') fail({ code: 'bad-version', message: `item "${visible(input)}" has an empty version`, hint: `Write ${product.id} alone, or ${product.id}@VERSION.` });
  if (versionText === undefined) return memo.set(input, { component: Object.freeze(base) });
  const scheme = product.scheme ? SCHEMES[product.scheme] : undefined;
  if (!scheme) fail({ code: 'bad-version', message: `"${product.id}" has no versions; give it without @${visible(versionText)}` });
  // Another name of a release, where a source says so (a commercial number, an internal build number).
  const aka = versionText.length <= MAX_VERSION_LENGTH ? akaRelease(product, scheme, versionText) : undefined;
  if (aka) {
    const version = aka.release.version;
    return memo.set(input, { component: Object.freeze({ ...base, version, parsed: aka.parsed, release: aka.release, aka: { as: versionText, sources: aka.sources } }) });
  }
  const parsed = versionText.length <= MAX_VERSION_LENGTH ? scheme.parse(versionText) : undefined;
  // A version form the data lists (`22.04.5`, `22.03 (LTS-SP4)`) reads versions that name no release.
  const formVersion = () => (viaFormAlready || versionText.length > MAX_VERSION_LENGTH ? undefined : readVersionForm(matrix, product.id, versionText));
  if (!parsed) {
    const meant = formVersion();
    if (meant && meant !== versionText) return memo.set(input, viaForm(matrix, input, `${product.id}@${meant}`));
    // `==2.1.0`, as pip pins a version: that version.
    const pinned = /^==\s*([^<>=|!~]+)$/.exec(versionText)?.[1]?.trim();
    if (pinned && !viaFormAlready) return memo.set(input, viaForm(matrix, input, `${product.id}@${pinned}`));
    if (RANGE_OPERATOR.test(versionText)) return memo.set(input, { component: rangeItem(matrix, base, versionText) });
    const known = matrix.releases(product.id).slice(-3).map((r) => r.version);
    fail({
      code: 'bad-version',
      message: `"${visible(versionText)}" is not a ${scheme.name} version of ${product.id}`,
      hint: `For example ${known.length ? known.map((k) => `"${k}"`).join(', ') : `"${scheme.examples[0]}"`}.`,
    });
  }
  // Prefer the exact release; else the release (series) that contains it.
  // A release written as given is that release, without parsing the others (release versions are unique).
  const same = product.releases?.find((r) => r.version === versionText);
  const releases = same ? [] : matrix.parsedReleases(product.id);
  let match = same ? { release: same, version: parsed } : releases.find((r) => compareKeys(r.version.key, parsed.key) === 0 && Boolean(r.version.upper) === Boolean(parsed.upper));
  // A local build label (`2.7.1+cpu`) is the public release it was built from.
  const publicKey = parsed.publicKey;
  if (!match && publicKey) match = releases.find((r) => !r.version.upper && compareKeys(r.version.key, publicKey) === 0);
  if (!match && !parsed.upper) match = releases.find((r) => r.version.upper !== undefined && !isEmpty(intersect(versionInterval(r.version), versionInterval(parsed))));
  if (!match) {
    const meant = formVersion();
    if (meant && meant !== versionText) {
      // A point release the data reads as its release (`18.04.1` of Ubuntu 18.04) is that release,
      // with the version kept as given: a rule naming the point release (CANN's "18.04.1 ||
      // 18.04.5") decides it, one naming the release covers it, and one naming only other point
      // releases of it leaves it undecided, as the release itself would be (`satisfiesItem`).
      // No release was written as given here, so `releases` holds them all, parsed.
      const of = releases.find((r) => r.release.version === meant);
      const series = of ? cachedRange(product.scheme, meant) : undefined;
      if (of && series && satisfies(series, parsed) === 'yes') {
        return memo.set(input, { component: Object.freeze({ ...base, version: parsed.text, parsed, release: of.release, within: of.version }) });
      }
      return memo.set(input, viaForm(matrix, input, `${product.id}@${meant}`));
    }
  }
  const release = match?.release;
  const version = match && !match.version.upper && !parsed.local ? match.release.version : parsed.text;
  const versionSet = release ? undefined : versionSetNamed(product, versionText);
  return memo.set(input, { component: Object.freeze({ ...base, version, parsed, ...(release ? { release } : {}), ...(versionSet ? { versionSet } : {}) }) });
}

/** What makes a version text a range: a comparison operator, `||`, or ` - ` (as ranges in the data are written). */
const RANGE_OPERATOR = /[<>=|]|\s-\s/;

/**
 * An item given as a range of versions (`cambricon-driver@>=4.20.6`, as a README says which driver
 * it needs): the releases of the product the data lists in it. Throws when the text is not a range
 * of the product's scheme, or no release the data lists is in it.
 */
function rangeItem(matrix: Matrix, base: Omit<ResolvedComponent, 'version'>, text: string): ResolvedComponent {
  const product = base.product;
  let range: Range;
  try {
    range = parseRange(product.scheme!, text);
  } catch (e) {
    const issue = e instanceof StackfitError ? e.issues[0] : undefined;
    if (issue) fail({ code: 'bad-version', message: `item "${visible(base.input)}": ${issue.message}`, ...(issue.hint ? { hint: issue.hint } : {}) });
    throw e;
  }
  const releases = matrix
    .parsedReleases(product.id)
    .filter((r) => satisfies(range, r.version) === 'yes')
    .map((r) => r.release.version);
  if (!releases.length) {
    const known = matrix.releases(product.id).slice(-3).map((r) => `"${r.version}"`);
    fail({ code: 'bad-version', message: `no release of ${product.id} that the data lists is in "${visible(text)}"`, hint: known.length ? `The newest it lists: ${known.join(', ')}.` : `The data lists no release of ${product.id}.` });
  }
  return Object.freeze({ ...base, version: text.trim(), range: Object.freeze({ text: text.trim(), releases: Object.freeze(releases) }) });
}

/**
 * Reads stack items (`name[@version]`, an architecture such as `aarch64`, or a workload such as
 * `training`) against the data. Throws a StackfitError for an unknown name (with close names), a
 * version that is not valid for the product, or a product given twice.
 *
 * @example
 * parseStack(loadMatrix(), ['ascend-910b', 'cann@8.0.rc3'])
 */
export function parseStackSealed(matrix: Matrix, items: readonly string[]): ParsedStack {
  const stack = parseStack(matrix, items);
  // Handed out: the product records in it are frozen all the way down, like every record the API returns.
  for (const c of stack.components) sealDeep(c.product);
  return stack;
}
