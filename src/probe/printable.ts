/** Longest captured text probe quotes back; the rest is cut with an ellipsis. */
export const MAX_QUOTE_LENGTH = 120;

/**
 * Captured text made safe to print on a terminal: control characters (C0, DEL, C1, including ESC
 * and the one-byte CSI that start escape sequences, and BEL) and the Unicode controls that reorder
 * or hide text (bidi overrides and isolates, line and paragraph separators) are shown as escapes
 * (`\x1b`, `\u202e`) instead of acting; a tab becomes a space. Long text is cut to `max`
 * characters with an ellipsis. Linear in its input; text without such characters is unchanged.
 *
 * @example
 * printable('Kylin\u001b[31m V10\u0007') // 'Kylin\\x1b[31m V10\\x07'
 */
export function printable(text: string, max = MAX_QUOTE_LENGTH): string {
  const cut = text.length > max;
  const head = cut ? text.slice(0, max) : text;
  let out = '';
  let from = 0;
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    const escaped = escapeOf(code);
    if (escaped === undefined) continue;
    out += head.slice(from, i) + escaped;
    from = i + 1;
  }
  out += head.slice(from);
  return cut ? `${out}…` : out;
}

function escapeOf(code: number): string | undefined {
  if (code === 9) return ' ';
  if (code < 0x20 || code === 0x7f) return `\\x${code.toString(16).padStart(2, '0')}`;
  if ((code >= 0x80 && code <= 0x9f) || code === 0x061c || code === 0x200e || code === 0x200f || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || code === 0x2028 || code === 0x2029) {
    return `\\u${code.toString(16).padStart(4, '0')}`;
  }
  return undefined;
}
