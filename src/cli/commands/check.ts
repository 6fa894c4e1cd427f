import type { Matrix } from '../../data/matrix.ts';
import { checkParsed } from '../../engine/check.ts';
import { fixParsed } from '../../engine/fix.ts';
import { parseStack } from '../../engine/parse-stack.ts';
import { StackfitError } from '../../errors.ts';
import { renderCheck } from '../../report/render-check.ts';
import { jsonText, visibleDeep } from '../../report/visible.ts';
import type { Args } from '../args.ts';
import { color, type Io } from '../io.ts';

export const HELP = `stackfit check ITEM... [--pin NAME]... [--json] [--lang zh] [--date YYYY-MM-DD]

Does this stack fit together? Items are name[@version] (ids, aliases and Chinese names all work,
case and separators do not matter), a CPU architecture such as aarch64, or a workload (training,
inference). On a conflict it also lists the smallest version changes that make the stack fit,
never changing items given with --pin. Every relevant pair is reported as ✓ supported, ✗ conflict or ? unknown, with the
evidence level and the source it rests on.

Exit codes: 0 fits, 1 conflict, 3 unknown, 2 bad input.

Examples:
  stackfit check ascend-910b kunpeng-920 cann@8.0.0 torch_npu@2.4.0.post2 torch@2.4.0 python@3.10
  stackfit check torch_npu@2.1.0.post10 torch@2.3.1
  stackfit check opengauss kylin@"V10 SP1" kunpeng-920 --lang zh
  stackfit check vllm-ascend@0.7.3 vllm@0.7.3 --json`;

export const EXIT = { fits: 0, conflict: 1, unknown: 3 } as const;

export function check(matrix: Matrix, args: Args, io: Io): number {
  if (!args.positionals.length) throw new StackfitError({ code: 'bad-input', message: 'check needs at least one item', hint: 'For example: stackfit check cann@8.0.0 torch_npu@2.4.0.post2' });
  const options = { lang: args.lang, ...(args.date ? { date: args.date } : {}), pin: args.pin };
  const stack = parseStack(matrix, args.positionals);
  const checked = checkParsed(matrix, stack, options);
  // Fixes are searched only for conflicts: they cost many checks.
  const result = checked.verdict === 'conflict' ? { ...checked, fixes: fixParsed(matrix, stack, options).fixes } : checked;
  io.out(args.json ? jsonText(result) : renderCheck(visibleDeep(result), args.lang, (c, s) => color(io, c, s)));
  return EXIT[result.verdict];
}
