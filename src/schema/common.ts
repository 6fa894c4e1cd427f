import { z } from 'zod';
import { ARCHES, EVIDENCE_LEVELS, ID_PATTERN, KINDS, ROLES, WORKLOADS } from './constants.ts';

export const Id = z
  .string()
  .regex(ID_PATTERN, { error: 'expected a lower-case kebab-case id such as "torch-npu"' })
  .max(64);

/** An https URL naming the page or file a fact comes from. */
export const SourceUrl = z
  .string()
  .max(2000)
  .regex(/^https:\/\/[^\s/]+\.[^\s/]+(\/\S*)?$/, { error: 'expected an https URL of the page or file the fact comes from' });

export const Sources = z.array(SourceUrl).min(1, { error: 'at least one source URL is required' });

/** YYYY-MM-DD, or YYYY-MM where only the month is published. */
export const DateText = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, { error: 'expected a date as YYYY-MM-DD (or YYYY-MM)' });

export const Names = z.strictObject({
  en: z.string().min(1).max(200),
  zh: z.string().min(1).max(200),
});

export const Evidence = z.enum(EVIDENCE_LEVELS);
export const Arch = z.enum(ARCHES);

/** What a selector matches: a kind, optionally with a role (`framework/adapter`). */
export const SELECTOR_PATTERN = new RegExp(`^(${KINDS.join('|')})(/(${ROLES.join('|')}))?$`);

/** `kind` or `kind/role`, e.g. `accelerator`, `framework/adapter`. */
export const Selector = z
  .string()
  .regex(SELECTOR_PATTERN, {
    error: `expected a kind (${KINDS.join(', ')}) optionally followed by /role (${ROLES.join(', ')})`,
  });

/**
 * Where a statement applies: CPU architectures, workloads, and the accelerators (products or
 * families) the vendor printed it for. A scope the stack does not settle leaves the pair undecided.
 */
export const When = z.strictObject({
  arch: z.array(Arch).min(1).optional(),
  workload: z.array(z.enum(WORKLOADS)).min(1).optional(),
  accelerator: z.array(Id).min(1).optional(),
});

/** Version text, always quoted in YAML so `8.0` stays a string. */
export const VersionText = z.string().min(1).max(64);
/** Range text in the target product's scheme. */
export const RangeText = z.string().min(1).max(512);
