import type { LintCheck } from '../types.ts';

/** Days after which a product whose newest release is past end of life, with none after, is flagged. */
export const STALE_AFTER_DAYS = 730;

/**
 * Stale data: a product whose newest dated release is more than two years old and already past
 * its end of life probably misses newer releases. A warning, not an error.
 */
export const stale: LintCheck = {
  name: 'stale',
  description: 'newest release not long past end of life (warning)',
  level: 'warning',
  scope: 'record',
  check(ctx, report) {
    const today = Date.parse(ctx.today);
    for (const r of ctx.folder.products) {
      const releases = r.value.releases ?? [];
      const last = releases[releases.length - 1];
      if (!last?.date || !last.eol) continue;
      const age = (today - Date.parse(last.date)) / 86_400_000;
      if (age > STALE_AFTER_DAYS && last.eol < ctx.today) {
        report(r, ['releases', releases.length - 1], {
          code: 'stale-data',
          message: `newest release ${last.version} (${last.date}) reached end of life on ${last.eol}; newer releases may be missing`,
          hint: 'Add the newer releases from the vendor, or confirm the product is discontinued in notes.',
        });
      }
    }
  },
};
