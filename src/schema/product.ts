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

/**
 * A version the vendor gives to a set of this product's releases, one for each version of another
 * product (Ascend Extension for PyTorch 7.3.0 is one torch_npu package per PyTorch version). A stack
 * item with that version is the member for the other product's version in the same stack.
 */
export const VersionSetSchema = z.strictObject({
  version: z.string().min(1).max(64),
  /** The product whose version in a stack picks the member. */
  by: Id,
  /** Each member: a release of this product, and the range of `by` versions it is for. */
  members: z.array(z.strictObject({ release: VersionText, with: z.string().min(1).max(200) })).min(2),
  sources: Sources,
  note: z.string().max(2000).optional(),
});
export type VersionSet = z.infer<typeof VersionSetSchema>;

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
 * An identity a CPU reports to the kernel, as `/proc/cpuinfo` and `lscpu` print it, so probe can
 * name a chip whose model name is missing or unknown. One of:
 * - ARM (MIDR): `CPU implementer` and `CPU part`, lower-case hex as the kernel prints them
 *   (`{ implementer: '0x48', part: '0xd01' }`);
 * - x86 (CPUID): the 12-character `vendor_id`, exactly as printed (`HygonGenuine`, `CentaurHauls`,
 *   `"  Shanghai  "`), with `cpu family` and, when the source gives it, `model` in decimal.
 * Each carries the sources that show that ID for this chip. Several chips may report one ID (one
 * core in several products): probe then names none of them.
 */
export const CpuIdSchema = z.union([
  z.strictObject({
    implementer: z.string().regex(/^0x[0-9a-f]{2}$/, { error: 'expected the CPU implementer as the kernel prints it, such as "0x48"' }),
    part: z.string().regex(/^0x[0-9a-f]{3}$/, { error: 'expected the CPU part as the kernel prints it, such as "0xd01"' }),
    sources: Sources,
  }),
  z.strictObject({
    vendor: z.string().length(12, { error: 'expected the 12-character CPUID vendor string, such as "HygonGenuine"' }),
    family: z.number().int().min(0).max(0x10ff),
    model: z.number().int().min(0).max(0xff).optional(),
    sources: Sources,
  }),
]);
export type CpuId = z.infer<typeof CpuIdSchema>;

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
  /** In a `--data` folder: this record replaces the bundled one with the same id (otherwise an id clash is an error). */
  replaces: z.literal(true).optional(),
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
  /** CPUs only: the IDs the chip reports (see CpuIdSchema). */
  cpuid: z.array(CpuIdSchema).min(1).optional(),
  scheme: z.string().optional(),
  homepage: SourceUrl.optional(),
  sources: Sources,
  notes: z.string().max(2000).optional(),
  releases: z.array(ReleaseSchema).optional(),
  /** Versions the vendor gives to sets of releases (see VersionSetSchema). */
  versionSets: z.array(VersionSetSchema).min(1).optional(),
  rules: z.array(RuleSchema).optional(),
}).check((ctx) => {
  if (ctx.value.cpuid && ctx.value.kind !== 'cpu') ctx.issues.push({ code: 'custom', input: ctx.value.cpuid, path: ['cpuid'], message: `cpuid is for CPUs only (this product is kind "${ctx.value.kind}")` });
});
export type Product = z.infer<typeof ProductSchema>;
