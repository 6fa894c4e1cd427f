/**
 * stackfit/node: everything that needs the file system or the YAML parser. Load your own records
 * over the bundled ones, lint a data folder, generate JSON Schemas, read stack items from files
 * people already have (`readInputs`: requirements, pip/conda lists, Dockerfiles, reports).
 */
import { StackfitError } from './errors.ts';
import { loadMatrix } from './data/load-matrix.ts';
import { Matrix } from './data/matrix.ts';
import { lint } from './lint/lint.ts';
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
export function loadDataset(dir: string, options: { today?: string } = {}): Dataset {
  const result = lint(dir, options);
  const errors = result.issues.filter((i) => i.severity !== 'warning');
  if (errors.length) throw new StackfitError(errors.map((i) => ({ ...i, code: i.code, file: `${dir}/${i.file ?? ''}` })));
  return compileDataset(result.folder);
}

/**
 * The bundled records with your folders laid over them: a record with the same id replaces the
 * bundled one, new ids are added. Cross-record references are checked against the merged set.
 *
 * @example
 * const m = loadMatrixWith(['./private-records']);
 */
export function loadMatrixWith(dirs: readonly string[]): Matrix {
  let dataset: Dataset = loadMatrix().dataset;
  for (const dir of dirs) dataset = mergeDatasets(dataset, loadDataset(dir));
  return Matrix.fromDataset(dataset);
}
export { probe, type ProbeResult, type ProbeFinding, type ProbeMiss, type ProbeOptions } from './probe/probe.ts';
export { PROBE_COMMANDS, type ProbeCommand } from './probe/commands.ts';
