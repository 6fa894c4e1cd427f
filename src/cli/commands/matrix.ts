import type { Matrix } from '../../data/matrix.ts';
import { parseSelector } from '../../engine/selector.ts';
import { coverage } from '../../engine/coverage.ts';
import { StackfitError } from '../../errors.ts';
import { coverageMarkdown, coverageText } from '../../report/render-coverage.ts';
import { KINDS, ROLES } from '../../schema/constants.ts';
import { jsonText } from '../../report/visible.ts';
import type { Args } from '../args.ts';
import { safeIo, type Io } from '../io.ts';

export const HELP = `stackfit matrix KIND KIND [--format text|markdown|json]

Coverage between two layers: ✓ where the data has positive evidence for some pair of releases,
✗ where it has only negative evidence, ? where it says nothing. A layer is a kind, optionally with
a role: accelerator, cpu, driver, toolkit, framework, framework/adapter, os, database.

Examples:
  stackfit matrix accelerator toolkit
  stackfit matrix database os --format markdown
  stackfit matrix framework/adapter toolkit --json`;

function checkLayer(layer: string): string {
  if (!parseSelector(layer)) {
    throw new StackfitError({ code: 'bad-input', message: `"${layer.slice(0, 30)}" is not a layer`, hint: `Use a kind (${KINDS.join(', ')}) optionally with /role (${ROLES.join(', ')}).` });
  }
  return layer;
}

export function matrix(m: Matrix, args: Args, io: Io): number {
  io = safeIo(io);
  if (args.positionals.length !== 2) throw new StackfitError({ code: 'bad-input', message: 'matrix needs two layers', hint: 'For example: stackfit matrix database os' });
  const c = coverage(m, checkLayer(args.positionals[0]!), checkLayer(args.positionals[1]!));
  const format = args.json ? 'json' : (args.format ?? 'text');
  if (format === 'json') {
    io.out(jsonText({ rows: c.rows.map((p) => p.id), columns: c.columns.map((p) => p.id), cells: c.cells }));
  } else if (format === 'markdown') io.out(coverageMarkdown(c, args.lang));
  else if (format === 'text') io.out(coverageText(c, args.lang));
  else throw new StackfitError({ code: 'bad-input', message: `--format must be text, markdown or json (got "${format.slice(0, 20)}")` });
  return 0;
}
