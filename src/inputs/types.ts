/** What the readers of outside files return: names as printed, each with the line it came from. */

/** Formats `--from` reads. */
export const INPUT_FORMATS = [
  'requirements',
  'pip-list',
  'pip-json',
  'conda-env',
  'conda-list',
  'dockerfile',
  'collect-env',
  'npu-smi',
  'install-info',
  'os-release',
] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/**
 * One thing a file names. `package`: a Python or conda package name (`torch_npu`); `product`: a
 * product as printed (`910B2C`, `Ubuntu 22.04.5 LTS`, `Ascend-cann-toolkit`), the version maybe
 * inside the name; `image`: an image reference (`quay.io/ascend/cann:8.1.rc1-910b-ubuntu22.04-py3.10`);
 * `arch`: a CPU architecture.
 */
export interface Mention {
  readonly type: 'package' | 'product' | 'image' | 'arch';
  readonly name: string;
  readonly version?: string;
  /** Other readings of the same thing, tried in order when the first names nothing (os-release's ID, NAME, VERSION_ID). */
  readonly also?: readonly { readonly name: string; readonly version?: string }[];
  /** A requirement that is not one version (`>=2.1`): the product is read without a version, or as `range` when it reads as one. */
  readonly unpinned?: string;
  /** The requirement's bounds as a stack item's range (`>=2.1 <2.3` for `torch>=2.1,<2.3`). */
  readonly range?: string;
  /** 1-based line in the file. */
  readonly line: number;
}

/** A line the reader could not read, and what it expected there. */
export interface Unread {
  readonly line: number;
  readonly text: string;
  readonly expected: string;
}

/** A line read and deliberately not used (an option, a range, an unpinned name), and why. */
export interface Skipped {
  readonly line: number;
  readonly text: string;
  readonly why: string;
}

export interface Reading {
  readonly mentions: Mention[];
  readonly unread: Unread[];
  readonly skipped: Skipped[];
}

/** Longest line a line reader reads: longer ones are reported, never run through a pattern. */
export const MAX_LINE = 1000;

/** The unread entry for a line longer than MAX_LINE, or undefined. */
export function tooLong(t: string, line: number): Unread | undefined {
  return t.length > MAX_LINE ? { line, text: shown(t), expected: `a line of at most ${MAX_LINE} characters` } : undefined;
}

/**
 * The text with lines longer than MAX_LINE blanked (line numbers kept): what is handed to the
 * probe's parsers, whose per-line patterns are not meant for megabyte lines.
 */
export function withoutLongLines(text: string): string {
  return splitLines(text)
    .map((l) => (l.length > MAX_LINE ? '' : l))
    .join('\n');
}

/** A line shortened and stripped of control characters, for messages. */
export function shown(text: string, max = 60): string {
  const t = text.trim();
  return (t.length > max ? `${t.slice(0, max)}…` : t).replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}

/** Lines of a text, without carriage returns. */
export function splitLines(text: string): string[] {
  return text.split(/\r?\n/);
}

/** The 1-based number of the first line at or after `from` that contains `needle` (0 when none). */
export function lineOf(lines: readonly string[], needle: string, from = 0): number {
  for (let i = from; i < lines.length; i++) if (lines[i]!.includes(needle)) return i + 1;
  return 0;
}

export function emptyReading(): Reading {
  return { mentions: [], unread: [], skipped: [] };
}
