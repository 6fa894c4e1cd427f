import type { ImporterSpec, Reader } from '../spec.ts';

/**
 * mindspore-ai/docs `install/mindspore_ascend_install_pip_en.md` of each release branch: one row
 * per page, from what it prints: the CANN community edition it tells you to choose, the Python
 * range and OS cell of its dependency table, the commercial solution it names. The release and
 * branch a page documents are the sidecar's `vars.release` and `vars.branch`.
 */

/** `3.7-3.9` -> `3.7 || 3.8 || 3.9` (a span of Python minors as printed). */
const minorSpan: Reader = (v) => {
  const m = /^(\d+)\.(\d+)\s*-\s*\1\.(\d+)$/.exec(v.trim());
  if (!m) return v;
  const out: string[] = [];
  for (let n = Number(m[2]); n <= Number(m[3]); n++) out.push(`${m[1]}.${n}`);
  return out.join(' || ');
};

export const MINDSPORE_DOCS: readonly ImporterSpec[] = [
  {
    table: 'mindspore-cann',
    family: 'mindspore-ai/docs install/mindspore_ascend_install_pip_en.md',
    upstream: 'https://github.com/mindspore-ai/docs/blob/master/install/mindspore_ascend_install_pip_en.md',
    format: 'markdown',
    onePerFile: true,
    select: { header: [] },
    cells: [
      { var: 'release' },
      { find: /(?:choose|the recommended version is) `([^`]+)` in \[CANN community edition\]/ },
      { find: /^\|\s*\[Python\]\([^)]*\)\s*\|\s*([^|]+?)\s*\|/m, read: [minorSpan] },
      { find: /(Ascend (?:Data Center|Training) Solution \d[\w.]*)/ },
      { find: /^\|\s*([^|]+?)\s*\|[^|]*\|\s*OS for running MindSpore/m },
      { var: 'branch' },
      { source: true },
    ],
  },
];
