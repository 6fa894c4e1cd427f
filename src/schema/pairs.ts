import { z } from 'zod';
import { SELECTOR_PATTERN, Selector, Sources } from './common.ts';
import { ID_PATTERN, KINDS, ROLES } from './constants.ts';

export { Selector };

/**
 * One end of a policy pair: a layer (`kind` or `kind/role`), or one product by id where the edge is
 * that product's own and not its layer's (CANN's installer stops without a Python its release
 * lists; that says nothing of other toolkits). A name that reads as a layer is a layer.
 */
export const PairEnd = z
  .string()
  .max(64)
  .regex(new RegExp(`^((${KINDS.join('|')})/(${ROLES.join('|')})|${ID_PATTERN.source.slice(1, -1)})$`), {
    error: `expected a kind (${KINDS.join(', ')}) optionally followed by /role (${ROLES.join(', ')}), or a product id such as "cann"`,
  });

/** Whether a pair end names a layer (else it names a product by id). */
export function isLayer(end: string): boolean {
  return SELECTOR_PATTERN.test(end);
}

/** Which pairs of layers (or of one product and a layer) need evidence for a stack to count as fitting. */
export const PairsSchema = z.strictObject({
  pairs: z.array(
    z.strictObject({
      a: PairEnd,
      b: PairEnd,
      why: z.string().min(1).max(300),
      /**
       * Layers that mediate the pair: when the stack has an item of one of them that is supported
       * with both ends, the pair is met through it (PyTorch and CANN meet through torch_npu).
       */
      via: z.array(Selector).min(1).optional(),
      /**
       * Vendor pages that state the pair as the policy reads it (a vendor listing one layer per
       * release of the other, or a table naming the mediating layer beside both ends).
       */
      sources: Sources.optional(),
    }),
  ),
});
export type Pairs = z.infer<typeof PairsSchema>;
export type PairRule = Pairs['pairs'][number];
