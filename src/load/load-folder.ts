import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import type { z } from 'zod';
import type { Issue } from '../errors.ts';
import { DATA_FOLDERS, PAIRS_FILE } from '../schema/constants.ts';
import { ImageSchema, type Image } from '../schema/image.ts';
import { PairsSchema, type PairRule } from '../schema/pairs.ts';
import { ProductSchema, type Product } from '../schema/product.ts';
import { TableSchema, type Table } from '../schema/table.ts';
import { VendorSchema, type Vendor } from '../schema/vendor.ts';
import { MAX_FILE_BYTES, parseYaml, type Path, type ParsedYaml } from './parse-yaml.ts';
import { zodIssues } from './zod-issues.ts';

export type RecordKind = 'vendor' | 'product' | 'table' | 'pairs' | 'image';

/** A record read from a file, with the means to point at its lines. */
export interface SourceRecord<T = unknown> {
  readonly kind: RecordKind;
  /** Path relative to the data folder, with forward slashes. */
  readonly file: string;
  /** Folder the file sits in (`chips`, `tables`, ...), empty for the pairs file. */
  readonly folder: string;
  readonly value: T;
  /** The raw text, kept for code frames and the formatter. */
  readonly text: string;
  locate(path: Path): { line: number; col: number };
}

export interface LoadedFolder {
  readonly root: string;
  readonly vendors: SourceRecord<Vendor>[];
  readonly products: SourceRecord<Product>[];
  readonly tables: SourceRecord<Table>[];
  readonly pairs: SourceRecord<{ pairs: PairRule[] }>[];
  readonly images: SourceRecord<Image>[];
  /** Problems found while reading and validating single files. */
  readonly issues: Issue[];
  /** How many files were read. */
  readonly fileCount: number;
}

const SCHEMAS: Record<RecordKind, z.ZodType> = {
  vendor: VendorSchema,
  product: ProductSchema,
  table: TableSchema,
  pairs: PairsSchema,
  image: ImageSchema,
};

function shapeKeys(schema: z.ZodType, path: Path): readonly string[] | undefined {
  let cur: unknown = schema;
  for (const p of path) {
    const def = (cur as { def?: Record<string, unknown> }).def;
    if (!def) return undefined;
    if (def.type === 'optional' || def.type === 'nullable') cur = def.innerType;
    const d = (cur as { def: Record<string, unknown> }).def;
    if (typeof p === 'number' && d.type === 'array') cur = d.element;
    else if (typeof p === 'string' && d.type === 'object' && Object.hasOwn(d.shape as object, p)) cur = (d.shape as Record<string, unknown>)[p];
    else if (typeof p === 'string' && d.type === 'record') cur = d.valueType;
    else return undefined;
    while ((cur as { def?: { type?: string } })?.def?.type === 'optional') cur = (cur as { def: { innerType: unknown } }).def.innerType;
  }
  const def = (cur as { def?: Record<string, unknown> }).def;
  return def?.type === 'object' ? Object.keys(def.shape as object) : undefined;
}

function kindOf(folder: string, name: string): RecordKind | undefined {
  if (folder === '' && name === PAIRS_FILE) return 'pairs';
  if (folder === 'vendors') return 'vendor';
  if (folder === 'tables') return 'table';
  if (folder === 'images') return 'image';
  if ((DATA_FOLDERS as readonly string[]).includes(folder)) return 'product';
  return undefined;
}

function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, depth: number) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory() && depth < 2 && !entry.name.startsWith('.')) walk(full, depth + 1);
      else if (entry.isFile() && /\.ya?ml$/i.test(entry.name)) out.push(full);
    }
  };
  walk(root, 0);
  return out;
}

/** Parses and validates one file's text as a record of the kind its folder implies. */
export function readRecord(file: string, text: string, byteLength?: number): { record?: SourceRecord; issues: Issue[] } {
  const folder = dirname(file) === '.' ? '' : dirname(file);
  const name = basename(file);
  const kind = kindOf(folder, name);
  if (!kind) {
    return {
      issues: [{ code: 'unknown-folder', file, line: 1, col: 1, severity: 'error', message: `"${file}" is not in a data folder`, hint: `Put records in ${DATA_FOLDERS.join(', ')}/ or name the pairs file ${PAIRS_FILE}.` }],
    };
  }
  if (!name.endsWith('.yaml')) {
    return { issues: [{ code: 'file-extension', file, line: 1, col: 1, severity: 'error', message: `"${name}" must end in .yaml`, hint: 'Rename it to .yaml.' }] };
  }
  const parsed: ParsedYaml = parseYaml(file, text, byteLength);
  if (parsed.value === undefined) return { issues: parsed.issues };
  const schema = SCHEMAS[kind];
  const result = schema.safeParse(parsed.value);
  if (!result.success) {
    return { issues: zodIssues(file, parsed.value, parsed, result.error, (p) => shapeKeys(schema, p) ?? [], text) };
  }
  return { record: { kind, file, folder, value: result.data, text, locate: parsed.locate }, issues: [] };
}

/**
 * Reads every record under a data folder. Files are read in sorted order so output is stable.
 * Problems of single files are collected; cross-record checks are the linter's job.
 */
export function loadFolder(root: string, onProgress?: (done: number, total: number) => void): LoadedFolder {
  const out: LoadedFolder = { root, vendors: [], products: [], tables: [], pairs: [], images: [], issues: [], fileCount: 0 };
  let files: string[];
  try {
    files = listFiles(root);
  } catch (e) {
    out.issues.push({ code: 'unreadable', file: root, severity: 'error', message: `cannot read data folder "${root}": ${(e as NodeJS.ErrnoException).code ?? String(e)}` });
    return out;
  }
  for (const full of files) {
    const file = relative(root, full).split(sep).join('/');
    (out as { fileCount: number }).fileCount++;
    if (onProgress && out.fileCount % 100 === 0) onProgress(out.fileCount, files.length);
    let text: string;
    let size: number;
    try {
      // One open, which cannot block (a FIFO swapped in after listing): the size and the kind of
      // file are read from the descriptor the text is then read through.
      const fd = openSync(full, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
      try {
        const st = fstatSync(fd);
        if (!st.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'not a regular file' });
        size = st.size;
        text = size > MAX_FILE_BYTES ? '' : readFileSync(fd, 'utf8');
      } finally {
        closeSync(fd);
      }
    } catch (e) {
      out.issues.push({ code: 'unreadable', file, severity: 'error', message: `cannot read "${file}": ${(e as NodeJS.ErrnoException).code ?? String(e)}` });
      continue;
    }
    const { record, issues } = readRecord(file, text, size);
    out.issues.push(...issues);
    if (!record) continue;
    if (record.kind === 'vendor') out.vendors.push(record as SourceRecord<Vendor>);
    else if (record.kind === 'product') out.products.push(record as SourceRecord<Product>);
    else if (record.kind === 'table') out.tables.push(record as SourceRecord<Table>);
    else if (record.kind === 'image') out.images.push(record as SourceRecord<Image>);
    else out.pairs.push(record as SourceRecord<{ pairs: PairRule[] }>);
  }
  return out;
}
