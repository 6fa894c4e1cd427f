import { z } from 'zod';
import { ImageSchema } from './image.ts';
import { PairsSchema } from './pairs.ts';
import { ProductSchema } from './product.ts';
import { TableSchema } from './table.ts';
import { VendorSchema } from './vendor.ts';

const BANNER = 'Generated from the zod schemas in src/schema by `stackfit schema`. Do not edit.';

/** JSON Schemas (draft-07) for editors, by file name under `schema/`. */
export function jsonSchemas(): Record<string, string> {
  const entries: [string, z.ZodType, string][] = [
    ['vendor.json', VendorSchema, 'stackfit vendor record'],
    ['product.json', ProductSchema, 'stackfit product record'],
    ['table.json', TableSchema, 'stackfit vendor compatibility table'],
    ['pairs.json', PairsSchema, 'stackfit relevant pairs'],
    ['image.json', ImageSchema, 'stackfit official image tags'],
  ];
  const out: Record<string, string> = {};
  for (const [file, schema, title] of entries) {
    const json = z.toJSONSchema(schema, { target: 'draft-07', io: 'input' }) as Record<string, unknown>;
    out[file] = `${JSON.stringify({ $comment: BANNER, title, ...json }, null, 2)}\n`;
  }
  return out;
}
