import { z } from 'zod';
import { Evidence, Id, Sources, When } from './common.ts';

export const TableColumnSchema = z.union([
  z.strictObject({
    product: Id,
    /** `requires`: for a key version only these cells are allowed; `supports`: known-good. */
    relation: z.enum(['requires', 'supports']).optional(),
  }),
  z.strictObject({ label: z.string().min(1).max(100) }),
  /** Each cell is the URL (one of the table's `sources`) the row was copied from. */
  z.strictObject({ source: z.literal(true) }),
]);
export type TableColumn = z.infer<typeof TableColumnSchema>;

/**
 * A vendor compatibility table copied row by row. The first column is the key; a row reads
 * "these releases work together". A table gathered from several pages (one per release, say)
 * may have a `{source: true}` column naming the page of each row, so answers cite that page.
 */
export const TableSchema = z.strictObject({
  id: Id,
  /** In a `--data` folder: this record replaces the bundled one with the same id (otherwise an id clash is an error). */
  replaces: z.literal(true).optional(),
  title: z.string().min(1).max(300),
  vendor: Id,
  evidence: Evidence,
  sources: Sources,
  when: When.optional(),
  columns: z.array(TableColumnSchema).min(2),
  rows: z.array(z.array(z.string().max(512).nullable())).min(1),
  notes: z.string().max(4000).optional(),
});
export type Table = z.infer<typeof TableSchema>;
