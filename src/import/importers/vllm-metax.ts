import { cellText } from '../cell-text.ts';
import { capture, emptyToNull, raw, stripV, text } from '../readers.ts';
import type { ImporterSpec, Reader } from '../spec.ts';

/**
 * MetaX-MACA/vLLM-metax `docs/getting_started/quickstart.md`, the Releases table. The plugin
 * version is the vLLM version it builds on (README: the plugin follows vLLM's version); a release
 * whose image is "Skipped" has no product cells. MACA `maca3.3.0.x` is the 3.3.0 series.
 */
const IMAGE = 'docker image url';
const skipped = (row: Parameters<Reader>[1]) => cellText(row.cells[row.header.map(cellText).indexOf(IMAGE)] ?? '') === 'Skipped';
const unlessSkipped: Reader = (v, row) => (skipped(row) ? null : v);
/** `[vllm:0.8.5](...?package_name=X)` -> `vllm:0.8.5 (package_name=X)`. */
const imageCell: Reader = (v) => {
  const m = /^\[([^\]]+)\]\([^)]*[?&]package_name=([^)&]+)\)$/.exec(v.trim());
  return m ? `${m[1]} (package_name=${m[2]})` : cellText(v);
};

export const VLLM_METAX: readonly ImporterSpec[] = [
  {
    table: 'vllm-metax',
    family: 'MetaX-MACA/vLLM-metax quickstart.md',
    upstream: 'https://github.com/MetaX-MACA/vLLM-metax/blob/master/docs/getting_started/quickstart.md',
    format: 'markdown',
    select: { header: ['plugin version', 'maca version', 'mcoplib version', IMAGE] },
    cells: [
      { from: 'plugin version', read: [text, stripV, unlessSkipped] },
      { from: 'plugin version', read: [text, stripV, unlessSkipped] },
      { from: 'maca version', read: [text, emptyToNull, capture(/^maca(\d+(?:\.\d+)*?)(?:\.x)?$/)] },
      { from: 'plugin version', read: [text] },
      { from: 'maca version', read: [text] },
      { from: 'mcoplib version', read: [text] },
      { from: IMAGE, read: [raw, imageCell] },
      { source: true },
    ],
  },
];
