import { internalsOf, type Matrix } from '../data/matrix.ts';
import { parseStack } from '../engine/parse-stack.ts';
import { StackfitError, type Issue } from '../errors.ts';
import { nameCandidates } from '../probe/model-names.ts';
import { detectFormat, FORMAT_LIST } from './detect-format.ts';
import { looksLikeImage, matchImage } from './match-image.ts';
import { readCollectEnv } from './read-collect-env.ts';
import { readCondaEnv, readCondaList } from './read-conda.ts';
import { readDockerfile } from './read-dockerfile.ts';
import { readInstallInfo } from './read-install-info.ts';
import { readNpuSmi } from './read-npu-smi.ts';
import { readOsRelease } from './read-os-release.ts';
import { readPipJson, readPipList } from './read-pip-list.ts';
import { readRequirements } from './read-requirements.ts';
import type { InputFormat, Mention, Reading } from './types.ts';
import type { Product } from '../schema/product.ts';
import { SCHEMES } from '../version/schemes/index.ts';

const READERS: Readonly<Record<InputFormat, (text: string) => Reading>> = {
  requirements: readRequirements,
  'pip-list': readPipList,
  'pip-json': readPipJson,
  'conda-env': readCondaEnv,
  'conda-list': readCondaList,
  dockerfile: readDockerfile,
  'collect-env': readCollectEnv,
  'npu-smi': readNpuSmi,
  'install-info': readInstallInfo,
  'os-release': readOsRelease,
};

/** Where a component came from: a file and line, and the image reference when an image tag named it. */
export interface InputOrigin {
  readonly file?: string;
  readonly line?: number;
  readonly image?: string;
}

/** A stack item read from a file. */
export interface InputItem {
  /** The stack item: `cann@8.0.0`, `ascend-910b`, `aarch64`. */
  readonly item: string;
  /** The product id (or the architecture) it names: later readings of the same id are dropped. */
  readonly key: string;
  readonly from: InputOrigin;
  /** What the file printed, in short. */
  readonly printed: string;
}

/** Something read and not used, and why. */
export interface InputNote {
  readonly file: string;
  readonly line: number;
  readonly text: string;
  readonly why: string;
}

export interface InputsResult {
  readonly items: readonly InputItem[];
  /** Names the data does not know (packages such as numpy), options and ranges: listed under --verbose. */
  readonly ignored: readonly InputNote[];
  /** What the user should see even without --verbose: a name that looks like a known product but is not one, a version the data cannot read. */
  readonly warnings: readonly InputNote[];
}

/** A file to read: its name as given (`-` for stdin) and its text. */
export interface InputFile {
  readonly file: string;
  readonly text: string;
  /** Force a format instead of detecting it. */
  readonly format?: InputFormat;
}

type Tried = { ok: true; item: string; key: string } | { ok: false; badVersion?: { id: string; message: string } };

/** Reads one candidate item; an unknown name or an invalid version is a miss, reported by the caller. */
function tryItem(matrix: Matrix, text: string): Tried {
  try {
    const s = parseStack(matrix, [text]);
    if (s.arch) return { ok: true, item: s.arch, key: `arch:${s.arch}` };
    if (s.workload) return { ok: false };
    const c = s.components[0]!;
    // Keep what was given: the engine reads it again the same way.
    return { ok: true, item: c.version ? `${c.id}@${c.version}` : c.id, key: c.id };
  } catch (e) {
    if (!(e instanceof StackfitError)) throw e;
    if (e.code === 'bad-version') {
      const at = text.lastIndexOf('@');
      const r = matrix.resolve(text.slice(0, at));
      // A product without versions (a chip) given a word after its name is a longer name, not a bad version.
      if (r.ok && r.product.scheme) return { ok: false, badVersion: { id: r.product.id, message: e.issues[0]!.message } };
    }
    return { ok: false };
  }
}

