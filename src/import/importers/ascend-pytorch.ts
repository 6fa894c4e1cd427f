import { capture, dropPrefix, eachOf, pep440, raw, text } from '../readers.ts';
import type { ImporterSpec, Reader, UpstreamRow } from '../spec.ts';

/**
 * Ascend/pytorch (torch_npu): COMPATIBILITY.en.md, and the tables older README.md revisions
 * printed. Files are read newest first after COMPATIBILITY.en.md; a README row is kept only when
 * no newer file printed its key, and cites the newest README that prints it.
 */
const FAMILY = 'Ascend/pytorch COMPATIBILITY.en.md and README.md';
const UPSTREAM = 'https://github.com/Ascend/pytorch/blob/master/COMPATIBILITY.en.md';

/**
 * Python versions as printed (`Python3.8, Python 3.9`, `Python3.7.x(>=3.7.5)`) as a range:
 * `3.8 || 3.9`, `>=3.7.5 <3.8`.
 */
const pythonList: Reader = (v) =>
  v
    .split(/\s*[,，]\s*/)
    .map((item) => {
      const m = /^Python\s*(\d+)\.(\d+)(?:\.x)?(?:\(>=([\d.]+)\))?$/i.exec(item.trim());
      if (!m) return item.trim();
      return m[3] ? `>=${m[3]} <${m[1]}.${Number(m[2]) + 1}` : `${m[1]}.${m[2]}`;
    })
    .join(' || ');

/**
 * The torch_npu builds of each PyTorch line (the key of torch-npu-python), as
 * torch-npu-pytorch-cann lists them: from the first build (rc included) below the next patch.
 */
const TORCH_NPU_BY_PYTORCH: Readonly<Record<string, string | null>> = {
  '2.13.0': null,
  '2.12.0': '>=2.12.0 <2.12.1',
  '2.11.0': '>=2.11.0 <2.11.1',
  '2.10.0': '>=2.10.0 <2.10.1',
  '2.9.0': '>=2.9.0 <2.9.1',
  '2.8.0': '>=2.8.0 <2.8.1',
  '2.7.1': '>=2.7.1 <2.7.2',
  '2.6.0': '>=2.6.0 <2.6.1',
  '2.5.1': '>=2.5.1 <2.5.2',
  '2.4.0': '>=2.4.0 <2.4.1',
  '2.3.1': '>=2.3.1rc1 <2.3.2',
  '2.2.0': '>=2.2.0 <2.2.1',
  '2.1.0': '>=2.1.0rc1 <2.1.1',
  '2.0.1': '>=2.0.1rc1 <2.0.2',
  '1.11.0': '>=1.11.0rc1 <1.11.1',
  '1.8.1': '>=1.8.1rc1 <1.8.2',
};

/**
 * README revisions of 2023 printed the PyTorch cells of the 5.0.RC1 and 5.0.RC2 rows swapped
 * (branch v1.8.1-5.0.rc2 under PyTorch 1.11.0, v1.11.0-5.0.rc2 under 1.8.1); a row whose branch
 * v<PyTorch>-... names another PyTorch version than its own PyTorch cell is such a misprint.
 * Branches without that shape (2.0.3.tr5) are kept as printed.
 */
const branchMatchesPytorch = (row: UpstreamRow): boolean => {
  const at = (...names: string[]) => row.header.findIndex((h) => names.includes(text(h, row) ?? h));
  const pt = text(row.cells[at('PyTorch Version', 'Supported PyTorch Version')] ?? '', row) ?? '';
  const branch = text(row.cells[at('GitCode Branch', 'Github Branch')] ?? '', row) ?? '';
  const m = /^v(\d+\.\d+\.\d+)-/.exec(branch);
  return !m || !pt || m[1] === pt;
};

const pytorchVersion = capture(/^PyTorch\s*([\d.]+)$/i);

export const ASCEND_PYTORCH: readonly ImporterSpec[] = [
  {
    table: 'torch-npu-pytorch-cann',
    family: FAMILY,
    upstream: UPSTREAM,
    format: 'markdown+html',
    select: { header: ['TorchNPU installation package version', 'PyTorch Version', 'CANN version', 'GitCode Branch'] },
    rename: {
      'Ascend Extension for PyTorch Version': 'TorchNPU installation package version',
      'Supported Extension Version': 'TorchNPU installation package version',
      'Supported Adapter Version': 'TorchNPU installation package version',
      'Supported PyTorch Version': 'PyTorch Version',
      'CANN Version': 'CANN version',
      'Github Branch': 'GitCode Branch',
    },
    fillDown: ['CANN version'],
    keep: branchMatchesPytorch,
    merge: 'first-seen',
    cells: [
      { from: 'TorchNPU installation package version', read: [text, pep440] },
      { from: 'PyTorch Version', read: [text] },
      { from: 'CANN version', read: [text, dropPrefix('CANN ')] },
      { from: 'GitCode Branch', read: [text] },
      { source: true },
    ],
  },
  {
    table: 'torch-npu-python',
    family: FAMILY,
    upstream: UPSTREAM,
    format: 'markdown',
    select: { header: ['PyTorch Version', 'Python version'] },
    rename: { 'Python Version': 'Python version' },
    merge: 'first-seen',
    mergeKey: [1],
    historyOrder: 'last-file-first',
    cells: [
      { from: 'PyTorch Version', read: [text, pytorchVersion], map: TORCH_NPU_BY_PYTORCH, mapName: 'TORCH_NPU_BY_PYTORCH' },
      { from: 'PyTorch Version', read: [text, pytorchVersion] },
      { from: 'Python version', read: [text, pythonList] },
      { source: true },
    ],
  },
];

/**
 * Ascend/pytorch release notes (`docs/en/release_notes/release_notes.md`, zh for 7.3.0): the
 * "Version Compatibility" list table (product version, CANN versions) and, from 26.1.0 on, a
 * matrix marking each product series "Y" under CANN series. Each release's row cites its own
 * notes when they print it; a series `8.5.X` is written `8.5`.
 */
const PRODUCT = 'Ascend Extension for PyTorch Version';
const LIST_CELLS = [
  { from: PRODUCT, read: [text] },
  { from: 'CANN Version', read: [raw, eachOf(/<br\s*\/?>/i, dropPrefix('CANN '))] },
  { source: true as const },
];
export const ASCEND_PYTORCH_RELEASE_NOTES: ImporterSpec = {
  table: 'torch-npu-product-cann',
  family: 'Ascend/pytorch docs release_notes.md',
  upstream: 'https://github.com/Ascend/pytorch/blob/master/docs/en/release_notes/release_notes.md',
  format: 'markdown+html',
  select: { header: [PRODUCT, 'CANN Version'], exact: true },
  merge: 'first-seen',
  mergeKey: [0],
  citeOwnRelease: true,
  cells: LIST_CELLS,
  parts: [
    {
      select: { header: [PRODUCT, 'CANN Version', 'Related Product Version Compatibility'], exact: true },
      rename: { 'Ascend Extension for PyTorch版本': PRODUCT, CANN版本: 'CANN Version', 网上相关产品版本兼容性: 'Related Product Version Compatibility' },
      cells: LIST_CELLS,
    },
    {
      select: { header: ['TorchNPU'], heading: /^Version Compatibility$/ },
      cells: [{ from: 'TorchNPU', read: [text] }, { matrix: /^CANN Version (\d+\.\d+)\.X$/, yes: /^Y$/ }, { source: true }],
    },
  ],
};
