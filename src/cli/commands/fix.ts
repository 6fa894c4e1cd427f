import type { Matrix } from '../../data/matrix.ts';
import { fix as runFix } from '../../engine/fix.ts';
import { StackfitError } from '../../errors.ts';
import type { Args } from '../args.ts';
import type { Io } from '../io.ts';
import { stackInput } from '../stack-input.ts';

export const HELP = `stackfit fix ITEM... [--from FILE]... [--pin NAME]... [--json]

The smallest sets of version changes that make a stack fit: fewest changed items first, then the
smallest moves between releases. Items given with --pin never change (hardware usually).
Exit 0 when a fix (or no need for one) was found, 1 when none was found, 2 on bad input.

Files: --from FILE (repeatable; - reads stdin) adds the items a file names, each with the file and
line it came from: requirements/constraints files and pip freeze, pip list (columns or
--format=json), conda environment.yml and conda list, Dockerfiles (FROM images, pip install
NAME==VERSION in RUN, ARGs substituted), collect_env.py reports (vLLM, vllm-ascend, vLLM-Kunlun),
npu-smi info, CANN's ascend_toolkit_install.info, /etc/os-release. The format is detected. Items
typed on the command line override what files say about the same product. An item such as
quay.io/ascend/cann:8.1.rc1-910b-ubuntu22.04-py3.10 is an image: its tag names the stack (data/images).
--verbose lists what was read and not used (packages the data does not know, options, ranges).

Examples:
  stackfit fix ascend-910b torch_npu@2.1.0.post10 torch@2.3.1 --pin ascend-910b
  stackfit fix torch_npu@2.4.0.post2 torch@2.4.0 python@3.12 --pin torch --json
  pip freeze | stackfit fix --from - ascend-910b --pin ascend-910b`;

export function fix(matrix: Matrix, args: Args, io: Io): number {
  const input = stackInput(matrix, args, io);
  if (!input.items.length) throw new StackfitError({ code: 'bad-input', message: 'fix needs at least one item', hint: 'For example: stackfit fix torch_npu@2.1.0.post10 torch@2.3.1' });
  const result = runFix(matrix, input.items, { lang: args.lang, ...(args.date ? { date: args.date } : {}), pin: args.pin });
  if (args.json) {
    io.out(JSON.stringify(input.report ? { ...result, inputs: input.report } : result, null, 2));
  } else if (result.verdict === 'fits') {
    io.out(args.lang === 'zh' ? '该栈已配套，无需修改。' : 'The stack already fits; nothing to change.');
  } else if (!result.fixes.length) {
    io.out(args.lang === 'zh' ? '未找到可行的修改。' : 'No fix found within two changed items.');
  } else {
    for (const [n, f] of result.fixes.entries()) io.out(`${n + 1}. ${f.changes.map((c) => `${c.id} ${c.from} -> ${c.to}`).join(', ')}`);
  }
  return result.verdict === 'fits' || result.fixes.length ? 0 : 1;
}
