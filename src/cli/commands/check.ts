import type { Matrix } from '../../data/matrix.ts';
import { checkParsed } from '../../engine/check.ts';
import { fixParsed } from '../../engine/fix.ts';
import { parseStack } from '../../engine/parse-stack.ts';
import { StackfitError } from '../../errors.ts';
import { renderCheck } from '../../report/render-check.ts';
import { jsonText, visibleDeep } from '../../report/visible.ts';
import type { Args } from '../args.ts';
import { color, type Io } from '../io.ts';
import { FROM_HELP, stackInput, withOrigins } from '../stack-input.ts';

export const HELP = `stackfit check ITEM... [--from FILE]... [--pin NAME]... [--json] [--lang zh] [--date YYYY-MM-DD]

Does this stack fit together? Items are name[@version] (ids, aliases and Chinese names all work,
case and separators do not matter; the version may be a range such as 'cambricon-driver@>=4.20.6',
one of the releases the data lists in it), a CPU architecture such as aarch64, or a workload
(training, inference). On a conflict it also lists the smallest version changes that make the stack fit,
never changing items given with --pin. Every relevant pair is reported as ✓ supported, ✗ conflict or ? unknown, with the
evidence level and the source it rests on.

${FROM_HELP}

Exit codes: 0 fits, 1 conflict, 3 unknown, 2 bad input.

Examples:
  stackfit check ascend-910b kunpeng-920 cann@8.0.0 torch_npu@2.4.0.post2 torch@2.4.0 python@3.10
  stackfit check torch_npu@2.1.0.post10 torch@2.3.1
  stackfit check MLU370-X8 'cambricon-driver@>=4.20.6'
  stackfit check opengauss kylin@"V10 SP1" kunpeng-920 --lang zh
  stackfit check vllm-ascend@0.7.3 vllm@0.7.3 --json
  stackfit check --from requirements.txt --from /etc/os-release ascend-910b
  npu-smi info | stackfit check --from - cann@8.0.0
  stackfit check quay.io/ascend/cann:8.1.rc1-910b-ubuntu22.04-py3.10`;

export const EXIT = { fits: 0, conflict: 1, unknown: 3 } as const;

export function check(matrix: Matrix, args: Args, io: Io): number {
  const input = stackInput(matrix, args, io);
  if (!input.items.length) throw new StackfitError({ code: 'bad-input', message: 'check needs at least one item', hint: 'For example: stackfit check cann@8.0.0 torch_npu@2.4.0.post2, or --from requirements.txt' });
  const options = { lang: args.lang, ...(args.date ? { date: args.date } : {}), pin: args.pin };
  const stack = parseStack(matrix, input.items);
  const checked = checkParsed(matrix, stack, options);
  // Fixes are searched only for conflicts: they cost many checks.
  const fixed = checked.verdict === 'conflict' ? { ...checked, fixes: fixParsed(matrix, stack, options).fixes } : checked;
  const result = input.origins.size || input.report ? { ...fixed, components: withOrigins(fixed.components, input.origins), ...(input.report ? { inputs: input.report } : {}) } : fixed;
  io.out(args.json ? jsonText(result) : renderCheck(visibleDeep(result), args.lang, (c, s) => color(io, c, s)));
  return EXIT[result.verdict];
}
