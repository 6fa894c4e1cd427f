import type { Matrix } from '../../data/matrix.ts';
import { KINDS, type Kind } from '../../schema/constants.ts';
import { StackfitError } from '../../errors.ts';
import { jsonText } from '../../report/visible.ts';
import type { Args } from '../args.ts';
import { safeIo, type Io } from '../io.ts';

export const HELP = `stackfit search TEXT [--kind KIND] [--vendor ID] [--json]

Find products by id, name (English or Chinese), alias or vendor. Every word must match.

Examples:
  stackfit search ascend
  stackfit search 麒麟
  stackfit search --kind database
  stackfit search huawei --kind toolkit --json`;

export function search(matrix: Matrix, args: Args, io: Io): number {
  io = safeIo(io);
  const text = args.positionals.join(' ');
  if (args.kind && !(KINDS as readonly string[]).includes(args.kind)) {
    throw new StackfitError({ code: 'bad-input', message: `--kind must be one of ${KINDS.join(', ')} (got "${args.kind.slice(0, 20)}")` });
  }
  if (!text && !args.kind && !args.vendor) throw new StackfitError({ code: 'bad-input', message: 'search needs text, --kind or --vendor', hint: 'For example: stackfit search ascend' });
  const pool = text ? matrix.search(text) : matrix.list();
  const found = pool.filter((p) => (!args.kind || p.kind === (args.kind as Kind)) && (!args.vendor || p.vendor === args.vendor));
  if (args.json) {
    io.out(jsonText({ results: found.map((p) => ({ id: p.id, kind: p.kind, ...(p.role ? { role: p.role } : {}), vendor: p.vendor, name: p.name })) }));
    return 0;
  }
  if (!found.length) {
    io.out(args.lang === 'zh' ? '没有找到。' : 'No products found.');
    return 0;
  }
  const width = Math.max(...found.map((p) => p.id.length));
  for (const p of found) io.out(`${p.id.padEnd(width)}  ${p.kind.padEnd(11)}  ${args.lang === 'zh' ? p.name.zh : p.name.en}`);
  return 0;
}
