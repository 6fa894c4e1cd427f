/**
 * stackfit/node: everything that needs the file system or the YAML parser. Load your own records
 * over the bundled ones, lint a data folder, generate JSON Schemas, read stack items from files
 * people already have (`readInputs`: requirements, pip/conda lists, Dockerfiles, reports).
 */
import { StackfitError } from './errors.ts';
import { loadMatrix } from './data/load-matrix.ts';
import { Matrix } from './data/matrix.ts';
import { lint, type LintResult } from './lint/lint.ts';
import type { LoadedFolder } from './load/load-folder.ts';
import { compileDataset, mergeDatasets } from './load/compile.ts';
import type { Dataset } from './schema/dataset.ts';

export { lint, type LintResult } from './lint/lint.ts';
export { CHECKS } from './lint/checks/index.ts';
export type { LintCheck, LintContext } from './lint/types.ts';
export { loadFolder, readRecord, type LoadedFolder, type SourceRecord } from './load/load-folder.ts';
export { parseYaml } from './load/parse-yaml.ts';
export { jsonSchemas } from './schema/json-schema.ts';
export { VendorSchema, ProductSchema, ReleaseSchema, RuleSchema, TableSchema, PairsSchema, ImageSchema } from './schema/index.ts';
export { readInputs, expandImageItems, type InputFile, type InputItem, type InputNote, type InputOrigin, type InputsResult } from './inputs/read-inputs.ts';
export { detectFormat } from './inputs/detect-format.ts';

/**
 * Reads and lints a folder of records (same layout as the bundled `data/`). Throws a
 * `StackfitError` (code `bad-data`) listing every error; warnings are ignored.
 *
 * @example
 * const mine = loadDataset('./my-records');
 */
export function loadDataset(dir: string, options: { today?: string; base?: Dataset } = {}): Dataset {
  return compileDataset(lintOrThrow(dir, options).folder);
}

function lintOrThrow(dir: string, options: { today?: string; base?: Dataset }): LintResult {
  const result = lint(dir, options);
  const errors = result.issues.filter((i) => i.severity !== 'warning');
  if (errors.length) throw new StackfitError(errors.map((i) => ({ ...i, code: i.code, file: `${dir.replace(/\/$/, '')}/${i.file ?? ''}` })));
  return result;
}

/** A bundled record replaced by a record of a `--data` folder (`replaces: true`). */
export interface Replacement {
  readonly kind: 'vendor' | 'product' | 'table';
  readonly id: string;
  /** The file that replaces it, under its folder. */
  readonly file: string;
}

/**
 * The bundled records with your folders laid over them, later folders over earlier ones. Each
 * folder is linted together with what lies under it: references may point into the bundled data,
 * a name or alias of another product is an error, and a record with an id already taken replaces
 * that record only when it says `replaces: true` (each replacement is passed to `onReplace`).
 *
 * @example
 * const m = loadMatrixWith(['./private-records'], { onReplace: (r) => console.warn(`${r.file} replaces ${r.id}`) });
 */
export function loadMatrixWith(dirs: readonly string[], options: { today?: string; onReplace?: (r: Replacement) => void } = {}): Matrix {
  let dataset: Dataset = loadMatrix().dataset;
  for (const dir of dirs) {
    const { folder } = lintOrThrow(dir, { ...(options.today ? { today: options.today } : {}), base: dataset });
    if (options.onReplace) for (const r of replacementsOf(folder, dataset, dir)) options.onReplace(r);
    dataset = mergeDatasets(dataset, compileDataset(folder));
  }
  return Matrix.fromDataset(dataset);
}

/** Records of a folder that replace records of the dataset under it. */
export function replacementsOf(folder: LoadedFolder, base: Dataset, dir: string): Replacement[] {
  const out: Replacement[] = [];
  const groups = [
    ['vendor', folder.vendors, base.vendors],
    ['product', folder.products, base.products],
    ['table', folder.tables, base.tables],
  ] as const;
  for (const [kind, records, under] of groups) {
    const ids = new Set(under.map((x) => x.id));
    for (const r of records) if (ids.has(r.value.id)) out.push({ kind, id: r.value.id, file: `${dir.replace(/\/$/, '')}/${r.file}` });
  }
  return out;
}
export { probe, type ProbeResult, type ProbeFinding, type ProbeMiss, type ProbeOptions } from './probe/probe.ts';
export { PROBE_COMMANDS, type ProbeCommand } from './probe/commands.ts';
