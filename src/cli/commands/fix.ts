import type { Matrix } from '../../data/matrix.ts';
import { fix as runFix } from '../../engine/fix.ts';
import { StackfitError } from '../../errors.ts';
import { jsonText } from '../../report/visible.ts';
import type { Args } from '../args.ts';
import { safeIo, type Io } from '../io.ts';
import { renderFixes } from '../../report/render-solve.ts';
import { FROM_HELP, stackInput } from '../stack-input.ts';

export const HELP = `stackfit fix ITEM... [--from FILE]... [--pin NAME]... [--json]

The smallest sets of changes that make a stack fit: fewest changed items first, then stable
releases, then the smallest moves between releases. Repairs conflicts, unknown stacks and partial
ones: a layer the stack's releases require may be added (shown as "- -> version"). Items given
with --pin never change (hardware usually); a pin that is not an item of the stack is an error.
When no fix exists, the answer says why.
Exit 0 when a fix (or no need for one) was found, 1 when none was found, 2 on bad input.

${FROM_HELP}

Examples:
  stackfit fix ascend-910b torch_npu@2.1.0.post10 torch@2.3.1 --pin ascend-910b
  stackfit fix torch_npu@2.4.0.post2 torch@2.4.0 python@3.12 --pin torch --json
  pip freeze | stackfit fix --from - ascend-910b --pin ascend-910b`;

export function fix(matrix: Matrix, args: Args, io: Io): number {
  io = safeIo(io);
  const input = stackInput(matrix, args, io);
  if (!input.items.length) throw new StackfitError({ code: 'bad-input', message: 'fix needs at least one item', hint: 'For example: stackfit fix torch_npu@2.1.0.post10 torch@2.3.1' });
  const result = runFix(matrix, input.items, { lang: args.lang, ...(args.date ? { date: args.date } : {}), pin: args.pin });
  if (args.json) io.out(jsonText(input.report ? { ...result, inputs: input.report } : result));
  else io.out(renderFixes(result.verdict, result.fixes, result.explanation, args.lang));
  return result.verdict === 'fits' || result.fixes.length ? 0 : 1;
}
