import { z } from 'zod';
import { Id, Names, Sources, SourceUrl } from './common.ts';

/** A company or community that makes products. `origin` tells domestic from imported layers. */
export const VendorSchema = z.strictObject({
  id: Id,
  /** In a `--data` folder: this record replaces the bundled one with the same id (otherwise an id clash is an error). */
  replaces: z.literal(true).optional(),
  name: Names,
  /** Leave out when no source states it: the engine then calls the vendor neither domestic nor imported. */
  /** Leave out when no source states it: the engine then calls the vendor neither domestic nor imported. */
  origin: z.string().regex(/^[A-Z]{2}$/, { error: 'expected an ISO 3166 country code such as "CN" or "US"' }).optional(),
  aliases: z.array(z.string().min(1).max(100)).optional(),
  homepage: SourceUrl.optional(),
  sources: Sources,
  notes: z.string().max(2000).optional(),
});
export type Vendor = z.infer<typeof VendorSchema>;
