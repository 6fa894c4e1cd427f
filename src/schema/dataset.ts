import type { Image } from './image.ts';
import type { PairRule } from './pairs.ts';
import type { Product } from './product.ts';
import type { Table } from './table.ts';
import type { Vendor } from './vendor.ts';

/** The compiled dataset: what the build writes and the main entry ships. */
export interface Dataset {
  readonly vendors: readonly Vendor[];
  readonly products: readonly Product[];
  readonly tables: readonly Table[];
  readonly pairs: readonly PairRule[];
  /** How official images' tags map to stack items (absent in datasets built before images were data). */
  readonly images?: readonly Image[];
}
