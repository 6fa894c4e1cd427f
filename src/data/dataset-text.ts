import type { Dataset } from '../schema/dataset.ts';

/**
 * The compiled dataset as the CLI and the main entry load it: one line of JSON with every record's
 * small fields (ids, names, kinds, families, table columns), then the large fields (releases, rules,
 * rows, notes, sources) as JSON texts one after another. The line holds, in place of each large
 * field, where its text starts and ends; the field is parsed the first time it is read. A process
 * that checks one stack parses the records it names, not all of them (the whole dataset is still
 * there for whoever reads it: `stackfit/data.json` is the plain JSON of the same records).
 *
 * The line also carries what the engine must know about every record before it reads any rules:
 * which products a product's rules name (see `ruleMentions` in the engine), made by the build. After
 * the large fields come, per product, which of its releases each of its rules holds for (see
 * `ruleCoverage` in the engine), and per vendor table, which releases each cell of a column admits
 * (see `tableCoverage`), each parsed when first read: the engine then need not parse a rule's range
 * of releases, or every cell of a table column, to answer for a release the data lists.
 */

/** The large fields of products and tables, and those only some commands read (CPU IDs, homepages), kept as text until read. */
const PRODUCT_TEXT = new Set(['releases', 'rules', 'notes', 'sources', 'versionSets', 'cpuid', 'homepage']);
const TABLE_TEXT = new Set(['rows', 'notes', 'sources']);
/** Key of a field kept as text: `{ "$text": [start, end] }`, offsets into the text after the line. */
const TEXT = '$text';
/** Key of the products each product's rules name, in the line. */
const MENTIONS = '$mentions';
/** Key of where each product's rule coverage starts and ends, in the line. */
const COVERAGE = '$coverage';
/** Key of where each table's cell coverage starts and ends, in the line. */
const TABLE_COVERAGE = '$tableCoverage';

/** Who names whom in rules, read from the line, per dataset the line was read into. */
const mentionsRead = new WeakMap<Dataset, ReadonlyMap<string, readonly string[]>>();
/** Rule coverage per product (parsed on first read), per dataset the text was read into. */
const coverageRead = new WeakMap<Dataset, (id: string) => RuleCoverage | undefined>();
/** Cell coverage per table (parsed on first read), per dataset the text was read into. */
const tableCoverageRead = new WeakMap<Dataset, (id: string) => TableCoverage | undefined>();

/**
 * For each rule of a product in order, which of the product's releases (in data order) it holds
 * for, one character per release: `y` yes, `n` no, `m` maybe, `?` not worked out (ask the range);
 * empty when none was worked out; null for a rule that names no releases.
 */
export type RuleCoverage = readonly (string | null)[];

/**
 * For each column of a vendor table in order, which of the column product's releases (in data
 * order) each row's cell admits: the rows' marks one after another, `releases` characters a row
 * (`y` yes, `n` no or an empty cell, `m` maybe, `?` not worked out); null for a column without
 * them (a label column, a product without releases).
 */
export type TableCoverage = readonly (string | null)[];

/**
 * Every character outside ASCII as a \u escape (valid alike in JSON, JavaScript strings, regular
 * expressions and identifiers): a one-byte string for V8 to read and parse.
 */
export function asciiEscaped(text: string): string {
  return text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** JSON text of a value, ASCII only (see asciiEscaped). */
export function asciiJson(value: unknown): string {
  return asciiEscaped(JSON.stringify(value));
}

/**
 * Writes a dataset in the form `readDatasetText` reads, with what the rules name and, when given,
 * which releases the rules hold for and the table cells admit (the build computes all three).
 */
export function datasetText(
  dataset: Dataset,
  mentions: ReadonlyMap<string, ReadonlySet<string>>,
  coverage?: ReadonlyMap<string, RuleCoverage>,
  tableCoverage?: ReadonlyMap<string, TableCoverage>,
): string {
  const texts: string[] = [];
  let at = 0;
  const split = (record: object, large: ReadonlySet<string>): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(record)) {
      if (!large.has(key) || value === undefined) {
        out[key] = value;
        continue;
      }
      const text = asciiJson(value);
      texts.push(text);
      out[key] = { [TEXT]: [at, at + text.length] };
      at += text.length;
    }
    return out;
  };
  const spanOf = (value: unknown): [number, number] => {
    const text = asciiJson(value);
    texts.push(text);
    at += text.length;
    return [at - text.length, at];
  };
  const line = {
    ...dataset,
    products: dataset.products.map((p) => split(p, PRODUCT_TEXT)),
    tables: dataset.tables.map((t) => split(t, TABLE_TEXT)),
    [MENTIONS]: Object.fromEntries([...mentions].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([id, named]) => [id, [...named].sort()])),
    ...(coverage ? { [COVERAGE]: Object.fromEntries(dataset.products.filter((p) => coverage.has(p.id)).map((p) => [p.id, spanOf(coverage.get(p.id))])) } : {}),
    ...(tableCoverage ? { [TABLE_COVERAGE]: Object.fromEntries(dataset.tables.filter((t) => tableCoverage.has(t.id)).map((t) => [t.id, spanOf(tableCoverage.get(t.id))])) } : {}),
  };
  return `${asciiJson(line)}\n${texts.join('')}`;
}

