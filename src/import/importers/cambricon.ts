import { anyOf, capture, replace, text } from '../readers.ts';
import type { ImporterSpec, Reader } from '../spec.ts';

/**
 * Cambricon release notes (reStructuredText grid tables): MLU-OPS `docs/release_notes/mlu_ops.rst`
 * (依赖版本说明 joined with 支持平台说明 by series) and CATCH `docs/release_notes/pytorch.rst`
 * (one vertical 测试过的版本组合 table per release).
 */

/** `Cambricon MLU-OPS v1.11.z` -> `>=1.11.0 <1.12`; `v1.5.z (z >= 1)` -> `>=1.5.1 <1.6`; `v1.5.0` -> `1.5.0`. */
const seriesRange: Reader = (v) => {
  const m = /v(\d+)\.(\d+)\.(z|\d+)(?:\s*\(z\s*>=\s*(\d+)\))?$/.exec(v);
  if (!m) return v;
  if (m[3] !== 'z') return `${m[1]}.${m[2]}.${m[3]}`;
  return `>=${m[1]}.${m[2]}.${m[4] ?? '0'} <${m[1]}.${Number(m[2]) + 1}`;
};
/** `CNToolkit >= v4.6.2<br>CNNL >= v2.2.6` -> the named component's `>=4.6.2`. */
const atLeast = (component: string): Reader => (v) => {
  const m = new RegExp(`${component}\\s*>=\\s*v?([\\d.]+)`).exec(v);
  return m ? `>=${m[1]}` : null;
};
/** The 支持平台说明 row of a 依赖版本说明 series (`v1.5.z (z >= 1)` and `v1.5.0` are the v1.5.z row). */
const platformSeries = [text, replace(/\s*\(z\s*>=\s*\d+\)$/, ''), replace(/v(\d+\.\d+)\.\d+$/, 'v$1.z')];
const PLATFORMS = ['Cambricon MLU-OPS 版本', '支持的CPU架构', '支持的MLU架构'];
const SERIES = 'Cambricon MLU-OPS 版本';

export const CAMBRICON: readonly ImporterSpec[] = [
  {
    table: 'mlu-ops-deps',
    family: 'Cambricon/mlu-ops docs/release_notes/mlu_ops.rst',
    upstream: 'https://github.com/Cambricon/mlu-ops/blob/master/docs/release_notes/mlu_ops.rst',
    format: 'rst',
    select: { header: [SERIES, '依赖组件版本'] },
    cells: [
      { from: SERIES, read: [text, seriesRange] },
      { from: '依赖组件版本', read: [atLeast('CNToolkit')] },
      { from: '依赖组件版本', read: [atLeast('CNNL')] },
      { from: SERIES, read: [text] },
      { from: SERIES, read: platformSeries, lookup: { header: PLATFORMS, key: SERIES, value: '支持的CPU架构', keyRead: [text] } },
      { from: SERIES, read: platformSeries, lookup: { header: PLATFORMS, key: SERIES, value: '支持的MLU架构', keyRead: [text] } },
    ],
  },
  {
    table: 'catch-tested-versions',
    family: 'Cambricon/catch docs/release_notes/pytorch.rst',
    upstream: 'https://github.com/Cambricon/catch/blob/master/docs/release_notes/pytorch.rst',
    format: 'rst',
    transpose: true,
    select: { header: ['Cambricon PyTorch', 'PyTorch', 'Python', 'Driver', 'CNToolkit', 'CNNL'] },
    cells: [
      { from: 'Cambricon PyTorch', read: [text] },
      { from: 'PyTorch', read: [text] },
      { from: 'Python', read: [text, anyOf()] },
      { from: 'Driver', read: [text] },
      { from: 'CNToolkit', read: [text] },
      { from: 'CNNL', read: [text] },
      { from: 'CNCL', read: [text] },
      { from: 'CNLight', read: [text] },
      { from: 'MagicMind', read: [text], optional: true },
      { from: 'Tested distributions', read: [text, capture(/^Ubuntu\s+([\d.]+)/)] },
      { from: 'Tested distributions', read: [text] },
    ],
  },
];

const BRANCH = '分支';

/**
 * Cambricon/torch_mlu README.md of each release branch: the CTR-SDK table (merged cells printed
 * once are repeated); each page contributes the row of its own branch (`vars.branch`). The key is
 * the wheel's local version, `<torch-mlu>+torch<PyTorch>`.
 */
export const CAMBRICON_TORCH_MLU: ImporterSpec = {
  table: 'torch-mlu-ctr',
  family: 'Cambricon/torch_mlu README.md',
  upstream: 'https://github.com/Cambricon/torch_mlu/blob/r1.22_pt2.4.0/README.md',
  format: 'markdown',
  select: { header: ['CTR-SDK版本', 'torch-mlu版本', 'PyTorch版本', BRANCH] },
  fillDown: ['CTR-SDK版本', 'torch-mlu版本'],
  keep: (row) => text(row.cells[row.header.map((h) => h.replace(/\s+/g, '')).indexOf(BRANCH)] ?? '', row) === row.file.vars.branch,
  cells: [
    { from: ['torch-mlu版本', 'PyTorch版本'], read: [text, replace(/ \| /, '+torch')] },
    { from: 'PyTorch版本', read: [text] },
    { from: 'CTR-SDK版本', read: [text, replace(/^CTR\s+/, '')] },
    { from: BRANCH, read: [text] },
    { from: '镜像(链接)', read: [text] },
    { source: true },
  ],
};
