import type { Matrix } from '../data/matrix.ts';
import { didYouMean } from '../data/did-you-mean.ts';
import { loadMatrix } from '../data/load-matrix.ts';
import { StackfitError, formatIssueLine } from '../errors.ts';
import { loadMatrixWith, type Replacement } from '../node.ts';
import { jsonText, visible } from '../report/visible.ts';
import { parseArgs, wantsJson, type Args } from './args.ts';
import * as checkCmd from './commands/check.ts';
import * as fixCmd from './commands/fix.ts';
import * as fmtCmd from './commands/fmt.ts';
import * as gapsCmd from './commands/gaps.ts';
import * as importCmd from './commands/import.ts';
import * as lintCmd from './commands/lint.ts';
import * as matrixCmd from './commands/matrix.ts';
import * as probeCmd from './commands/probe.ts';
import * as schemaCmd from './commands/schema.ts';
import * as solveCmd from './commands/solve.ts';
import * as searchCmd from './commands/search.ts';
import * as showCmd from './commands/show.ts';
import { requireFolder } from './fs.ts';
import { replacedNote } from './replaced-note.ts';
import type { Io } from './io.ts';

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

Examples:
  stackfit check ascend-910b cann@8.0.0 torch_npu@2.4.0.post2 torch@2.4.0 python@3.10
  stackfit show 昇腾910B
  stackfit search openeuler`;

interface Command {
  readonly HELP: string;
  readonly needsData: boolean;
  run(matrix: Matrix | undefined, args: Args, io: Io): number;
}

const COMMANDS: ReadonlyMap<string, Command> = new Map(Object.entries({
  check: { HELP: checkCmd.HELP, needsData: true, run: (m, a, io) => checkCmd.check(m!, a, io) },
  solve: { HELP: solveCmd.HELP, needsData: true, run: (m, a, io) => solveCmd.solve(m!, a, io) },
  fix: { HELP: fixCmd.HELP, needsData: true, run: (m, a, io) => fixCmd.fix(m!, a, io) },
  gaps: { HELP: gapsCmd.HELP, needsData: true, run: (m, a, io) => gapsCmd.gaps(m!, a, io) },
  matrix: { HELP: matrixCmd.HELP, needsData: true, run: (m, a, io) => matrixCmd.matrix(m!, a, io) },
  probe: { HELP: probeCmd.HELP, needsData: true, run: (m, a, io) => probeCmd.probe(m!, a, io) },
  show: { HELP: showCmd.HELP, needsData: true, run: (m, a, io) => showCmd.show(m!, a, io) },
  search: { HELP: searchCmd.HELP, needsData: true, run: (m, a, io) => searchCmd.search(m!, a, io) },
  lint: { HELP: lintCmd.HELP, needsData: false, run: (_m, a, io) => lintCmd.lint(a, io) },
  import: { HELP: importCmd.HELP, needsData: false, run: (_m, a, io) => importCmd.importCommand(a, io) },
  fmt: { HELP: fmtCmd.HELP, needsData: false, run: (_m, a, io) => fmtCmd.fmt(a, io) },
  schema: { HELP: schemaCmd.HELP, needsData: false, run: (_m, a, io) => schemaCmd.schema(a, io) },
} satisfies Record<string, Command>));

/** The bundled records with the `--data` folders over them; says on stderr which records were replaced. */
function loadData(args: Args, io: Io): Matrix {
  if (!args.data.length) return loadMatrix();
  for (const dir of args.data) requireFolder(dir, 'a folder of records for --data');
  const replaced: Replacement[] = [];
  const matrix = loadMatrixWith(args.data, { ...(args.date ? { today: args.date } : {}), onReplace: (r) => replaced.push(r) });
  if (replaced.length) io.err(`stackfit: note: ${replacedNote(replaced)}`);
  return matrix;
}

/**
 * Runs the CLI and returns the exit code. Only the library's own error class is caught (one line,
 * exit 2); anything else is a bug and keeps its stack trace.
 */
export function run(argv: readonly string[], io: Io): number {
  const json = wantsJson(argv);
  try {
    const args = parseArgs(argv);
    if (!args.command) {
      if (!args.help && json) throw new StackfitError({ code: 'bad-input', message: 'no command given', hint: 'See stackfit --help.' });
      io.out(HELP);
      return args.help ? 0 : 2;
    }
    const command = COMMANDS.get(args.command);
    if (!command) {
      const names = [...COMMANDS.keys()];
      throw new StackfitError({ code: 'bad-input', message: `unknown command "${args.command.slice(0, 40)}"`, hint: didYouMean(args.command, names, `Commands: ${names.join(', ')}.`)! });
    }
    if (args.help) {
      io.out(command.HELP);
      return 0;
    }
    const matrix = command.needsData ? loadData(args, io) : undefined;
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