/**
 * The compiled dataset as `readDatasetText` reads it: the line of records, and the text after it,
 * a part at a time. The CLI reads the parts from its file as they are asked for
 * (src/cli/dataset-file.ts), so a process holds the parts it uses, not the whole file.
 */
export interface DatasetSource {
  /** The line of records: the text before the first newline. */
  readonly line: string;
  /** The text from `start` to `end`, offsets counted from the first character after the newline. */
  body(start: number, end: number): string;
}

/** The source of a dataset held whole as one string. */
function stringSource(text: string): DatasetSource {
  const newline = text.indexOf('\n');
  if (newline < 0) throw new Error('compiled dataset: no line of records');
  const at = newline + 1;
  return { line: text.slice(0, newline), body: (start, end) => text.slice(at + start, at + end) };
}

/**
 * Reads what `datasetText` wrote, whole (a string) or a part at a time (a DatasetSource). Records
 * and their lists are frozen (as `freezeRecords` leaves them); a large field is parsed, and its list
 * frozen, on first read. Throws on text that is not that form.
 */
export function readDatasetText(text: string | DatasetSource): Dataset {
  const source = typeof text === 'string' ? stringSource(text) : text;
  const line = JSON.parse(source.line) as Record<string, unknown>;
  // Each record is the object JSON.parse made, its large fields turned into getters in place (same
  // key order); no copy of the record is made.
  const record = (raw: Record<string, unknown>): object => {
    for (const key in raw) {
      const value = raw[key];
      const span = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[TEXT] : undefined;
      if (Array.isArray(span)) {
        const start = span[0] as number;
        const end = span[1] as number;
        let parsed: unknown;
        Object.defineProperty(raw, key, {
          enumerable: true,
          get: () => (parsed ??= freezeList(JSON.parse(source.body(start, end)))),
        });
      } else freezeList(value);
    }
    return Object.freeze(raw);
  };
  const lists: Record<string, readonly object[]> = {};
  for (const key in line) if (key !== MENTIONS && key !== COVERAGE && key !== TABLE_COVERAGE) lists[key] = Object.freeze((line[key] as Record<string, unknown>[]).map(record));
  const dataset = Object.freeze(lists) as unknown as Dataset;
  const mentions = line[MENTIONS] as Record<string, string[]> | undefined;
  if (mentions) mentionsRead.set(dataset, new Map(Object.entries(mentions)));
  const spans = line[COVERAGE] as Spans | undefined;
  if (spans) coverageRead.set(dataset, listsAt(source, spans));
  const tableSpans = line[TABLE_COVERAGE] as Spans | undefined;
  if (tableSpans) tableCoverageRead.set(dataset, listsAt(source, tableSpans));
  return dataset;
}

/** Where each record's text starts and ends, by id. */
type Spans = Record<string, [number, number]>;

/** The list at each record's span, parsed (and frozen) the first time it is asked for. */
function listsAt(source: DatasetSource, spans: Spans): (id: string) => readonly (string | null)[] | undefined {
  const parsed = new Map<string, readonly (string | null)[]>();
  return (id) => {
    const span = Object.hasOwn(spans, id) ? spans[id] : undefined;
    if (!span) return undefined;
    let hit = parsed.get(id);
    if (!hit) parsed.set(id, (hit = Object.freeze(JSON.parse(source.body(span[0], span[1])) as (string | null)[])));
    return hit;
  };
}

/** Which releases a product's rules hold for, when the dataset was read from `datasetText` with them. */
export function coverageOf(dataset: Dataset): ((id: string) => RuleCoverage | undefined) | undefined {
  return coverageRead.get(dataset);
}

/** Which releases the cells of each table admit, when the dataset was read from `datasetText` with them. */
export function tableCoverageOf(dataset: Dataset): ((id: string) => TableCoverage | undefined) | undefined {
  return tableCoverageRead.get(dataset);
}

/** What the rules of each product name, when the dataset was read from `datasetText`. */
export function mentionsOf(dataset: Dataset): ReadonlyMap<string, readonly string[]> | undefined {
  return mentionsRead.get(dataset);
}

const freezeList = <T>(value: T): T => (Array.isArray(value) ? Object.freeze(value) : value);
