import type { Matrix } from '../data/matrix.ts';
import { didYouMean } from '../data/did-you-mean.ts';
import { StackfitError, formatIssueLine } from '../errors.ts';
import type { Replacement } from '../node.ts';
import { jsonText, visible } from '../report/visible.ts';
import { parseArgs, wantsJson, type Args } from './args.ts';
import type { Io } from './io.ts';
import { version as VERSION } from '../../package.json';

const HELP = `stackfit: does this domestic compute stack fit together?

Usage: stackfit COMMAND [ITEM...] [options]

Commands:
  check ITEM...     does the stack fit? (exit 0 fits, 1 conflict, 3 unknown)
  solve ITEM...     complete a partial stack into fitting stacks, best first
  fix ITEM...       smallest version changes that make it fit (--pin NAME keeps an item)
  gaps ITEM...      pairs without evidence, imported layers, domestic alternatives
  matrix KIND KIND  coverage table between two layers (text, markdown, json)
  probe [--check]   read the stack installed on this machine (and check it)
  show NAME         one product with its releases and tables
  search TEXT       find products by name, alias or vendor
  lint [DIR]        check a data folder
  fmt [DIR]         canonical key and release order (--check for CI)
  import TABLE FILE vendor file to table rows, as a reviewed diff (--write, --list, --all --check)
  schema [DIR]      write the JSON Schemas for editors

Options:
  --json            machine-readable output
  --lang en|zh      language of names and messages
  --date YYYY-MM-DD day for end-of-life answers (default today)
  --data DIR        add a folder of records over the bundled ones (repeatable)
  --help            help for a command
  --version         the version of stackfit

Examples:
  stackfit check ascend-910b cann@8.0.0 torch_npu@2.4.0.post2 torch@2.4.0 python@3.10
  stackfit show 昇腾910B
  stackfit search openeuler`;

interface Command {
  readonly HELP: string;
  run(matrix: Matrix | undefined, args: Args, io: Io): number;
}

interface Entry {
  readonly needsData: boolean;
  load(): Promise<Command>;
}

/*
 * Each command is imported when it is asked for: a process answers one question, and a query
 * should not pay for loading the linter, the YAML parser or zod.
 */
const COMMANDS: ReadonlyMap<string, Entry> = new Map(Object.entries({
  check: { needsData: true, load: async () => import('./commands/check.ts').then((c) => ({ HELP: c.HELP, run: (m, a, io) => c.check(m!, a, io) })) },
  solve: { needsData: true, load: async () => import('./commands/solve.ts').then((c) => ({ HELP: c.HELP, run: (m, a, io) => c.solve(m!, a, io) })) },
  fix: { needsData: true, load: async () => import('./commands/fix.ts').then((c) => ({ HELP: c.HELP, run: (m, a, io) => c.fix(m!, a, io) })) },
  gaps: { needsData: true, load: async () => import('./commands/gaps.ts').then((c) => ({ HELP: c.HELP, run: (m, a, io) => c.gaps(m!, a, io) })) },
  matrix: { needsData: true, load: async () => import('./commands/matrix.ts').then((c) => ({ HELP: c.HELP, run: (m, a, io) => c.matrix(m!, a, io) })) },
  probe: { needsData: true, load: async () => import('./commands/probe.ts').then((c) => ({ HELP: c.HELP, run: (m, a, io) => c.probe(m!, a, io) })) },
  show: { needsData: true, load: async () => import('./commands/show.ts').then((c) => ({ HELP: c.HELP, run: (m, a, io) => c.show(m!, a, io) })) },
  search: { needsData: true, load: async () => import('./commands/search.ts').then((c) => ({ HELP: c.HELP, run: (m, a, io) => c.search(m!, a, io) })) },
  lint: { needsData: false, load: async () => import('./commands/lint.ts').then((c) => ({ HELP: c.HELP, run: (_m, a, io) => c.lint(a, io) })) },
  import: { needsData: false, load: async () => import('./commands/import.ts').then((c) => ({ HELP: c.HELP, run: (_m, a, io) => c.importCommand(a, io) })) },
  fmt: { needsData: false, load: async () => import('./commands/fmt.ts').then((c) => ({ HELP: c.HELP, run: (_m, a, io) => c.fmt(a, io) })) },
  schema: { needsData: false, load: async () => import('./commands/schema.ts').then((c) => ({ HELP: c.HELP, run: (_m, a, io) => c.schema(a, io) })) },
} satisfies Record<string, Entry>));

