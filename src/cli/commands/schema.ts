import { join } from 'node:path';
import { writeGenerated } from '../../internal/write-generated.ts';
import { jsonSchemas } from '../../schema/json-schema.ts';
import { jsonText } from '../../report/visible.ts';
import type { Args } from '../args.ts';
import { fsFailure, makeFolder } from '../fs.ts';
import { safeIo, type Io } from '../io.ts';

export const HELP = `stackfit schema [DIR] [--check]

Write the JSON Schemas for editors (draft-07, generated from the zod schemas) into DIR (default:
schema). With --check, write nothing and exit 1 when a file would change.

Examples:
  stackfit schema
  stackfit schema --check`;

export function schema(args: Args, io: Io): number {
  io = safeIo(io);
  const dir = args.positionals[0] ?? 'schema';
  const files = Object.fromEntries(Object.entries(jsonSchemas()).map(([file, text]) => [join(dir, file), text]));
  if (!args.check) makeFolder(dir);
  let stale: string[];
  try {
    stale = writeGenerated(files, args.check);
  } catch (e) {
    throw fsFailure(e, (e as NodeJS.ErrnoException).path ?? dir, 'a JSON Schema file that can be written');
  }
  if (args.json) {
    io.out(jsonText({ check: args.check, stale }));
    return args.check && stale.length ? 1 : 0;
  }
  if (args.check) {
    if (stale.length) io.err(`stale JSON Schema: ${stale.join(', ')}; run stackfit schema`);
    return stale.length ? 1 : 0;
  }
  io.out(stale.length ? `wrote ${stale.join(', ')}` : 'schemas are up to date');
  return 0;
}