/**
 * Whether bounds mean in the data's ranges what pip means by them: `>=` and `<` always do; `<=2.3`
 * and `>2.3` do only for one release (the data reads `<=2.3` as every 2.3.x, pip as at most 2.3.0).
 */
function pipBoundsAgree(product: Product, range: string): boolean {
  const scheme = product.scheme ? SCHEMES[product.scheme] : undefined;
  if (!scheme) return false;
  return range.split(' ').every((b) => {
    const m = /^(>=|<=|>|<)(.+)$/.exec(b);
    if (!m) return false;
    const v = scheme.parse(m[2]!);
    return m[1] === '>=' || m[1] === '<' || (v !== undefined && !v.upper);
  });
}

/** A package name with `_`, `.` and `-` as one separator, lower case (PEP 503). */
const packageKey = (name: string) => name.toLowerCase().replace(/[-_.]+/g, '-');

/** Known Python package names, longest first: to tell that `torch_npu_custom` looks like torch-npu. */
function packageNames(matrix: Matrix): readonly [string, string][] {
  const out: [string, string][] = [];
  for (const p of internalsOf(matrix).dataset.products) {
    if (p.kind !== 'framework') continue;
    for (const n of [p.id, ...(p.aliases ?? [])]) {
      const k = packageKey(n);
      if (k.length >= 4 && /^[a-z0-9-]+$/.test(k)) out.push([k, p.id]);
    }
  }
  return out.sort((a, b) => b[0].length - a[0].length);
}

class Resolver {
  readonly items: InputItem[] = [];
  readonly ignored: InputNote[] = [];
  readonly warnings: InputNote[] = [];
  readonly errors: Issue[] = [];
  #packages: readonly [string, string][] | undefined;
  constructor(readonly matrix: Matrix) {}

  add(file: string, line: number, printed: string, got: { item: string; key: string }, image?: string): void {
    const first = this.items.find((i) => i.key === got.key);
    if (first) {
      if (first.item !== got.item) this.warnings.push({ file, line, text: printed, why: `also names ${got.item}; kept ${first.item} from ${first.from.file}:${first.from.line}` });
      return;
    }
    this.items.push({ item: got.item, key: got.key, from: { file, line, ...(image ? { image } : {}) }, printed });
  }

  /** A package name: only framework-kind products (PyTorch, torch_npu, vLLM, Python ...) are packages. */
  package(file: string, m: Mention): void {
    const printed = m.version ? `${m.name} ${m.version}` : m.name;
    const r = this.matrix.resolve(m.name);
    if (r.ok && r.product.kind === 'framework') {
      // Bounds (`torch>=2.1,<2.3`) read as a range when they mean there what pip means by them.
      const inRange = m.range && pipBoundsAgree(r.product, m.range) ? tryItem(this.matrix, `${r.product.id}@${m.range}`) : undefined;
      if (inRange?.ok) return this.add(file, m.line, printed, inRange);
      const got = m.version ? tryItem(this.matrix, `${r.product.id}@${m.version}`) : tryItem(this.matrix, r.product.id);
      if (m.unpinned) this.ignored.push({ file, line: m.line, text: `${m.name}${m.unpinned.startsWith('a ') ? '' : m.unpinned}`, why: `${m.unpinned.startsWith('a ') ? m.unpinned : `"${m.unpinned}"`} is not one version; read ${r.product.id} without a version` });
      if (got.ok) return this.add(file, m.line, printed, got);
      // A version the product's scheme cannot read: keep the product, say so.
      this.warnings.push({ file, line: m.line, text: printed, why: `${got.badVersion?.message ?? `version "${m.version}" is not readable`}; read ${r.product.id} without a version` });
      return this.add(file, m.line, printed, { item: r.product.id, key: r.product.id });
    }
    const like = this.#looksLike(m.name);
    if (r.ok) this.ignored.push({ file, line: m.line, text: printed, why: `names ${r.product.id}, a ${r.product.kind}, not a Python package` });
    else if (like) this.warnings.push({ file, line: m.line, text: printed, why: `package "${m.name}" looks like ${like} but is not a name the data gives it; ignored (add it to that record's aliases if it is the same product)` });
    else this.ignored.push({ file, line: m.line, text: printed, why: 'a package the data does not know' });
  }

