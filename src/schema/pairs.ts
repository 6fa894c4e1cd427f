import { z } from 'zod';
import { Selector, Sources } from './common.ts';

export { Selector };

/** Which pairs of kinds need evidence for a stack to count as fitting. */
export const PairsSchema = z.strictObject({
  pairs: z.array(
    z.strictObject({
      a: Selector,
      b: Selector,
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
