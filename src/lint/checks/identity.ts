import { FOLDER_KINDS } from '../../schema/constants.ts';
import type { LintCheck } from '../types.ts';

/** File name = id, product kind matches its folder, ids unique per namespace. */
export const identity: LintCheck = {
  name: 'identity',
  description: 'file name equals id, kind matches folder, ids are unique',
  level: 'error',
  scope: 'tree',
  check(ctx, report) {
    const records = [...ctx.folder.vendors, ...ctx.folder.products, ...ctx.folder.tables, ...ctx.folder.images];
    const seen = new Map<string, string>();
    for (const r of records) {
      const v = r.value as { id: string; kind?: string };
      const stem = r.file.split('/').pop()!.replace(/\.yaml$/, '');
      if (v.id !== stem) {
        report(r, ['id'], { code: 'id-mismatch', message: `id "${v.id}" does not match file name "${stem}.yaml"`, hint: `Rename the file to ${v.id}.yaml or set id: ${stem}.` });
      }
      if (r.kind === 'product') {
        const allowed = FOLDER_KINDS[r.folder] ?? [];
        if (v.kind && !allowed.includes(v.kind as never)) {
          report(r, ['kind'], { code: 'wrong-folder', message: `kind "${v.kind}" does not belong in ${r.folder}/`, hint: `Allowed in ${r.folder}/: ${allowed.join(', ')}.` });
        }
      }
      const ns = r.kind === 'product' ? 'product' : r.kind;
      const key = `${ns}:${v.id}`;
      const first = seen.get(key);
      if (first) report(r, ['id'], { code: 'duplicate-id', message: `${ns} id "${v.id}" is already used by ${first}`, hint: 'Ids are unique; merge the records or pick another id.' });
      else seen.set(key, r.file);
    }
  },
};
