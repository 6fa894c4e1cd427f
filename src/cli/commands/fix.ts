import type { Matrix } from '../../data/matrix.ts';
import { fix as runFix } from '../../engine/fix.ts';
import { StackfitError } from '../../errors.ts';
import type { Args } from '../args.ts';
import type { Io } from '../io.ts';
import { FROM_HELP, stackInput } from '../stack-input.ts';

export const HELP = `stackfit fix ITEM... [--from FILE]... [--pin NAME]... [--json]

The smallest sets of version changes that make a stack fit: fewest changed items first, then the
smallest moves between releases. Items given with --pin never change (hardware usually).
Exit 0 when a fix (or no need for one) was found, 1 when none was found, 2 on bad input.

${FROM_HELP}

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
