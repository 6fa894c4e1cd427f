import type { Path } from '../../load/parse-yaml.ts';
import { hasHidden, visible } from '../../report/visible.ts';
import type { LintCheck } from '../types.ts';

/** Newlines and tabs are text in notes; every other control or bidirectional character is not. */
const ALLOWED = /[\n\t]/g;

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
      const stack: [unknown, Path][] = [[r.value, []]];
      while (stack.length) {
        const [value, path] = stack.pop()!;
        if (typeof value === 'string') {
          if (hasHidden(value.replace(ALLOWED, ''))) {
            const shown = visible(value.length > 60 ? `${value.slice(0, 60)}…` : value);
            report(r, path, { code: 'control-character', message: `"${shown}" holds a control or bidirectional character`, hint: 'Remove it; records are plain text.' });
          }
        } else if (Array.isArray(value)) {
          value.forEach((v, i) => stack.push([v, [...path, i]]));
        } else if (value && typeof value === 'object') {
          for (const [k, v] of Object.entries(value)) {
            if (hasHidden(k)) report(r, [...path, k], { code: 'control-character', message: `key "${visible(k.slice(0, 60))}" holds a control or bidirectional character`, hint: 'Remove it; records are plain text.' });
            stack.push([v, [...path, k]]);
          }
        }
      }
    }
  },
};
