/**
 * Small helpers shared by the parsers: every parser takes captured text and never throws.
 *
 * Captured text is untrusted and may hold one very long line, so everything here is linear in its
 * input: index loops and native trims, and no pattern whose quantifiers can match the same
 * characters two ways (`/\s+$/` retries every run of spaces from each of its characters: a 300 KB
 * line took minutes). Patterns the parsers use are anchored at a line start or begin with a literal.
 */

/** Lines without trailing whitespace or carriage returns. */
export function lines(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    out.push(text.slice(start, end).trimEnd());
    start = end + 1;
  }
  return out;
}

/** The cells of a box-drawn table row (`| a | b |`), trimmed; empty for other lines. */
export function cells(line: string): string[] {
  const t = line.trim();
  if (!t.startsWith('|')) return [];
  const inner = t.endsWith('|') && t.length > 1 ? t.slice(1, -1) : t.slice(1);
  return inner.split('|').map((c) => c.trim());
}

/** `Key: value` or `Key = value` pairs, first occurrence of each key kept. */
export function keyValues(text: string, separator: ':' | '='): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of lines(text)) {
    const at = line.indexOf(separator);
    if (at <= 0) continue;
    const key = line.slice(0, at).trim();
    if (!key || out.has(key)) continue;
    out.set(key, line.slice(at + 1).trim());
  }
  return out;
}

/** The first capture of a pattern anywhere in the text. */
export function first(text: string, pattern: RegExp): string | undefined {
  return pattern.exec(text)?.[1]?.trim() || undefined;
}

/** The last whitespace-separated word of a string ('' when there is none). */
export function lastWord(text: string): string {
  const t = text.trimEnd();
  let i = t.length;
  while (i > 0 && !isSpace(t.charCodeAt(i - 1))) i--;
  return t.slice(i);
}

/** ASCII and Unicode whitespace, as `\s` reads it (the common cases). */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x3000 || code === 0xfeff || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x1680 || code === 0x202f || code === 0x205f;
}
