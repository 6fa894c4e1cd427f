/**
 * A dataset `factor` times larger than the bundled one, for benchmarks: every product, vendor and
 * table is copied with an id suffix, and rules and table columns in a copy point at the same copy.
 * Copy 0 keeps the real ids, so the same stacks resolve in every scaled dataset.
 */
export function scaleDataset(dataset, factor) {
  const suffix = (id, k) => (k === 0 ? id : `${id}-x${k}`);
  const products = [];
  const tables = [];
  for (let k = 0; k < factor; k++) {
    for (const p of dataset.products) {
      const rules = p.rules?.map((r) => {
        const out = { ...r };
        for (const rel of ['requires', 'supports', 'conflicts']) {
          if (r[rel]) out[rel] = Object.fromEntries(Object.entries(r[rel]).map(([id, range]) => [suffix(id, k), range]));
        }
        return out;
      });
      products.push({
        ...p,
        id: suffix(p.id, k),
        name: k === 0 ? p.name : { en: `${p.name.en} #${k}`, zh: `${p.name.zh} #${k}` },
        ...(p.aliases ? { aliases: k === 0 ? p.aliases : p.aliases.map((a) => `${a} #${k}`) } : {}),
        ...(rules ? { rules } : {}),
      });
    }
    for (const t of dataset.tables) {
      tables.push({ ...t, id: suffix(t.id, k), columns: t.columns.map((c) => ('product' in c ? { ...c, product: suffix(c.product, k) } : c)) });
    }
  }
  return { vendors: dataset.vendors, products, tables, pairs: dataset.pairs };
}
