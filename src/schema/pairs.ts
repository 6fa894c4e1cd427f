import { z } from 'zod';
import { KINDS, ROLES } from './constants.ts';

/** `kind` or `kind/role`, e.g. `accelerator`, `framework/adapter`. */
export const Selector = z
  .string()
  .regex(new RegExp(`^(${KINDS.join('|')})(/(${ROLES.join('|')}))?$`), {
    error: `expected a kind (${KINDS.join(', ')}) optionally followed by /role (${ROLES.join(', ')})`,
  });

/** Which pairs of kinds need evidence for a stack to count as fitting. */
export const PairsSchema = z.strictObject({
  pairs: z.array(
    z.strictObject({
      a: Selector,
      b: Selector,
      why: z.string().min(1).max(300),
    }),
  ),
});
export type Pairs = z.infer<typeof PairsSchema>;
export type PairRule = Pairs['pairs'][number];
