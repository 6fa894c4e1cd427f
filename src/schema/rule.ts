import { z } from 'zod';
import { Evidence, Id, RangeText, Sources, When } from './common.ts';

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
  when: When.optional(),
  evidence: Evidence,
  sources: Sources,
  note: z.string().max(2000).optional(),
});
export type Rule = z.infer<typeof RuleSchema>;
