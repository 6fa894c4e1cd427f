export * from './constants.ts';
export { VendorSchema, type Vendor } from './vendor.ts';
export { ProductSchema, ReleaseSchema, type Product, type Release } from './product.ts';
export { RuleSchema, type Rule } from './rule.ts';
export { TableSchema, TableColumnSchema, type Table, type TableColumn } from './table.ts';
export { PairsSchema, type Pairs, type PairRule } from './pairs.ts';
export { ImageSchema, type Image } from './image.ts';
export type { Dataset } from './dataset.ts';
