import { StackfitError } from '../errors.ts';

/** One cell as printed (trimmed, escapes kept) and its line in the file. */
export interface MarkdownRow {
  readonly line: number;
  readonly cells: readonly string[];
}

/** A pipe table, the nearest heading above it, its header cells and body rows. */
export interface MarkdownTable {
  readonly line: number;
  readonly heading: string;
  readonly header: readonly string[];
  readonly rows: readonly MarkdownRow[];
}

const DELIMITER_CELL = /^\s*:?-{1,}:?\s*$/;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;

/**
 * Splits one pipe-table line into cells. A pipe inside backticks or escaped as `\|` belongs to the
 * cell; leading and trailing pipes are optional. Linear in the line's length.
 *
 * @example
 * splitRow('| a | `x|y` | b \\| c |') // ['a', '`x|y`', 'b \\| c']
 */
export function splitRow(line: string): string[] {
  const cells: string[] = [];
  let cur = '';
  let ticks = 0; // length of the open backtick run, 0 when outside code
  let i = 0;
  const s = line.trim();
  const start = s.startsWith('|') ? 1 : 0;
  for (i = start; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '\\' && s[i + 1] === '|') {
      cur += '\\|';
      i++;
      continue;
    }
    if (ch === '`') {
      let run = 1;
      while (s[i + run] === '`') run++;
      if (ticks === 0) ticks = run;
      else if (ticks === run) ticks = 0;
      cur += s.slice(i, i + run);
      i += run - 1;
      continue;
    }
    if (ch === '|' && ticks === 0) {
      cells.push(cur.trim());
      cur = '';
      continue;
    }
    cur += ch;
  }
  if (cur.trim() !== '' || !s.endsWith('|')) cells.push(cur.trim());
  return cells;
}

function isDelimiterRow(cells: readonly string[]): boolean {
  return cells.length > 0 && cells.every((c) => DELIMITER_CELL.test(c));
}

/**
 * Every GitHub-flavoured pipe table in a markdown file, in order, each with the nearest heading
 * above it. Indented tables (inside list items) count; fenced code blocks are skipped. A body row
 * with more cells than the header is an error naming the file and line.
 *
 * @example
 * parseMarkdownTables('# T\n| a | b |\n|---|---|\n| 1 | 2 |\n', 'x.md')[0].rows[0].cells // ['1', '2']
 */
export function parseMarkdownTables(text: string, file: string): MarkdownTable[] {
  const lines = text.split(/\r?\n/);
  const tables: MarkdownTable[] = [];
  let heading = '';
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fenceMatch = /^\s*(```|~~~)/.exec(line);
    if (fenceMatch) {
      if (fence === undefined) fence = fenceMatch[1];
      else if (fence === fenceMatch[1]) fence = undefined;
      continue;
    }
    if (fence !== undefined) continue;
    const h = HEADING.exec(line);
    if (h) {
      heading = h[2]!;
      continue;
    }
    if (!line.includes('|')) continue;
    const next = lines[i + 1];
    if (next === undefined || !next.includes('-')) continue;
    const delim = splitRow(next);
    if (!isDelimiterRow(delim)) continue;
    const header = splitRow(line);
    const rows: MarkdownRow[] = [];
    let j = i + 2;
    for (; j < lines.length; j++) {
      const body = lines[j]!;
      if (!body.trim() || !body.includes('|')) break;
      const cells = splitRow(body);
      if (cells.length > header.length) {
        throw new StackfitError({
          code: 'bad-upstream',
          file,
          line: j + 1,
          message: `table row has ${cells.length} cells, expected at most ${header.length} (the header on line ${i + 1})`,
          hint: 'Escape a pipe inside a cell as \\| or check the row.',
        });
      }
      rows.push({ line: j + 1, cells: [...cells, ...Array<string>(header.length - cells.length).fill('')] });
    }
    tables.push({ line: i + 1, heading, header, rows });
    i = j - 1;
  }
  return tables;
}
