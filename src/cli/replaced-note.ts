import type { Replacement } from '../node.ts';
import { visible } from '../report/visible.ts';

/** `--data replaces 2 bundled records: product cann (my/toolkits/cann.yaml), ...` on one line. */
export function replacedNote(replaced: readonly Replacement[]): string {
  const shown = replaced.slice(0, 5).map((r) => `${r.kind} ${r.id} (${visible(r.file)})`);
  const more = replaced.length > 5 ? `, and ${replaced.length - 5} more` : '';
  return `--data replaces ${replaced.length} bundled record(s): ${shown.join(', ')}${more}`;
}
