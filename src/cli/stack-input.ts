import { readFileSync, statSync } from 'node:fs';
import type { Matrix } from '../data/matrix.ts';
import type { Component } from '../engine/types.ts';
import { parseStack } from '../engine/parse-stack.ts';
import { StackfitError } from '../errors.ts';
import { expandImageItems, mergeItems, readInputs, type InputNote, type InputOrigin } from '../inputs/read-inputs.ts';
import type { Args } from './args.ts';
import type { Io } from './io.ts';

/** What --from reads, for the help of every command that takes it. */
export const FROM_HELP = `Files: --from FILE (repeatable; - reads stdin) adds the items a file names, each with the file and
line it came from: requirements/constraints files and pip freeze, pip list (columns or
--format=json), conda environment.yml and conda list, Dockerfiles (FROM images, pip install
NAME==VERSION in RUN, ARGs substituted), collect_env.py reports (vLLM, vllm-ascend, vLLM-Kunlun),
npu-smi info, CANN's ascend_toolkit_install.info, /etc/os-release. The format is detected. Items
typed on the command line override what files say about the same product. An item such as
quay.io/ascend/cann:8.1.rc1-910b-ubuntu22.04-py3.10 is an image: its tag names the stack (data/images).
--verbose lists what was read and not used (packages the data does not know, options, ranges).`;

/** Largest file `--from` reads (a pip list or collect_env report is a few hundred KB at most). */
const MAX_INPUT_BYTES = 4 * 1024 * 1024;

/** The stack a command was given: items typed and read from `--from` files, and where each came from. */
export interface StackInput {
  readonly items: string[];
  /** Where each product (by id) was read, for items that came from a file or an image tag. */
  readonly origins: ReadonlyMap<string, InputOrigin>;
  /** What --json adds when files were read: warnings, and with --verbose what was ignored. */
  readonly report?: { readonly items: readonly { readonly item: string; readonly from: InputOrigin }[]; readonly warnings: readonly InputNote[]; readonly ignored?: readonly InputNote[] };
}

function readText(file: string): string {
  try {
    if (file === '-') return readFileSync(0, 'utf8');
    if (statSync(file).size > MAX_INPUT_BYTES) throw new StackfitError({ code: 'bad-input', file, severity: 'error', message: `larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB; --from reads lists, reports and Dockerfiles` });
    return readFileSync(file, 'utf8');
  } catch (e) {
    if (e instanceof StackfitError) throw e;
    throw new StackfitError({ code: 'unreadable', file, severity: 'error', message: `cannot read it (${(e as NodeJS.ErrnoException).code ?? String(e)})` });
  }
}

const noteLine = (n: InputNote) => `${n.file}:${n.line}: ${n.text ? `"${n.text}" ` : ''}${n.why}`;

/**
 * Items typed and items read from `--from` files (typed items override what files say about the
 * same product), with image references expanded through the image data. Warnings go to stderr;
 * with --verbose, so does what each line was read as and everything read and not used.
 */
export function stackInput(matrix: Matrix, args: Args, io: Io, read: (file: string) => string = readText): StackInput {
  const origins = new Map<string, InputOrigin>();
  const typed = expandImageItems(matrix, args.positionals);
  const keyOf = (item: string) => {
    try {
      return parseStack(matrix, [item]).components[0]?.id;
    } catch {
      return undefined;
    }
  };
  for (const [item, from] of typed.from) {
    const id = keyOf(item);
    if (id) origins.set(id, from);
  }
  if (!args.from.length) return { items: typed.items, origins };
  const result = readInputs(matrix, args.from.map((file) => ({ file: file === '-' ? '<stdin>' : file, text: read(file) })));
  const items = mergeItems(matrix, result.items, typed.items);
  for (const i of result.items) if (!i.key.startsWith('arch:') && !origins.has(i.key) && items.includes(i.item)) origins.set(i.key, i.from);
  for (const w of result.warnings) io.err(`stackfit: warning: ${noteLine(w)}`);
  if (args.verbose) {
    for (const i of result.items) io.err(`stackfit: read: ${i.from.file}:${i.from.line}: "${i.printed}" as ${i.item}${items.includes(i.item) ? '' : ' (replaced by an item typed on the command line)'}`);
    for (const n of result.ignored) io.err(`stackfit: ignored: ${noteLine(n)}`);
  }
  const used = result.items.filter((i) => items.includes(i.item)).map((i) => ({ item: i.item, from: i.from }));
  return { items, origins, report: { items: used, warnings: result.warnings, ...(args.verbose ? { ignored: result.ignored } : {}) } };
}

/** Components with where they were read, for the JSON output. */
export function withOrigins<C extends Component>(components: readonly C[], origins: ReadonlyMap<string, InputOrigin>): C[] {
  return components.map((c) => {
    const from = origins.get(c.id);
    return from ? { ...c, from } : c;
  });
}
