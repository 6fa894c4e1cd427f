import { StackfitError } from '../errors.ts';
import { cellText } from './cell-text.ts';
import { parseHtmlTables } from './html-tables.ts';
import { parseMarkdownTables, type MarkdownTable } from './markdown-tables.ts';
import { parseRstGridTables } from './rst-tables.ts';
import type { CellRule, ImporterSpec, UpstreamFile, UpstreamRow } from './spec.ts';

export type Row = (string | null)[];

/** Header cells compare as text without whitespace (`Linux操作系统` = `Linux 操作系统`). */
const headerKey = (h: string) => cellText(h).replace(/\s+/g, '');

function fail(file: string, line: number, message: string, hint?: string): never {
  throw new StackfitError({ code: 'bad-upstream', file, line, message, ...(hint ? { hint } : {}) });
}

const markdownAndHtml = (text: string, file: string) => [...parseMarkdownTables(text, file), ...parseHtmlTables(text, file)].sort((a, b) => a.line - b.line);
const PARSERS = { markdown: parseMarkdownTables, html: parseHtmlTables, rst: parseRstGridTables, 'markdown+html': markdownAndHtml } as const;

const parsedOnce = new WeakMap<UpstreamFile, Map<string, MarkdownTable[]>>();

/** The file's tables in the spec's format (vertical tables turned into one row each), parsed once per file. */
function parseTables(spec: ImporterSpec, file: UpstreamFile): MarkdownTable[] {
  const key = `${spec.format}${spec.transpose ? '/t' : ''}`;
  const byFormat = parsedOnce.get(file) ?? new Map<string, MarkdownTable[]>();
  parsedOnce.set(file, byFormat);
  const hit = byFormat.get(key);
  if (hit) return hit;
  const tables = transposed(spec, PARSERS[spec.format](file.text, file.path));
  byFormat.set(key, tables);
  return tables;
}

function transposed(spec: ImporterSpec, tables: MarkdownTable[]): MarkdownTable[] {
  if (!spec.transpose) return tables;
  return tables.map((t) => {
    const pairs = [...(t.header.length ? [{ line: t.line, cells: t.header }] : []), ...t.rows];
    return { ...t, header: pairs.map((r) => r.cells[0] ?? ''), rows: [{ line: pairs[0]?.line ?? t.line, cells: pairs.map((r) => r.cells[1] ?? '') }] };
  });
}

function tablesOf(spec: ImporterSpec, file: UpstreamFile, optional = false): MarkdownTable[] {
  if (spec.onePerFile) return [{ line: 1, heading: '', header: [], rows: [{ line: 1, cells: [] }] }];
  const parsed = parseTables(spec, file);
  const rename = new Map(Object.entries(spec.rename ?? {}).map(([k, v]) => [headerKey(k), v]));
  const all = rename.size ? parsed.map((t) => ({ ...t, header: t.header.map((h) => rename.get(headerKey(h)) ?? h) })) : parsed;
  const wanted = spec.select.header;
  const matching = all.filter((t) => {
    if (spec.select.heading && !spec.select.heading.test(t.heading)) return false;
    const names = t.header.map(headerKey);
    if (spec.select.exact && names.length !== wanted.length) return false;
    return wanted.every((w) => names.includes(headerKey(w)));
  });
  if (!matching.length) {
    if (optional) return [];
    fail(file.path, 1, `no table with the columns ${wanted.map((w) => `"${w}"`).join(', ')}${spec.select.heading ? ` under a heading matching ${spec.select.heading}` : ''}`, `Is this the ${spec.family} file?`);
  }
  if (spec.select.nth !== undefined) {
    const one = matching[spec.select.nth];
    if (!one) fail(file.path, 1, `expected at least ${spec.select.nth + 1} tables with the columns ${wanted.join(', ')}, found ${matching.length}`);
    return [one];
  }
  return matching;
}

