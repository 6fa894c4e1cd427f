import { z } from 'zod';
import { Evidence, Id, RangeText, Selector, Sources, When } from './common.ts';

const Targets = z.record(Id, RangeText);

/**
 * A compatibility rule declared by a product about a set of its own releases, the way a package
 * declares its dependencies.
 */
export const RuleSchema = z.strictObject({
  releases: RangeText.optional(),
  requires: Targets.optional(),
  supports: Targets.optional(),
  conflicts: Targets.optional(),
  /**
   * Kinds (or kind/role) for which the products this rule names are the whole list, as the vendor
   * words it ("supported hardware: A2, A3"): any other product of that kind conflicts, citing the
   * rule. Open lists ("tested on") leave it out. Quote the deciding words in `note`.
   */
  closed: z.array(Selector).min(1).optional(),
  /**
   * The whole list of products (or families) of their kinds that these releases can work with, as
   * a vendor states it for the product as a whole ("CANN ... for Ascend AI processors"): any other
   * product of those kinds conflicts. Unlike `supports`, it says nothing about which versions work.
   */
  only: z.array(Id).min(1).optional(),
  when: When.optional(),
  evidence: Evidence,
  sources: Sources,
  note: z.string().max(2000).optional(),
});
export type Rule = z.infer<typeof RuleSchema>;
