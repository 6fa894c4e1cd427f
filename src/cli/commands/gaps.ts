import type { Matrix } from '../../data/matrix.ts';
import { gaps as runGaps } from '../../engine/gaps.ts';
import { StackfitError } from '../../errors.ts';
import { jsonText } from '../../report/visible.ts';
import type { Args } from '../args.ts';
import { safeIo, type Io } from '../io.ts';
import { FROM_HELP, stackInput, withOrigins } from '../stack-input.ts';

export const HELP = `stackfit gaps ITEM... [--from FILE]... [--json] [--lang zh]

Where a stack's evidence has holes: the relevant pairs without evidence, each with the rule a
contributor would add (file and YAML), the imported layers, and the domestic products that fit in
their place.

${FROM_HELP}

Examples:
  stackfit gaps ascend-910b cann@8.0.0 torch_npu@2.4.0.post2 torch@2.4.0 python@3.10 ubuntu@22.04
  stackfit gaps opengauss kunpeng-920 centos@7.6 --json
  stackfit gaps --from collect_env.txt`;

export function gaps(matrix: Matrix, args: Args, io: Io): number {
  io = safeIo(io);
  const input = stackInput(matrix, args, io);
  if (!input.items.length) throw new StackfitError({ code: 'bad-input', message: 'gaps needs at least one item', hint: 'For example: stackfit gaps cann@8.0.0 ubuntu@22.04' });
  const r = runGaps(matrix, input.items, { lang: args.lang, ...(args.date ? { date: args.date } : {}) });
  if (args.json) {
    io.out(jsonText(input.report || input.origins.size ? { ...r, imported: withOrigins(r.imported, input.origins), ...(input.report ? { inputs: input.report } : {}) } : r));
    return 0;
  }
  const zh = args.lang === 'zh';
  io.out(`${zh ? '缺少证据的配对' : 'pairs without evidence'}: ${r.missing.length}`);
  for (const m of r.missing) io.out(`  ? ${m.a} + ${m.b}\n    ${zh ? '可在' : 'add to'} ${m.file} ${zh ? '的 rules 下添加' : 'under rules:'}\n${m.snippet.replace(/^/gm, '    ')}`);
  io.out(`${zh ? '进口层' : 'imported layers'}: ${r.imported.length ? r.imported.map((c) => `${c.id} (${c.origin})`).join(', ') : zh ? '无' : 'none'}`);
  for (const a of r.alternatives) io.out(`  ${a.replaces} -> ${a.item}: ${a.verdict}`);
  return 0;
}
