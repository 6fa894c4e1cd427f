/**
 * Characters that change what a terminal shows or does rather than showing themselves: C0 and C1
 * controls (ESC starts colour, cursor and title sequences; U+009B is a one-byte CSI), DEL, line and
 * paragraph separators, and the bidirectional overrides that reorder text on screen.
 */
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** What `JSON.stringify` leaves raw of `HIDDEN` (it escapes C0 controls itself). */
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escape(c: string): string {
  const n = c.charCodeAt(0);
  return n <= 0xff ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
}

/**
 * Text from user input or data made safe to print on a terminal: every control, escape and
 * bidirectional character is written out as `\x1b` or `\u202e`, so what is shown is what was given.
 * Call it on anything echoed that the program did not write itself.
 *
 * @example
 * visible('cann\u001b[2J') // 'cann\\x1b[2J'
 */
export function visible(text: string): string {
  return text.replace(HIDDEN, escape);
}

/** Whether `visible` would change the text. */
export function hasHidden(text: string): boolean {
  HIDDEN.lastIndex = 0;
  const found = HIDDEN.test(text);
  HIDDEN.lastIndex = 0;
  return found;
}

/** Every string inside a value passed through `visible` (for rendering results as text). */
export function visibleDeep<T>(value: T): T {
  if (typeof value === 'string') return visible(value) as T;
  if (Array.isArray(value)) return value.map(visibleDeep) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) Object.defineProperty(out, k, { value: visibleDeep(v), enumerable: true, writable: true, configurable: true });
    return out as T;
  }
  return value;
}

/**
 * JSON text for a terminal or a pipe: `JSON.stringify` leaves C1 controls, separators and
 * bidirectional overrides raw; here they are `\u` escapes too (same value for a JSON reader).
 */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `visible` line by line: newlines stay, for text of several lines. */
export function visibleText(text: string): string {
  return text.split('\n').map(visible).join('\n');
}
