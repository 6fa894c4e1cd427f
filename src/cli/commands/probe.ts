import { statSync } from 'node:fs';
import type { Matrix } from '../../data/matrix.ts';
import { StackfitError } from '../../errors.ts';
import { checkParsed } from '../../engine/check.ts';
import { fixParsed } from '../../engine/fix.ts';
import { parseStack } from '../../engine/parse-stack.ts';
import { printable } from '../../probe/printable.ts';
import { probe as runProbe, type ProbeResult } from '../../probe/probe.ts';
import { probeReport } from '../../probe/report.ts';
import { renderCheck } from '../../report/render-check.ts';
import type { Args } from '../args.ts';
import { color, type Io } from '../io.ts';
import { EXIT } from './check.ts';

export const HELP = `stackfit probe [ITEM...] [--check] [--pin NAME]... [--report] [--root DIR] [--json] [--lang zh]

Reads the stack installed on this machine and prints it as items, each with the file or command
it was read from: the OS (/etc/os-release, /etc/os-version), the CPU (lscpu or /proc/cpuinfo),
accelerators and their drivers (npu-smi info, cnmon, hy-smi, xpu_smi, ixsmi, mthreads-gmi,
mx-smi, efsmi), toolkits (the CANN install info, musa_version_query) and Python packages
(their *.dist-info metadata in the site-packages of python3; pip is not run). What it prints is mapped to products through the same names and aliases
as every other command.

It runs only those read-only commands, with fixed arguments, without a shell, each with a
timeout, and sends nothing anywhere. A missing tool or unreadable file is listed as not detected,
with the reason.

With --check it checks the stack found, plus any ITEMs you add (an ITEM replaces what was found
for the same product), and on a conflict lists fixes that keep the --pin items. Exit codes are
then those of check: 0 fits, 1 conflict, 3 unknown; without --check, 0.

With --report it prints the stack found as a table record of tested evidence (YAML for
data/tables/, with what was read and the verdict check gave), ready to review and submit; see
CONTRIBUTING.md, "Report a tested stack".

--root DIR reads a captured system instead of this one: files under DIR (DIR/etc/os-release ...),
and the output of each command from DIR/.commands/<id>.txt (lscpu, npu-smi-info, cnmon, hy-smi,
xpu-smi, ixsmi, mthreads-gmi, mx-smi, efsmi, musa-version-query, python-version, pip-list, uname-m).

Examples:
  stackfit probe
  stackfit probe --check
  stackfit probe --check vllm@0.18.0 --pin ascend-910b
  stackfit probe --report > tested.yaml
  stackfit probe --root ./captured-server --json`;

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Text for the terminal: probe's results are printable already; this keeps any other caller's `system` honest too. */
const show = (text: string) => printable(text, Infinity);

function renderProbe(r: ProbeResult, zh: boolean): string {
  const out: string[] = [];
  const width = Math.max(8, ...r.found.map((f) => f.item.length));
  out.push(zh ? `在本机找到 ${r.found.length} 项：` : `Found ${r.found.length} item(s):`);
  for (const f of r.found) out.push(`  ${show(f.item).padEnd(width)}  ${show(f.printed)}  (${show(f.from)})${f.note ? `\n  ${' '.repeat(width)}  ${show(f.note)}` : ''}`);
  if (r.unrecognized.length) {
    out.push(zh ? '读到但无法识别：' : 'Read but not recognized:');
    for (const m of r.unrecognized) out.push(`  ${show(m.from)}: ${show(m.reason)}`);
  }
  if (r.notDetected.length) {
    out.push(zh ? '未读取：' : 'Not read:');
    for (const m of r.notDetected) out.push(`  ${show(m.from)}: ${show(m.reason)}`);
  }
  return out.join('\n');
}

export function probe(matrix: Matrix, args: Args, io: Io): number {
  if (args.root !== undefined && !isDirectory(args.root)) {
    throw new StackfitError({ code: 'bad-input', message: `--root "${printable(args.root, 80)}" is not a directory`, hint: 'Give the folder that holds the captured etc/, usr/ and .commands/.' });
  }
  const found = runProbe(matrix, args.root ? { root: args.root } : {});
  if (args.report) {
    const options = { lang: args.lang, ...(args.date ? { date: args.date } : {}) };
    const checked = checkParsed(matrix, parseStack(matrix, found.items), options);
    io.out(probeReport(matrix, found, checked, { date: args.date ?? new Date().toISOString().slice(0, 10) }).trimEnd());
    return 0;
  }
  if (!args.check) {
    io.out(args.json ? JSON.stringify(found, null, 2) : renderProbe(found, args.lang === 'zh'));
    return 0;
  }
  // Items given on the command line replace what was found for the same product.
  const extra = parseStack(matrix, args.positionals);
  const replaced = new Set(extra.components.map((c) => c.id));
  const keep = found.items.filter((item) => {
    const stack = parseStack(matrix, [item]);
    return stack.arch ? !extra.arch : !replaced.has(stack.components[0]!.id);
  });
  const stack = parseStack(matrix, [...keep, ...args.positionals]);
  const options = { lang: args.lang, ...(args.date ? { date: args.date } : {}), pin: args.pin };
  const checked = checkParsed(matrix, stack, options);
  const result = checked.verdict === 'conflict' ? { ...checked, fixes: fixParsed(matrix, stack, options).fixes } : checked;
  if (args.json) io.out(JSON.stringify({ probe: found, check: result }, null, 2));
  else io.out(`${renderProbe(found, args.lang === 'zh')}\n\n${renderCheck(result, args.lang, (c, s) => color(io, c, s))}`);
  return EXIT[result.verdict];
}
