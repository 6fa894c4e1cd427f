import type { MarkdownRow, MarkdownTable } from './markdown-tables.ts';

const TAG = /<(\/?)(table|tr|td|th|thead|tbody)\b([^>]*)>/gi;

function spanOf(attrs: string, name: string): number {
  const m = new RegExp(`${name}\\s*=\\s*["']?(\\d+)`, 'i').exec(attrs);
  const n = m ? Number(m[1]) : 1;
  return n >= 1 && n <= 100 ? n : 1;
}

/**
 * Every HTML `<table>` in a file (markdown pages embed them), with rowspan and colspan expanded so
 * each row has one cell per column. The first row is the header. Cells keep their inner HTML.
 * One pass over the tags; line numbers are those of each `<tr>`.
 *
 * @example
 * parseHtmlTables('<table><tr><th>a</th></tr><tr><td>1</td></tr></table>', 'x.md')[0].rows[0].cells // ['1']
 */
export function parseHtmlTables(text: string, _file: string): MarkdownTable[] {
  const lineStarts: number[] = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const tables: MarkdownTable[] = [];
  let heading = '';
  let headingScan = 0;
  const headingRe = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/gm;
  let grid: { line: number; cells: string[]; head: boolean }[] = [];
  let inHead = false;
  let pending: { col: number; left: number; value: string }[] = [];
  let row: { line: number; cells: string[]; head: boolean } | undefined;
  let cellStart = -1;
  let cellAttrs = '';
  let tableLine = 0;
  let depth = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(text); m; m = TAG.exec(text)) {
    const closing = m[1] === '/';
    const tag = m[2]!.toLowerCase();
    if (tag === 'table') {
      if (!closing) {
        depth++;
        if (depth > 1) continue;
        headingRe.lastIndex = headingScan;
        for (let h = headingRe.exec(text); h && h.index < m.index; h = headingRe.exec(text)) heading = h[1]!;
        headingScan = m.index;
        grid = [];
        pending = [];
        tableLine = lineOf(m.index);
      } else {
        depth--;
        if (depth > 0) continue;
        // every <thead> row is header (merged per column, distinct texts joined), else the first row
        const headRows = grid.some((r) => r.head) ? grid.filter((r) => r.head) : grid.slice(0, 1);
        const body = grid.slice(headRows.length);
        const width = Math.max(0, ...headRows.map((r) => r.cells.length));
        const header = Array.from({ length: width }, (_v, c) => [...new Set(headRows.map((r) => (r.cells[c] ?? '').trim()).filter(Boolean))].join(' '));
        if (headRows.length) tables.push({ line: tableLine, heading, header, rows: body.map((r): MarkdownRow => ({ line: r.line, cells: r.cells })) });
      }
      continue;
    }
    if (depth !== 1) continue;
    if (tag === 'thead') {
      inHead = !closing;
      continue;
    }
    if (tag === 'tr' && !closing) {
      row = { line: lineOf(m.index), cells: [], head: inHead };
    } else if (tag === 'tr' && closing && row) {
      // cells still owed by rowspans at the end of the row
      for (const p of pending.filter((q) => q.col >= row!.cells.length && q.left > 0).sort((a, b) => a.col - b.col)) {
        while (row.cells.length < p.col) row.cells.push('');
        row.cells.push(p.value);
        p.left--;
      }
      grid.push(row);
      row = undefined;
      pending = pending.filter((p) => p.left > 0);
    } else if ((tag === 'td' || tag === 'th') && !closing && row) {
      cellStart = m.index + m[0].length;
      cellAttrs = m[3] ?? '';
    } else if ((tag === 'td' || tag === 'th') && closing && row && cellStart >= 0) {
      const value = text.slice(cellStart, m.index).trim();
      cellStart = -1;
      // place cells held by rowspans from rows above first
      for (;;) {
        const held = pending.find((p) => p.col === row!.cells.length && p.left > 0);
        if (!held) break;
        row.cells.push(held.value);
        held.left--;
      }
      const colspan = spanOf(cellAttrs, 'colspan');
      const rowspan = spanOf(cellAttrs, 'rowspan');
      for (let c = 0; c < colspan; c++) {
        if (rowspan > 1) pending.push({ col: row.cells.length, left: rowspan - 1, value });
        row.cells.push(value);
      }
    }
  }
  return tables;
}
