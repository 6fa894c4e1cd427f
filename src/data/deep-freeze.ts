/** Freezes a parsed JSON value and everything inside it. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * Freezes a dataset down to each record and its lists (releases, rules, rows, columns), which
 * is what the engine's memos rely on; the leaves below are read-only by contract. Much cheaper
 * than freezing every node, which a process that checks one stack would pay for at start.
 */
export function freezeRecords<T extends { vendors: readonly object[]; products: readonly object[]; tables: readonly object[]; pairs: readonly object[] }>(dataset: T): T {
  for (const list of [dataset.vendors, dataset.products, dataset.tables, dataset.pairs]) {
    for (const record of list) {
      for (const v of Object.values(record)) if (Array.isArray(v)) Object.freeze(v);
      Object.freeze(record);
    }
    Object.freeze(list);
  }
  return Object.freeze(dataset);
}

const sealed = new WeakSet<object>();

/**
 * Freezes a value and everything inside it, also below objects that are already frozen shallowly
 * (records frozen by `freezeRecords`). An object that is not frozen yet has not been walked: it is
 * frozen and walked without being remembered (most of what is sealed is made just before). A frozen
 * one is walked the first time it is met, and remembered.
 */
export function sealDeep<T>(value: T): T {
  if (!value || typeof value !== 'object') return value;
  if (!Object.isFrozen(value)) Object.freeze(value);
  else if (sealed.has(value)) return value;
  else sealed.add(value);
  // Indexes and own keys walked in place: no array of values made per object.
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) sealDeep(value[i]);
  else for (const k in value) if (Object.hasOwn(value, k)) sealDeep((value as Record<string, unknown>)[k]);
  return value;
}