/** A printed cell through an importer dictionary; a cell the dictionary lacks is an error. */
function mapped(map: Readonly<Record<string, string | null>>, name: string | undefined, out: string, row: UpstreamRow, where: string): string | null {
  if (!Object.hasOwn(map, out)) {
    fail(row.file.path, row.line, `cannot read "${out.slice(0, 120)}" (${where}): not in ${name ?? 'the importer map'}`, `Add the reading of this cell to ${name ?? 'the map'} in the importer.`);
  }
  return map[out]!;
}

function lookUp(l: NonNullable<Extract<CellRule, { from: unknown }>['lookup']>, key: string, row: UpstreamRow, spec: ImporterSpec): string {
  for (const t of parseTables(spec, row.file)) {
    const names = t.header.map(headerKey);
    if (!l.header.every((h) => names.includes(headerKey(h)))) continue;
    const k = names.indexOf(headerKey(l.key));
    const v = names.indexOf(headerKey(l.value));
    for (const r of t.rows) {
      let candidate: string | null = r.cells[k] ?? '';
      for (const read of l.keyRead ?? []) if (candidate !== null) candidate = read(candidate, { ...row, line: r.line, header: t.header, cells: r.cells });
      if (candidate === key) return cellText(r.cells[v] ?? '');
    }
  }
  fail(row.file.path, row.line, `no row "${key}" in the table with the columns ${l.header.join(', ')}`);
}

function cellOf(rule: CellRule, row: UpstreamRow, column: number, spec: ImporterSpec): string | null {
  if ('const' in rule) return rule.const;
  if ('find' in rule) {
    const flags = rule.find.flags.includes('g') ? rule.find.flags : `${rule.find.flags}g`;
    const found = [...new Set([...row.file.text.matchAll(new RegExp(rule.find.source, flags))].map((m) => m[1] ?? m[0]))];
    let out: string | null = (rule.all ? found.join(', ') : found[0]) || null;
    for (const read of rule.read ?? []) if (out !== null) out = read(out, row);
    return rule.map && out !== null ? mapped(rule.map, rule.mapName, out, row, String(rule.find)) : out;
  }
  if ('matrix' in rule) {
    const picked = row.header.flatMap((h, i) => {
      const m = rule.matrix.exec(cellText(h));
      if (!m || !rule.yes.test(cellText(row.cells[i] ?? ''))) return [];
      let v: string | null = m[1] ?? m[0];
      for (const read of rule.read ?? []) if (v !== null) v = read(v, row);
      return v === null ? [] : [v];
    });
    return picked.length ? picked.join(' || ') : null;
  }
  if ('source' in rule) return row.file.url;
  if ('var' in rule) {
    const v = row.file.vars[rule.var];
    if (v === undefined) fail(row.file.path, row.line, `the sidecar gives no "${rule.var}" for this file (column ${column + 1})`, `Add vars.${rule.var} to the file's entry in the sidecar.`);
    let out: string | null = v;
    for (const read of rule.read ?? []) if (out !== null) out = read(out, row);
    return out;
  }
  const names = row.header.map(headerKey);
  const parts = (Array.isArray(rule.from) ? rule.from : [rule.from]) as readonly (string | number)[];
  const values = parts.map((from): string | undefined => {
    const index = typeof from === 'number' ? from : names.indexOf(headerKey(from));
    if (index < 0 || index >= row.cells.length) {
      if (rule.optional) return undefined;
      fail(row.file.path, row.line, `no column "${String(from)}" in this table`);
    }
    return row.cells[index]!.trim();
  });
  let out: string | null = values.some((v) => v === undefined) ? null : values.join(' | ');
  for (const read of rule.read ?? []) if (out !== null) out = read(out, row);
  if (rule.lookup && out !== null) out = lookUp(rule.lookup, out, row, spec);
  return rule.map && out !== null ? mapped(rule.map, rule.mapName, out, row, `column "${String(rule.from)}"`) : out;
}

