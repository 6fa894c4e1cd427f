/** Small helpers shared by the parsers: every parser takes captured text and never throws. */

/** Lines without trailing whitespace or carriage returns. */
export function lines(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.replace(/\s+$/, ''));
}

/** The cells of a box-drawn table row (`| a | b |`), trimmed; empty for other lines. */
export function cells(line: string): string[] {
  const t = line.trim();
  if (!t.startsWith('|')) return [];
  return t.replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
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
