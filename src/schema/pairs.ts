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
    }),
  ),
});
export type Pairs = z.infer<typeof PairsSchema>;
export type PairRule = Pairs['pairs'][number];
