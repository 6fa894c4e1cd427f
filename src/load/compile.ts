import { asciiJson } from '../data/dataset-text.ts';
import type { Dataset } from '../schema/dataset.ts';
import type { LoadedFolder } from './load-folder.ts';

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A record without `replaces`, which says how to load it, not something about the product. */
function withoutReplaces<T extends { id: string; replaces?: true | undefined }>(value: T): T {
  if (!('replaces' in value)) return value;
  const { replaces: _, ...rest } = value;
  return rest as T;
}

/** The dataset of a loaded folder, sorted by id so that the same input always compiles the same. */
export function compileDataset(folder: LoadedFolder): Dataset {
  return {
    vendors: folder.vendors.map((r) => withoutReplaces(r.value)).sort(byId),
    products: folder.products.map((r) => withoutReplaces(r.value)).sort(byId),
    tables: folder.tables.map((r) => withoutReplaces(r.value)).sort(byId),
    pairs: folder.pairs[0]?.value.pairs ?? [],
    ...(folder.images.length ? { images: folder.images.map((r) => r.value).sort(byId) } : {}),
  };
}

/** Records of `over` replace records of `base` with the same id; the rest are added. */
export function mergeDatasets(base: Dataset, over: Dataset): Dataset {
  const merge = <T extends { id: string }>(a: readonly T[], b: readonly T[]) => {
    const map = new Map(a.map((x) => [x.id, x]));
    for (const x of b) map.set(x.id, x);
    return [...map.values()].sort(byId);
  };
  return {
    vendors: merge(base.vendors, over.vendors),
    products: merge(base.products, over.products),
    tables: merge(base.tables, over.tables),
    pairs: over.pairs.length ? over.pairs : base.pairs,
    ...(base.images || over.images ? { images: merge(base.images ?? [], over.images ?? []) } : {}),
  };
}

/**
 * The compiled dataset as the package ships it in `stackfit/data.json`: JSON with every character
 * outside ASCII written as a \u escape (a one-byte string for V8 to read and parse).
 */
export function datasetJson(dataset: Dataset): string {
  return asciiJson(dataset);
}