/** What `prepare` has loaded: commands by name, the bundled data, and the folder loader (`--data`). */
const loaded = new Map<string, Command>();
let bundled: typeof import('../data/load-matrix.ts') | undefined;
let folders: (typeof import('../node.ts') & typeof import('./fs.ts') & typeof import('./replaced-note.ts')) | undefined;

/**
 * Loads what `run(argv)` needs: the command named, the bundled data if it reads data, and the
 * folder loader only with `--data`. Without argv it loads everything (tests, embedders). Bad
 * arguments load nothing; `run` reports them.
 */
export async function prepare(argv?: readonly string[]): Promise<void> {
  let names = [...COMMANDS.keys()];
  let data = true;
  if (argv) {
    let args: Args;
    try {
      args = parseArgs(argv);
    } catch {
      return;
    }
    names = args.command && COMMANDS.has(args.command) ? [args.command] : [];
    data = args.data.length > 0;
  }
  const needsData = names.some((n) => COMMANDS.get(n)!.needsData);
  await Promise.all([
    ...names.map(async (n) => {
      if (!loaded.has(n)) loaded.set(n, await COMMANDS.get(n)!.load());
    }),
    needsData && !bundled ? import('../data/load-matrix.ts').then((m) => (bundled = m)) : undefined,
    needsData && data && !folders
      ? Promise.all([import('../node.ts'), import('./fs.ts'), import('./replaced-note.ts')]).then(([n, f, r]) => (folders = { ...n, ...f, ...r }))
      : undefined,
  ]);
}

/** The bundled records with the `--data` folders over them; says on stderr which records were replaced. */
function loadData(args: Args, io: Io): Matrix {
  if (!args.data.length) return prepared(bundled).loadMatrix();
  const { requireFolder, loadMatrixWith, replacedNote } = prepared(folders);
  for (const dir of args.data) requireFolder(dir, 'a folder of records for --data');
  const replaced: Replacement[] = [];
  const matrix = loadMatrixWith(args.data, { ...(args.date ? { today: args.date } : {}), onReplace: (r) => replaced.push(r) });
  if (replaced.length) io.err(`stackfit: note: ${replacedNote(replaced)}`);
  return matrix;
}

/** A module `prepare` loads; missing means `run` was called without it, a bug. */
function prepared<T>(module: T | undefined): T {
  if (!module) throw new Error('stackfit: run() before prepare(): call `await prepare(argv)` first');
  return module;
}

/**
 * Runs the CLI and returns the exit code, once `prepare(argv)` (or `prepare()`) has loaded what it
 * needs. Only the library's own error class is caught (one line, exit 2); anything else is a bug
 * and keeps its stack trace.
 */
export function run(argv: readonly string[], io: Io): number {
  const json = wantsJson(argv);
  try {
    const args = parseArgs(argv);
    if (args.version) {
      io.out(json ? jsonText({ version: VERSION }) : `stackfit ${VERSION}\n`);
      return 0;
    }
    if (!args.command) {
      if (!args.help && json) throw new StackfitError({ code: 'bad-input', message: 'no command given', hint: 'See stackfit --help.' });
      io.out(HELP);
      return args.help ? 0 : 2;
    }
    if (!COMMANDS.has(args.command)) {
      const names = [...COMMANDS.keys()];
      throw new StackfitError({ code: 'bad-input', message: `unknown command "${args.command.slice(0, 40)}"`, hint: didYouMean(args.command, names, `Commands: ${names.join(', ')}.`)! });
    }
    const command = prepared(loaded.get(args.command));
    const { needsData } = COMMANDS.get(args.command)!;
    if (args.help) {
      io.out(command.HELP);
      return 0;
    }
    const matrix = needsData ? loadData(args, io) : undefined;
    return command.run(matrix, args, io);
  } catch (e) {
    if (!(e instanceof StackfitError)) throw e;
    // One line, with whatever the user gave shown as text, never as terminal control.
    const line = visible(`${formatIssueLine(e.issues[0]!)}${e.issues.length > 1 ? ` (and ${e.issues.length - 1} more)` : ''}`);
    io.err(`stackfit: ${line}`);
    if (json) io.out(jsonText({ error: { code: e.code, message: line } }));
    return 2;
  }
}
