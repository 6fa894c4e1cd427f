import { Matrix } from '../../data/matrix.ts';
import { parseStack } from '../../engine/parse-stack.ts';
import { compileTag, itemsOfTag } from '../../inputs/match-image.ts';
import { compileDataset } from '../../load/compile.ts';
import type { LintCheck } from '../types.ts';

/** Whether an item reads against the data; the reason when it does not. */
function unreadable(matrix: Matrix, item: string): string | undefined {
  try {
    parseStack(matrix, [item]);
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/**
 * Image records: tag patterns compile (no anchors or named groups of their own), every `{part}` of
 * an item names a part, each example is read by its own shape (not an earlier one) into exactly
 * the items listed, those items read against the data, and no repository is claimed twice.
 */
export const images: LintCheck = {
  name: 'images',
  description: 'image tag patterns compile, examples give their items, items name products and versions in the data',
  level: 'error',
  scope: 'tree',
  check(ctx, report) {
    if (!ctx.folder.images.length) return;
    let matrix: Matrix | undefined;
    const owner = new Map<string, string>();
    for (const r of ctx.folder.images) {
      const image = r.value;
      image.repositories.forEach((repo, i) => {
        const first = owner.get(repo);
        if (first) report(r, ['repositories', i], { code: 'duplicate-repository', message: `repository ${repo} is already described by ${first}`, hint: 'One record per repository.' });
        else owner.set(repo, image.id);
      });
      image.tags.forEach((tag, t) => {
        const names = new Set<string>();
        let compiles = true;
        tag.parts.forEach((part, p) => {
          if (typeof part === 'string') return;
          if (names.has(part.name)) report(r, ['tags', t, 'parts', p, 'name'], { code: 'duplicate-part', message: `part "${part.name}" is named twice`, hint: 'Give each part its own name.' });
          names.add(part.name);
          if (/\(\?<[A-Za-z]|(?<!\\)[$^]/.test(part.pattern)) {
            compiles = false;
            report(r, ['tags', t, 'parts', p, 'pattern'], { code: 'bad-pattern', message: `pattern "${part.pattern}" has an anchor or a named group`, hint: 'Parts are joined and anchored for you; use (?:...) for groups.' });
            return;
          }
          try {
            new RegExp(part.pattern, 'i');
          } catch (e) {
            compiles = false;
            report(r, ['tags', t, 'parts', p, 'pattern'], { code: 'bad-pattern', message: `pattern "${part.pattern}" does not compile: ${(e as Error).message}`, hint: 'Write a JavaScript regular expression.' });
          }
        });
        tag.items.forEach((item, i) => {
          for (const m of item.matchAll(/\{([^}]*)\}/g)) {
            if (!names.has(m[1]!)) report(r, ['tags', t, 'items', i], { code: 'unknown-part', message: `item "${item}" names part "${m[1]}", which this tag does not have`, hint: `Parts: ${[...names].join(', ') || 'none'}.` });
          }
        });
        if (!compiles) return;
        compileTag(tag);
        tag.examples.forEach((ex, e) => {
          const earlier = image.tags.slice(0, t).findIndex((other) => itemsOfTag(other, ex.tag));
          const got = itemsOfTag(tag, ex.tag);
          if (earlier >= 0) return report(r, ['tags', t, 'examples', e, 'tag'], { code: 'example-shadowed', message: `tag "${ex.tag}" is read by tags[${earlier}] first`, hint: 'Order shapes from most to least specific.' });
          if (!got) return report(r, ['tags', t, 'examples', e, 'tag'], { code: 'example-unread', message: `tag "${ex.tag}" does not match this shape`, hint: 'Fix the parts or the example.' });
          if (got.join(' ') !== ex.items.join(' ')) report(r, ['tags', t, 'examples', e, 'items'], { code: 'example-items', message: `tag "${ex.tag}" gives ${JSON.stringify(got)}, not ${JSON.stringify(ex.items)}`, hint: 'Fix the items, values or the example.' });
          matrix ??= Matrix.fromDataset(compileDataset(ctx.folder));
          got.forEach((item) => {
            const why = unreadable(matrix!, item);
            if (why) report(r, ['tags', t, 'examples', e, 'items'], { code: 'example-item-unknown', message: `tag "${ex.tag}" gives "${item}": ${why}`, hint: 'Items must name products and versions in the data.' });
          });
        });
      });
    }
  },
};
