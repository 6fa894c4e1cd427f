import { pep440, text } from '../readers.ts';
import type { ImporterSpec } from '../spec.ts';

/**
 * mindspore-lab/mindformers README.md: the current version row and the "Historical Version
 * Supporting Relationships" table (MindSpore Transformers | MindSpore | CANN | Driver/Firmware).
 * Links become their text; MindSpore `2.6.0-rc1` is written in PEP 440 form.
 */
export const MINDFORMERS: readonly ImporterSpec[] = [
  {
    table: 'cann-hdk',
    family: 'mindspore-lab/mindformers README.md',
    upstream: 'https://github.com/mindspore-lab/mindformers/blob/master/README.md',
    format: 'markdown',
    select: { header: ['MindSpore Transformers', 'MindSpore', 'CANN', 'Driver/Firmware'] },
    cells: [
      { from: 'MindSpore Transformers', read: [text] },
      { from: 'MindSpore', read: [text, pep440] },
      { from: 'CANN', read: [text] },
      { from: 'Driver/Firmware', read: [text] },
    ],
  },
];
