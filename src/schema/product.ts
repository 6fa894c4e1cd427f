import { z } from 'zod';
import { Arch, DateText, Id, Names, Sources, SourceUrl, VersionText } from './common.ts';
import { CHANNELS, KINDS, ROLES } from './constants.ts';
import { RuleSchema } from './rule.ts';

/** Another name of the same release, where a source says so (community vs commercial number, internal number, bundle). */
export const AkaSchema = z.strictObject({
  version: z.string().min(1).max(64),
  sources: Sources,
  note: z.string().max(500).optional(),
});

export const ReleaseSchema = z.strictObject({
  version: VersionText,
  aka: z.array(AkaSchema).min(1).optional(),
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
  /** This record names a family or series (Kunpeng, Atlas A2): what is said of it holds for every member. */
  family: z.literal(true).optional(),
  /** Families or series this product belongs to (records with `family: true`), as its sources say. */
  memberOf: z.array(Id).min(1).optional(),
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
