import type { Matrix } from '../../data/matrix.ts';
import { suggestionHint } from '../../data/did-you-mean.ts';
import { StackfitError } from '../../errors.ts';
import { jsonText } from '../../report/visible.ts';
import type { Args } from '../args.ts';
import { safeIo, type Io } from '../io.ts';

export const HELP = `stackfit show NAME [--json] [--lang zh]

Show one product: vendor, names, aliases, architectures, releases (oldest to newest by its own
version scheme, with dates and end of life) and the vendor tables it appears in.

Examples:
  stackfit show torch_npu
  stackfit show 昇腾910B --lang zh
  stackfit show openeuler --json`;

export function show(matrix: Matrix, args: Args, io: Io): number {
  io = safeIo(io);
  const name = args.positionals.join(' ');
  if (!name) throw new StackfitError({ code: 'bad-input', message: 'show needs a product name', hint: 'For example: stackfit show cann' });
  const found = matrix.resolve(name);
  if (!found.ok) {
    throw new StackfitError({ code: 'unknown-name', message: `unknown product "${name.slice(0, 40)}"`, ...(found.suggestions.length ? { hint: suggestionHint(found.suggestions)! } : {}) });
  }
  const p = found.product;
  const vendor = matrix.vendor(p.vendor);
  const releases = matrix.releases(p.id);
  const tables = matrix.tablesOf(p.id).map((t) => ({ id: t.id, title: t.title, rows: t.rows.length, sources: t.sources }));
  if (args.json) {
    io.out(jsonText({ ...p, releases, vendor: vendor ?? { id: p.vendor }, tables }));
    return 0;
  }
  const zh = args.lang === 'zh';
  io.out(`${zh ? p.name.zh : p.name.en} (${p.id}) — ${p.kind}${p.role ? `/${p.role}` : ''}`);
  const origin = vendor?.origin ? ` (${vendor.origin})` : '';
  io.out(`${zh ? '厂商' : 'vendor'}${zh ? '：' : ': '}${vendor ? `${zh ? vendor.name.zh : vendor.name.en}${origin}` : p.vendor}`);
  if (p.aliases?.length) io.out(`${zh ? '别名' : 'aliases'}: ${p.aliases.join(', ')}`);
  if (p.arch) io.out(`${zh ? '架构' : 'arch'}: ${p.arch.join(', ')}`);
  if (p.scheme) io.out(`${zh ? '版本方案' : 'scheme'}: ${p.scheme}`);
  if (releases.length) {
    io.out(`${zh ? '版本' : 'releases'} (${releases.length}):`);
    for (const r of releases) {
      const bits = [r.date ? `${zh ? '发布' : 'released'} ${r.date}` : '', r.eol ? `${zh ? '停止维护' : 'eol'} ${r.eol}` : '', r.channel && r.channel !== 'stable' ? r.channel : ''].filter(Boolean);
      io.out(`  ${r.version}${bits.length ? `  (${bits.join(', ')})` : ''}`);
    }
  }
  if (tables.length) {
    io.out(`${zh ? '厂商配套表' : 'vendor tables'}:`);
    for (const t of tables) io.out(`  ${t.id}: ${t.title} (${t.rows} rows)`);
  }
  io.out(`${zh ? '来源' : 'sources'}: ${p.sources.join(' ')}`);
  return 0;
}
