import type { LintCheck } from '../types.ts';

/** The editor line that points at the JSON Schema, so editors complete and validate as you type. */
export const SCHEMA_HEADER: Readonly<Record<string, string>> = {
  vendor: 'vendor.json',
  product: 'product.json',
  table: 'table.json',
  pairs: 'pairs.json',
  image: 'image.json',
};

export function headerLine(kind: string, folder: string): string {
  const up = folder ? '../../' : '../';
  return `# yaml-language-server: $schema=${up}schema/${SCHEMA_HEADER[kind]}`;
}

export const header: LintCheck = {
  name: 'header',
  description: 'records start with the yaml-language-server schema line',
  level: 'warning',
  scope: 'record',
  check(ctx, report) {
    const all = [...ctx.folder.vendors, ...ctx.folder.products, ...ctx.folder.tables, ...ctx.folder.pairs, ...ctx.folder.images];
    for (const r of all) {
      const want = headerLine(r.kind, r.folder);
      const first = r.text.split('\n', 1)[0]?.trim();
      if (first !== want) report(r, [], { code: 'schema-header', message: 'first line is not the schema line', hint: `Start the file with: ${want}` });
    }
  },
};