function explodeRow(spec: ImporterSpec, names: readonly string[], cells: readonly string[], file: string, line: number): (readonly string[])[] {
  if (!spec.explode) return [cells];
  if (typeof spec.explode === 'function') {
    const rows = spec.explode(cells, names);
    if (!rows.length) fail(file, line, 'expected list items in this row');
    return rows;
  }
  const i = names.indexOf(headerKey(spec.explode));
  if (i < 0) fail(file, line, `no column "${spec.explode}" to split into list items`);
  const items = [...cells[i]!.matchAll(/<li>([\s\S]*?)(?=<\/li>|<li>|<\/ul>|$)/gi)].map((m) => m[1]!.trim());
  if (!items.length) fail(file, line, `expected a list of <li> items in column "${spec.explode}"`);
  return items.map((item) => cells.map((c, k) => (k === i ? item : c)));
}

/**
 * Reads the rows of one stackfit table out of upstream files, by the importer's declaration.
 * Files are read in the order given; with `merge: 'first-seen'` a row printed by several files
 * is kept once and cites the first. Throws `StackfitError` (`bad-upstream`) naming the file and
 * line it could not read.
 *
 * @example
 * importRows(spec, [{ path: 'COMPATIBILITY.en.md', text, url, vars: {} }])
 */
export function importRows(spec: ImporterSpec, files: readonly UpstreamFile[]): Row[] {
  const chunks: Row[][] = [];
  const seen = new Set<string>();
  const sourceColumns = spec.cells.flatMap((c, i) => ('source' in c ? [i] : []));
  const parts: ImporterSpec[] = spec.parts ? spec.parts.map((p) => ({ ...spec, ...p })) : [spec];
  const byFile = new Map<UpstreamFile, Set<string>>();
  for (const file of files) {
    const out: Row[] = [];
    chunks.push(out);
    const printed = new Set<string>();
    const all = new Set<string>();
    byFile.set(file, all);
    const found = parts.map((part) => ({ part, tables: tablesOf(part, file, parts.length > 1) }));
    if (!found.some((f) => f.tables.length)) tablesOf(parts[0]!, file);
    for (const { part: spec, tables } of found) for (const table of tables) {
      const names = table.header.map(headerKey);
      const above = new Map<number, string>();
      for (const r of table.rows) {
        const cells = [...r.cells];
        for (const name of spec.fillDown ?? []) {
          const i = names.indexOf(headerKey(name));
          if (i < 0) continue;
          if (cellText(cells[i] ?? '') === '') cells[i] = above.get(i) ?? '';
          else above.set(i, cells[i]!);
        }
        if (spec.where && !Object.entries(spec.where).every(([name, re]) => {
          const i = names.indexOf(headerKey(name));
          return i >= 0 && re.test(cellText(cells[i] ?? ''));
        })) continue;
        for (const expanded of explodeRow(spec, names, cells, file.path, r.line)) {
          const row: UpstreamRow = { file, line: r.line, heading: table.heading, header: table.header, cells: expanded };
          if (spec.keep && !spec.keep(row)) continue;
          const stored = spec.cells.map((rule, i) => cellOf(rule, row, i, spec));
          all.add(JSON.stringify(stored.filter((_c, i) => !sourceColumns.includes(i))));
          if (spec.merge === 'first-seen') {
            const key = JSON.stringify(stored.filter((_c, i) => (spec.mergeKey ? spec.mergeKey.includes(i) : !sourceColumns.includes(i))));
            if (seen.has(key)) continue;
            printed.add(key);
          }
          out.push(stored);
        }
      }
    }
    for (const key of printed) seen.add(key);
  }
  const rows = spec.historyOrder === 'last-file-first' ? [...chunks[0] ?? [], ...chunks.slice(1).reverse().flat()] : chunks.flat();
  if (spec.citeOwnRelease) {
    for (const row of rows) {
      const own = files.find((f) => f.vars.release !== undefined && f.vars.release === row[0] && byFile.get(f)?.has(JSON.stringify(row.filter((_c, i) => !sourceColumns.includes(i)))));
      if (own) for (const i of sourceColumns) row[i] = own.url;
    }
  }
  return rows;
}
