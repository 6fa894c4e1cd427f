import type { Image, ImageTag } from '../schema/image.ts';

/** An image reference split into its repository (registry host first) and tag. */
export interface ImageRef {
  readonly repository: string;
  readonly tag?: string;
}

/** Hosts a reference may start with; anything else is a Docker Hub path. */
const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?|localhost(?::\d+)?)$/i;

/**
 * Splits `[registry/]path[:tag][@digest]` the way Docker does: no registry means Docker Hub, and a
 * one-word path there is an official image under `library/`.
 *
 * @example
 * parseImageRef('ubuntu:22.04') // { repository: 'docker.io/library/ubuntu', tag: '22.04' }
 */
export function parseImageRef(text: string): ImageRef | undefined {
  const ref = text.trim().replace(/@sha256:[0-9a-f]+$/i, '');
  const m = /^([a-z0-9][\w.-]*(?::\d+)?(?:\/[\w.-]+)*?)(?::([\w][\w.-]{0,127}))?$/i.exec(ref);
  if (!m) return undefined;
  const path = m[1]!.toLowerCase();
  const segments = path.split('/');
  const repository = segments.length > 1 && HOST.test(segments[0]!) ? path : `docker.io/${segments.length === 1 ? 'library/' : ''}${path}`;
  return { repository, ...(m[2] ? { tag: m[2] } : {}) };
}

type Compiled = { readonly tag: ImageTag; readonly whole: RegExp; readonly steps: readonly { readonly re: RegExp; readonly expected: string }[] };
const COMPILED = new WeakMap<ImageTag, Compiled>();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A tag shape as one anchored expression (for matching) and as steps (for saying where a tag stops matching). */
export function compileTag(tag: ImageTag): Compiled {
  const hit = COMPILED.get(tag);
  if (hit) return hit;
  const source = tag.parts.map((p) => (typeof p === 'string' ? escape(p) : `(?<${p.name}>${p.pattern})`)).join('');
  // A named part must be followed by what follows it (the next literal, or the end): so that a
  // tag that stops matching is blamed on the part, not on the separator after it.
  const steps = tag.parts.map((p, i) => {
    if (typeof p === 'string') return { re: new RegExp(escape(p), 'iy'), expected: `"${p}"` };
    const next = tag.parts[i + 1];
    const follow = next === undefined ? '$' : typeof next === 'string' ? `(?=${escape(next)})` : '';
    return { re: new RegExp(`(?:${p.pattern})${follow}`, 'iy'), expected: p.expected };
  });
  const out = { tag, whole: new RegExp(`^${source}$`, 'i'), steps };
  COMPILED.set(tag, out);
  return out;
}

/** The stack items a tag shape gives for a tag, or undefined when the tag is not of that shape. */
export function itemsOfTag(tag: ImageTag, text: string): string[] | undefined {
  const m = compileTag(tag).whole.exec(text);
  if (!m) return undefined;
  const value = (name: string) => {
    const got = m.groups?.[name] ?? '';
    const part = tag.parts.find((p) => typeof p !== 'string' && p.name === name);
    if (part && typeof part !== 'string' && got === '' && part.default) return part.default;
    const values = part && typeof part !== 'string' ? part.values : undefined;
    if (!values) return got;
    const key = Object.keys(values).find((k) => k.toLowerCase() === got.toLowerCase());
    return key === undefined ? got : values[key]!;
  };
  return tag.items.map((t) => t.replace(/\{([a-z][a-z0-9_]*)\}/g, (_, name: string) => value(name)).trim().replace(/@$/, '')).filter((t) => t !== '');
}

/** How far a tag follows a shape: the characters read and what was expected where it stopped. */
function stopsAt(tag: ImageTag, text: string): { read: number; expected: string } {
  let at = 0;
  for (const step of compileTag(tag).steps) {
    step.re.lastIndex = at;
    const m = step.re.exec(text);
    if (!m) return { read: at, expected: step.expected };
    at += m[0].length;
  }
  return { read: at, expected: 'the end of the tag' };
}

export type ImageMatch =
  | { readonly ok: true; readonly image: Image; readonly tag: ImageTag; readonly items: readonly string[]; readonly sources: readonly string[] }
  | { readonly ok: false; readonly image?: Image; readonly message: string };

/**
 * Which stack items an image reference names, through the image records: the record whose
 * repositories hold it, then the first tag shape that matches. A tag no shape reads says where it
 * stopped and what was expected there.
 *
 * @example
 * matchImage(images, 'quay.io/ascend/cann:8.1.rc1-910b-ubuntu22.04-py3.10') // { ok: true, items: ['cann@8.1.rc1', 'ascend-910b', 'ubuntu@22.04', 'python@3.10'], ... }
 */
export function matchImage(images: readonly Image[], text: string): ImageMatch {
  const ref = parseImageRef(text);
  if (!ref) return { ok: false, message: `"${text.slice(0, 80)}" is not an image reference; expected REPOSITORY[:TAG]` };
  const image = images.find((i) => i.repositories.includes(ref.repository));
  if (!image) return { ok: false, message: `image repository ${ref.repository} is not in the data` };
  if (!ref.tag) return { ok: false, image, message: `image ${ref.repository} has no tag; its tags name the stack (${image.name})` };
  for (const tag of image.tags) {
    const items = itemsOfTag(tag, ref.tag);
    if (items) return { ok: true, image, tag, items, sources: tag.sources };
  }
  // Report the shape the tag follows furthest.
  let best = { read: -1, expected: '' };
  for (const tag of image.tags) {
    const s = stopsAt(tag, ref.tag);
    if (s.read > best.read) best = s;
  }
  const rest = ref.tag.slice(best.read);
  const where = best.read > 0 ? `after "${ref.tag.slice(0, best.read)}", ` : '';
  return { ok: false, image, message: `tag "${ref.tag}" of ${ref.repository}: ${where}"${rest.slice(0, 40)}" is not ${best.expected} (shapes: ${image.tags.map((t) => t.examples[0]!.tag).join(', ')})` };
}

/**
 * Whether a stack item is written as an image reference: a registry path with a tag
 * (`quay.io/ascend/cann:8.1.rc1-...`), or a repository of the image data with a tag (`ubuntu:22.04`).
 */
export function looksLikeImage(images: readonly Image[], item: string): boolean {
  if (item.includes('@') && !/@sha256:/i.test(item)) return false;
  if (/^[a-z0-9.-]+(?::\d+)?\/[\w./-]+:[\w][\w.-]*$/i.test(item)) return true;
  const ref = /^[\w./-]+:[\w][\w.-]*$/.test(item) ? parseImageRef(item) : undefined;
  return Boolean(ref && images.some((i) => i.repositories.includes(ref.repository)));
}
