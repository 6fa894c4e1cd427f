import { cellText } from './cell-text.ts';
import type { Reader } from './spec.ts';

/**
 * Named cell readers that importer declarations chain (`read: [text, dropPrefix('CANN ')]`).
 * Each takes the cell as it is so far and returns the next form; `null` is an empty cell.
 */

/** The cell as a reader sees it (links, code spans and tags removed). */
export const text: Reader = (v) => cellText(v);

/** The cell as printed, trimmed (HTML lists and links kept). */
export const raw: Reader = (v) => v.trim();

/** An empty cell, or one of the printed placeholders for "none", is a null cell. */
export const emptyToNull: Reader = (v) => (/^(|-|—|\/|N\/A|NA|none)$/i.test(v.trim()) ? null : v);

/** Drops a leading `v` before a digit (`v0.9.1` -> `0.9.1`); `V10` (Kylin, UOS) stays. */
export const stripV: Reader = (v) => v.replace(/^v(?=\d)/, '');

/**
 * PEP 440 canonical spelling of a Python package version as vendors print it:
 * `2.1.0.rc1` -> `2.1.0rc1`, `1.11.0.rc2 (beta)` -> `1.11.0rc2`, `v2.3.1` -> `2.3.1`,
 * `0.7.0-beta` -> `0.7.0b0`.
 */
export const pep440: Reader = (v) =>
  v
    .replace(/\s*[（(](beta|alpha|preview)[)）]\s*$/i, '')
    .replace(/^[vV](?=\d)/, '')
    .replace(/[.-]?(rc|alpha|beta|a|b)(\d*)$/i, (_m, tag: string, n: string) => `${({ alpha: 'a', beta: 'b' } as Record<string, string>)[tag.toLowerCase()] ?? tag.toLowerCase()}${n || '0'}`)
    .trim();

/** Removes a fixed prefix when present (`CANN 8.0.RC3` -> `8.0.RC3`). */
export function dropPrefix(prefix: string): Reader {
  return (v) => (v.startsWith(prefix) ? v.slice(prefix.length).trim() : v);
}

/** The first capture group of a pattern, or the cell unchanged when it does not match. */
export function capture(pattern: RegExp): Reader {
  return (v) => pattern.exec(v)?.[1] ?? v;
}

/** Splits a printed list (`3.9, 3.10` or `3.9 / 3.10`) into a `||` range. */
export function anyOf(separator: RegExp = /\s*[,，、/]\s*/): Reader {
  return (v) =>
    v
      .split(separator)
      .map((s) => s.trim())
      .filter(Boolean)
      .join(' || ');
}

/** Rewrites what a pattern matches (`replace(/-\d+$/, '')`: `3.7.2-1` -> `3.7.2`). */
export function replace(pattern: RegExp, by: string): Reader {
  return (v) => v.replace(pattern, by);
}

/** One part of a cell that prints several values (`2.10.0 / 2.10.0.post4`, part 1 -> `2.10.0.post4`). */
export function part(index: number, separator: RegExp = /\s*\/\s*/): Reader {
  return (v) => v.split(separator)[index]?.trim() ?? null;
}

/** Each item of a printed list through the given readers, joined as a `||` range. */
export function eachOf(separator: RegExp, ...readers: Reader[]): Reader {
  return (v, row) =>
    v
      .split(separator)
      .map((s) => readers.reduce<string | null>((acc, read) => (acc === null ? null : read(acc.trim(), row)), s.trim()))
      .filter((s): s is string => !!s)
      .join(' || ');
}

/** A printed comparison list as a range: `>= 3.10, < 3.13` -> `>=3.10 <3.13`. */
export const compactRange: Reader = (v) =>
  v
    .replace(/([<>=!]=?)\s+/g, '$1')
    .replace(/\s*,\s*/g, ' ')
    .trim();

/** The version a cell starts with (`26.0.0 (commercial)` -> `26.0.0`), or null when it has none (`In development`). */
export const leadingVersion: Reader = (v) => /^v?(\d+(?:\.[0-9A-Za-z]+)*)/.exec(v.trim())?.[1] ?? null;
