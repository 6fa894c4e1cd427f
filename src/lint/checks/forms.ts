import type { LintCheck } from '../types.ts';

/** Product forms: each expression compiles, `as` names only groups the expression has, a version form belongs to a product with versions. */
export const forms: LintCheck = {
  name: 'forms',
  description: 'forms compile and their "as" names groups they have',
  level: 'error',
  scope: 'record',
  check(ctx, report) {
    for (const r of ctx.folder.products) {
      (r.value.forms ?? []).forEach((f, i) => {
        const key = f.item !== undefined ? 'item' : 'version';
        const source = f.item ?? f.version ?? '';
        try {
          new RegExp(`^(?:${source})$`, 'i');
        } catch (e) {
          return report(r, ['forms', i, key], { code: 'bad-pattern', message: `form "${source}" does not compile: ${(e as Error).message}`, hint: 'Write a JavaScript regular expression; it is anchored for you.' });
        }
        const groups = new Set([...source.matchAll(/\(\?<([A-Za-z_]\w*)>/g)].map((m) => m[1]!));
        for (const m of (f.as ?? '').matchAll(/\{([^}]*)\}/g)) {
          if (!groups.has(m[1]!)) report(r, ['forms', i, 'as'], { code: 'unknown-group', message: `"as" names {${m[1]}}, a group the expression does not have`, hint: `Groups: ${[...groups].join(', ') || 'none'}.` });
        }
        if (key === 'version' && !r.value.scheme) report(r, ['forms', i, 'version'], { code: 'form-without-versions', message: `"${r.value.id}" has no versions for a version form to read`, hint: 'Use an item form.' });
      });
    }
  },
};