  #looksLike(name: string): string | undefined {
    this.#packages ??= packageNames(this.matrix);
    const k = packageKey(name);
    return this.#packages.find(([n]) => k.startsWith(`${n}-`) || k.endsWith(`-${n}`))?.[1];
  }

  /** A product as printed, the version maybe inside it: the whole text, then name and version split at each space, then shorter names. */
  product(file: string, m: Mention): void {
    const printed = m.version ? `${m.name} ${m.version}` : m.name;
    const readings = [{ name: m.name, version: m.version }, ...(m.also ?? [])];
    let badVersion: { id: string; message: string } | undefined;
    for (const r of readings) {
      for (const text of candidates(r.name, r.version)) {
        const got = tryItem(this.matrix, text);
        if (got.ok) return this.add(file, m.line, printed, got);
        badVersion ??= got.badVersion;
      }
    }
    if (badVersion) {
      this.warnings.push({ file, line: m.line, text: printed, why: `${badVersion.message}; read ${badVersion.id} without a version` });
      return this.add(file, m.line, printed, { item: badVersion.id, key: badVersion.id });
    }
    const words = m.name.trim().split(/\s+/);
    const shorter = words.slice(1).map((_, k) => words.slice(0, words.length - 1 - k).join(' '));
    for (const name of [...new Set([...nameCandidates(m.name).slice(1), ...shorter])]) {
      const got = tryItem(this.matrix, name);
      if (got.ok) {
        this.warnings.push({ file, line: m.line, text: printed, why: `read "${m.name}" as "${name}"; the words after it were dropped and may name a variant` });
        return this.add(file, m.line, printed, got);
      }
    }
    this.ignored.push({ file, line: m.line, text: printed, why: 'names no product in the data' });
  }

  image(file: string, m: Mention): void {
    const images = internalsOf(this.matrix).dataset.images ?? [];
    const r = matchImage(images, m.name);
    if (!r.ok) {
      if (!r.image) return void this.ignored.push({ file, line: m.line, text: m.name, why: r.message });
      return void this.errors.push({ code: 'unknown-image-tag', file, line: m.line, severity: 'error', message: r.message, hint: `Give the stack as items instead, or add the tag shape to data/images/${r.image.id}.yaml with its source.` });
    }
    for (const item of r.items) {
      const got = tryItem(this.matrix, item);
      if (got.ok) this.add(file, m.line, m.name, got, m.name);
      else this.errors.push({ code: 'bad-image-data', file, line: m.line, severity: 'error', message: `image ${m.name} names "${item}", which the data does not read`, hint: `Fix data/images/${r.image.id}.yaml.` });
    }
  }

  arch(file: string, m: Mention): void {
    const got = tryItem(this.matrix, m.name);
    if (got.ok) this.add(file, m.line, m.name, got);
    else this.ignored.push({ file, line: m.line, text: m.name, why: 'not a CPU architecture stackfit knows' });
  }
}

/** `name@version`, and for text with spaces each split into name and version (`Ubuntu 22.04.5 LTS` -> `Ubuntu@22.04.5 LTS`). */
function candidates(name: string, version: string | undefined): string[] {
  if (version) return [`${name}@${version}`, `${name} ${version}`];
  const out = [name];
  const words = name.trim().split(/\s+/);
  for (let k = 1; k < words.length; k++) out.push(`${words.slice(0, k).join(' ')}@${words.slice(k).join(' ')}`);
  return out;
}

