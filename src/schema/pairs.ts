import { z } from 'zod';
import { Selector } from './common.ts';

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
    }),
  ),
});
export type Pairs = z.infer<typeof PairsSchema>;
export type PairRule = Pairs['pairs'][number];
