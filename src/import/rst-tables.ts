import { StackfitError } from '../errors.ts';
import type { MarkdownRow, MarkdownTable } from './markdown-tables.ts';

const BORDER = /^\s*\+(?:[-=]+\+)+\s*$/;
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;
const PAD = '\u0000';

/** The line with a placeholder after each wide (CJK) character, so string index = display column. */
function byColumn(line: string): string {
  let out = '';
  for (const ch of line) out += WIDE.test(ch) ? ch + PAD : ch;
  return out;
}

/**
 * Every reStructuredText grid table in a file (`+---+---+` borders). Rows are delimited by full
 * borders; a `+===+` border ends the header (a table without one has an empty header). A cell
 * spanning sub-rows (a partial border in the other columns) is one cell; the other columns' sub-
 * rows are joined with `<br>`, and lines within a sub-row with a space. The heading is the
 * table's `.. table::` caption, else the section title above. Linear in the file.
 *
 * @example
 * parseRstGridTables('+---+---+\n| a | b |\n+===+===+\n| 1 | 2 |\n+---+---+\n', 'x.rst')[0].rows[0].cells // ['1', '2']
 */
export function parseRstGridTables(text: string, file: string): MarkdownTable[] {
  const lines = text.split(/\r?\n/);
  const tables: MarkdownTable[] = [];
  let heading = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const caption = /^\s*\.\.\s+table::\s*(.*)$/.exec(line);
    if (caption) {
      heading = caption[1]!.trim() || heading;
      continue;
    }
    const next = lines[i + 1];
    if (line.trim() && next && /^([-=~^"'`#*+])\1{2,}\s*$/.test(next) && !line.includes('|') && !BORDER.test(line)) {
      heading = line.trim();
      continue;
    }
    if (!BORDER.test(line)) continue;
    const indent = line.indexOf('+');
    const top = line.slice(indent).trimEnd();
    const cuts: number[] = [];
    for (let k = 0; k < top.length; k++) if (top[k] === '+') cuts.push(k);
    const columns = cuts.length - 1;
    const startLine = i + 1;
    let header: string[] = [];
    const rows: MarkdownRow[] = [];
    // per column: sub-rows of lines
    let cells: string[][][] = Array.from({ length: columns }, () => [[]]);
    let rowLine = i + 2;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const body = byColumn(lines[j]!).slice(indent).trimEnd();
      if (!body.startsWith('+') && !body.startsWith('|')) break;
      const flush = () => cells.map((subs) => subs.map((s) => s.filter(Boolean).join(' ')).filter(Boolean).join('<br>'));
      if (BORDER.test(body)) {
        const done = flush();
        if (body.includes('=')) header = done;
        else rows.push({ line: rowLine, cells: done });
        cells = Array.from({ length: columns }, () => [[]]);
        rowLine = j + 2;
        continue;
      }
      if (body.length < top.length) {
        throw new StackfitError({ code: 'bad-upstream', file, line: j + 1, message: `grid table line is shorter than its border on line ${startLine}`, hint: 'Expected every line of an rst grid table to reach the right border.' });
      }
      for (let c = 0; c < columns; c++) {
        const part = body.slice(cuts[c]! + 1, cuts[c + 1]!).split(PAD).join('');
        const subs = cells[c]!;
        if (/^-+$/.test(part) && (body[cuts[c]!] === '+' || body[cuts[c + 1]!] === '+')) subs.push([]);
        else subs[subs.length - 1]!.push(part.trim());
      }
    }
    tables.push({ line: startLine, heading, header, rows });
    i = j - 1;
  }
  return tables;
}
