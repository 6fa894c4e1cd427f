import type { z } from 'zod';
import type { Issue } from '../errors.ts';
import { formatPath, type Path, type ParsedYaml } from './parse-yaml.ts';

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value} ${String(value)}`;
}

function valueAt(root: unknown, path: Path): unknown {
  let cur: unknown = root;
  for (const p of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = Object.hasOwn(cur, p) ? (cur as Record<string | number, unknown>)[p] : undefined;
  }
  return cur;
}

/** The token written at a position (a number as typed, such as 3.10). */
function tokenAt(lines: readonly string[] | undefined, pos: { line: number; col: number }): string | undefined {
  const line = lines?.[pos.line - 1];
  return line?.slice(pos.col - 1, pos.col + 63).match(/^[^\s,\]}#]+/)?.[0];
}

/** Turns zod issues into record issues with the YAML position of the offending node. */
export function zodIssues(file: string, root: unknown, parsed: Pick<ParsedYaml, 'locate'>, error: z.ZodError, allowedKeys?: (path: Path) => readonly string[], text?: string): Issue[] {
  let lines: string[] | undefined;
  return error.issues.map((zi) => {
    const path = zi.path.filter((p): p is string | number => typeof p !== 'symbol');
    const where = formatPath(path);
    const value = valueAt(root, path);
    let code = 'schema';
    let message: string;
    let hint: string | undefined;
    switch (zi.code) {
      case 'unrecognized_keys': {
        code = 'unknown-field';
        const keys = zi.keys;
        const allowed = allowedKeys?.(path);
        const named = keys.slice(0, 5).map((k) => `"${k.length > 40 ? `${k.slice(0, 40)}…` : k}"`).join(', ');
        message = `unknown field${keys.length > 1 ? 's' : ''} ${named}${keys.length > 5 ? ` and ${keys.length - 5} more` : ''}${where ? ` in ${where}` : ''}`;
        if (allowed) hint = `Allowed: ${allowed.join(', ')}.`;
        const pos = parsed.locate([...path, keys[0]!]);
        return { code, message, file, severity: 'error', path: where, ...pos, ...(hint ? { hint } : {}) };
      }
      case 'invalid_type':
        if (value === undefined) {
          code = 'missing-field';
          message = `missing required field "${where}" (expected ${zi.expected})`;
        } else {
          code = 'wrong-type';
          const numericVersion = typeof value === 'number' && /version|releases|eol|date|\d$/.test(where);
          message = `${where || 'record'} is ${describe(value)}; expected ${zi.expected}`;
          if (numericVersion || (typeof value === 'number' && zi.expected === 'string')) {
            const written = tokenAt((lines ??= text?.split('\n')), parsed.locate(path)) ?? String(value);
            hint = `Quote it: "${written}" (unquoted, YAML reads ${written} as the number ${String(value)}).`;
          }
        }
        break;
      case 'invalid_value':
        code = 'bad-value';
        message = `${where} is ${describe(value)}; expected one of ${zi.values.map((v) => JSON.stringify(v)).join(', ')}`;
        break;
      default:
        message = `${where || 'record'} is ${describe(value)}: ${zi.message}`;
    }
    return { code, message, file, severity: 'error' as const, path: where, ...parsed.locate(path), ...(hint ? { hint } : {}) };
  });
}
