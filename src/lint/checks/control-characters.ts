import { hasHidden, visible } from '../../report/visible.ts';
import type { LintCheck } from '../types.ts';

/**
 * What `hasHidden` finds, less newlines and tabs, which are text in notes; every other control or
 * bidirectional character is not. Tested without copying the value (most values are clean).
 */
const HIDDEN_IN_TEXT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/**
 * What a file must contain for one of its values to hold such a character: the character itself,
 * or a YAML escape that makes one (`\e`, `\x1b`, `\u202e`, `\0`, `\a`, `\b`, `\v`, `\f`, `\r`,
 * `\N`, `\L`, `\P`, `\U...`). Escaped quotes and backslashes in notes do not.
 */
const HIDDEN_OR_ESCAPE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|\\[0abvfreNLPxuU]/;

/**
 * No control, escape or bidirectional-override characters in any value or key: records are
 * printed on terminals, and an escape sequence in a name would drive the reader's terminal.
 */
export const controlCharacters: LintCheck = {
  name: 'control-characters',
  description: 'no control or bidirectional characters in values',
  level: 'error',
  scope: 'record',
  check(ctx, report) {
    const all = [...ctx.folder.vendors, ...ctx.folder.products, ...ctx.folder.tables, ...ctx.folder.pairs];
    for (const r of all) {
      // A value can hold such a character only if the file does, raw or as a backslash escape.
      if (typeof r.text === 'string' && !HIDDEN_OR_ESCAPE.test(r.text)) continue;
      // One path, extended and shortened as the walk goes (records are a few levels deep: the
      // YAML reader refuses nesting past MAX_DEPTH); copied only for a report.
      const path: (string | number)[] = [];
      const walk = (value: unknown): void => {
        if (typeof value === 'string') {
          if (HIDDEN_IN_TEXT.test(value)) {
            const shown = visible(value.length > 60 ? `${value.slice(0, 60)}…` : value);
            report(r, [...path], { code: 'control-character', message: `"${shown}" holds a control or bidirectional character`, hint: 'Remove it; records are plain text.' });
          }
        } else if (Array.isArray(value)) {
          for (let i = 0; i < value.length; i++) {
            path.push(i);
            walk(value[i]);
            path.pop();
          }
        } else if (value && typeof value === 'object') {
          for (const k of Object.keys(value)) {
            path.push(k);
            if (hasHidden(k)) report(r, [...path], { code: 'control-character', message: `key "${visible(k.slice(0, 60))}" holds a control or bidirectional character`, hint: 'Remove it; records are plain text.' });
            walk((value as Record<string, unknown>)[k]);
            path.pop();
          }
        }
      };
      walk(r.value);
    }
  },
};
