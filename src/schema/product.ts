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

/**
 * A form people type or machines print for this product, as a regular expression over the whole
 * text (matched case-insensitively, anchored): `item` over a whole stack item whose name does not
 * resolve (`HUAWEI Kunpeng 920 5250`, `910B4-1`, `npu-smi 24.1.0.1`), `version` over a version of
 * this product that names no release (`22.04.5`, `22.03 (LTS-SP4)`). `as` is the version it means,
 * with `{group}` placeholders of the expression's named groups; without it, the `version` group
 * (an item form without one names the product alone).
 */
export const FormSchema = z
  .strictObject({
    item: z.string().min(1).max(300).optional(),
    version: z.string().min(1).max(300).optional(),
    as: z.string().min(1).max(100).optional(),
    sources: Sources,
    note: z.string().max(1000).optional(),
  })
  .refine((f) => (f.item === undefined) !== (f.version === undefined), { error: 'a form has either item or version' });
export type Form = z.infer<typeof FormSchema>;

/** One product: a chip, driver, toolkit, framework, operating system or database. */
export const ProductSchema = z.strictObject({
  id: Id,
  kind: z.enum(KINDS),
  role: z.enum(ROLES).optional(),
  vendor: Id,
  name: Names,
  aliases: z.array(z.string().min(1).max(100)).optional(),
  /** Other forms of its name or versions, as patterns (see FormSchema). */
  forms: z.array(FormSchema).min(1).optional(),
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
