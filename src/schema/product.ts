import { z } from 'zod';
import { Arch, DateText, Id, Names, Sources, SourceUrl, VersionText } from './common.ts';
import { CHANNELS, KINDS, ROLES } from './constants.ts';
import { RuleSchema } from './rule.ts';

export const ReleaseSchema = z.strictObject({
  version: VersionText,
  date: DateText.optional(),
  eol: DateText.optional(),
  channel: z.enum(CHANNELS).optional(),
  sources: Sources.optional(),
  note: z.string().max(2000).optional(),
});
export type Release = z.infer<typeof ReleaseSchema>;

/** One product: a chip, driver, toolkit, framework, operating system or database. */
export const ProductSchema = z.strictObject({
  id: Id,
  /** In a `--data` folder: this record replaces the bundled one with the same id (otherwise an id clash is an error). */
  replaces: z.literal(true).optional(),
  kind: z.enum(KINDS),
  role: z.enum(ROLES).optional(),
  vendor: Id,
  name: Names,
  aliases: z.array(z.string().min(1).max(100)).optional(),
  arch: z.array(Arch).min(1).optional(),
  isa: z.string().max(100).optional(),
  scheme: z.string().optional(),
  homepage: SourceUrl.optional(),
  sources: Sources,
  notes: z.string().max(2000).optional(),
  releases: z.array(ReleaseSchema).optional(),
  rules: z.array(RuleSchema).optional(),
});
export type Product = z.infer<typeof ProductSchema>;
