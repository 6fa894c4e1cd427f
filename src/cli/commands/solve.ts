import type { Matrix } from '../../data/matrix.ts';
import { solve as runSolve } from '../../engine/solve.ts';
import { StackfitError } from '../../errors.ts';
import { jsonText } from '../../report/visible.ts';
import type { Args } from '../args.ts';
import { safeIo, type Io } from '../io.ts';
import { renderSolve } from '../../report/render-solve.ts';
import { FROM_HELP, stackInput, withOrigins } from '../stack-input.ts';

export const HELP = `stackfit solve ITEM... [--from FILE]... [--prefer domestic] [--limit N] [--json]

Complete a partial stack into fitting stacks, best first (fits before unknown, stable before
pre-releases, stronger evidence, not end of life, newer). No stack with a conflicting pair is ever
proposed; unknown stacks come after fitting ones, each with its unknown pairs. When nothing fits,
the answer says why, step by step, each step with its source. Exit 0 when a stack fits, 3 when
only unknown stacks were found, 1 when none, 2 on bad input. Items are name@version (fixed), name (version open), or a layer such as
os, toolkit or framework/engine (product and version open). Products the chosen releases require
are added. --prefer domestic puts products of Chinese vendors first.

${FROM_HELP}

Examples:
  stackfit solve ascend-910b vllm
  stackfit solve ascend-910b torch_npu python@3.10 --limit 3
  stackfit solve opengauss kunpeng-920 os --prefer domestic --json
  stackfit solve --from Dockerfile torch_npu`;

export function solve(matrix: Matrix, args: Args, io: Io): number {
  io = safeIo(io);
  const input = stackInput(matrix, args, io);
  if (!input.items.length) throw new StackfitError({ code: 'bad-input', message: 'solve needs at least one item', hint: 'For example: stackfit solve ascend-910b vllm' });
  if (args.prefer !== undefined && args.prefer !== 'domestic') throw new StackfitError({ code: 'bad-input', message: `--prefer takes "domestic" (got "${args.prefer.slice(0, 20)}")` });
  const limit = args.limit === undefined ? 5 : Number(args.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 50) throw new StackfitError({ code: 'bad-input', message: `--limit must be a whole number from 1 to 50 (got "${String(args.limit).slice(0, 20)}")` });
  const result = runSolve(matrix, input.items, { lang: args.lang, limit, ...(args.date ? { date: args.date } : {}), ...(args.prefer ? { prefer: 'domestic' as const } : {}) });
  if (args.json) {
    const stacks = input.origins.size ? result.stacks.map((s) => ({ ...s, components: withOrigins(s.components, input.origins) })) : result.stacks;
    io.out(jsonText({ stacks, ...(result.explanation ? { explanation: result.explanation } : {}), ...(input.report ? { inputs: input.report } : {}) }));
  } else io.out(renderSolve(result.stacks, result.explanation, args.lang));
  return result.stacks.some((s) => s.verdict === 'fits') ? 0 : result.stacks.length ? 3 : 1;
}