/**
 * Reads files people already have (requirements, pip and conda lists, Dockerfiles, collect_env
 * reports, npu-smi output, CANN install info, os-release) into stack items, each with the file and
 * line it came from. Throws a StackfitError for a file of unknown format, a line a reader could not
 * read, or an image tag the data does not know, each naming the file and line.
 *
 * @example
 * readInputs(loadMatrix(), [{ file: 'requirements.txt', text: 'torch==2.1.0\ntorch_npu==2.1.0.post10\n' }]).items.map((i) => i.item)
 * // ['pytorch@2.1.0', 'torch-npu@2.1.0.post10']
 */
export function readInputs(matrix: Matrix, files: readonly InputFile[]): InputsResult {
  const r = new Resolver(matrix);
  for (const f of files) {
    const format = f.format ?? detectFormat(f.file, f.text);
    if (!format) {
      r.errors.push({ code: 'unknown-format', file: f.file, severity: 'error', message: 'cannot tell what kind of file this is', hint: `--from reads ${FORMAT_LIST}.` });
      continue;
    }
    const reading = READERS[format](f.text);
    for (const u of reading.unread) r.errors.push({ code: 'unreadable-line', file: f.file, line: u.line, severity: 'error', message: `cannot read "${u.text}" as ${format}`, hint: `Expected ${u.expected}.` });
    for (const s of reading.skipped) r.ignored.push({ file: f.file, line: s.line, text: s.text, why: s.why });
    for (const m of reading.mentions) {
      if (m.type === 'package') r.package(f.file, m);
      else if (m.type === 'image') r.image(f.file, m);
      else if (m.type === 'arch') r.arch(f.file, m);
      else r.product(f.file, m);
    }
    if (!reading.mentions.length && !reading.unread.length) r.warnings.push({ file: f.file, line: 1, text: '', why: `read as ${format}; it names nothing stackfit reads` });
  }
  if (r.errors.length) throw new StackfitError(r.errors);
  return { items: r.items, ignored: r.ignored, warnings: r.warnings };
}

/**
 * Expands stack items written as image references (`quay.io/ascend/cann:8.1.rc1-910b-ubuntu22.04-py3.10`)
 * into the items their tag names; other items pass through. Throws a StackfitError for a tag the
 * image data does not read.
 *
 * @example
 * expandImageItems(loadMatrix(), ['quay.io/ascend/vllm-ascend:v0.9.1']).items // ['vllm-ascend@0.9.1', 'ascend-910b', ...]
 */
export function expandImageItems(matrix: Matrix, items: readonly string[]): { items: string[]; from: Map<string, InputOrigin> } {
  const images = internalsOf(matrix).dataset.images ?? [];
  const out: string[] = [];
  const from = new Map<string, InputOrigin>();
  for (const item of items) {
    if (!looksLikeImage(images, item)) {
      out.push(item);
      continue;
    }
    const m = matchImage(images, item);
    if (!m.ok) {
      throw new StackfitError({ code: m.image ? 'unknown-image-tag' : 'unknown-image', severity: 'error', message: m.message, hint: m.image ? `Add the tag shape to data/images/${m.image.id}.yaml with its source, or give the stack as items.` : 'Give the stack as items such as cann@8.0.0.' });
    }
    for (const x of m.items) {
      out.push(x);
      from.set(x, { image: item });
    }
  }
  return { items: out, from };
}

/**
 * Items from files and from the command line together: an item given on the command line
 * replaces what the files say about the same product (or architecture).
 */
export function mergeItems(matrix: Matrix, fromFiles: readonly InputItem[], given: readonly string[]): string[] {
  const givenKeys = new Set<string>();
  for (const g of given) {
    const t = tryItem(matrix, g);
    if (t.ok) givenKeys.add(t.key.startsWith('arch:') ? 'arch:' : t.key);
  }
  const kept = fromFiles.filter((f) => !givenKeys.has(f.key.startsWith('arch:') ? 'arch:' : f.key)).map((f) => f.item);
  return [...kept, ...given];
}
