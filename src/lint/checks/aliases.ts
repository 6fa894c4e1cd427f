import { normalizeName } from '../../data/normalize-name.ts';
import type { LintCheck } from '../types.ts';

/** Every name a product answers to (id, aliases, en and zh names) belongs to one product only. */
export const aliases: LintCheck = {
  name: 'aliases',
  description: 'names and aliases do not collide across products',
  level: 'error',
  scope: 'tree',
  check(ctx, report) {
    const owner = new Map<string, string>();
    for (const r of ctx.folder.products) {
      const p = r.value;
      const names: [string, (string | number)[]][] = [
        [p.id, ['id']],
        [p.name.en, ['name', 'en']],
        [p.name.zh, ['name', 'zh']],
        ...(p.aliases ?? []).map((a, i): [string, (string | number)[]] => [a, ['aliases', i]]),
      ];
      const mine = new Set<string>();
      for (const [name, path] of names) {
        const key = normalizeName(name);
        if (!key || mine.has(key)) continue;
        mine.add(key);
        const other = owner.get(key);
        if (other && other !== p.id) {
          report(r, path, { code: 'alias-collision', message: `name "${name}" of "${p.id}" is already a name of "${other}"`, hint: 'A name must resolve to one product; drop it or make it more specific.' });
        } else owner.set(key, p.id);
      }
    }
  },
};
