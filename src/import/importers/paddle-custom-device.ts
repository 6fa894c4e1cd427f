import { replace, text } from '../readers.ts';
import type { CellRule, ImporterSpec, Reader } from '../spec.ts';

/**
 * PaddlePaddle/PaddleCustomDevice `backends/<device>/README_cn.md` of each release branch or tag:
 * the version table of the device SDK (a vertical table, one row per page) and what the install
 * steps print: the PaddlePaddle CPU package they install, the wheel's Python tag, the
 * development images, the `version:` line of the sample output. The release a page documents
 * and its branch are the sidecar's `vars.release` and `vars.branch`.
 */
const dropRevision = replace(/-\d+$/, '');
const module = (name: string): CellRule => ({ from: name, read: [text, dropRevision], optional: true });

export const PADDLE_CUSTOM_MLU: ImporterSpec = {
  table: 'paddle-mlu',
  family: 'PaddlePaddle/PaddleCustomDevice backends/mlu/README_cn.md',
  upstream: 'https://github.com/PaddlePaddle/PaddleCustomDevice/blob/develop/backends/mlu/README_cn.md',
  format: 'markdown',
  transpose: true,
  select: { header: ['模块名称', 'cntoolkit', 'cnnl'] },
  cells: [
    { var: 'release' },
    { find: /paddlepaddle(?:==|-)(\d[\w.]*?)(?:\s|-cp)/ },
    module('cntoolkit'),
    module('cnnl'),
    { find: /docker pull \S*paddle-mlu:ctr(\d[\d.]*\d)/ },
    { find: /-cp(3\d+)-/, read: [replace(/^3(\d+)$/, '3.$1')] },
    module('cnnlextra'),
    module('cncl'),
    module('mluops'),
    { var: 'branch' },
    { find: /^version: (\S+)/m },
    { find: /docker pull \S*\/(paddle-mlu:\S+)/, all: true },
    { source: true },
  ],
};

const always = (): string => '*';

export const PADDLE_CUSTOM_NPU: ImporterSpec = {
  table: 'paddle-npu',
  family: 'PaddlePaddle/PaddleCustomDevice backends/npu/README_cn.md',
  upstream: 'https://github.com/PaddlePaddle/PaddleCustomDevice/blob/develop/backends/npu/README_cn.md',
  format: 'markdown',
  onePerFile: true,
  select: { header: [] },
  cells: [
    { var: 'release' },
    { find: /paddlepaddle(?:==|-)(\d[\w.]*?)(?:\s|-cp)/ },
    { find: /^cann: (\S+)/m },
    { find: /\|\s*驱动版本\s*\|\s*\[?(\d[\d.]*\d)/ },
    { find: /\|\s*芯片类型\s*\|\s*(昇腾910)\s*\|/, read: [always] },
    { find: /\|\s*芯片类型\s*\|\s*(昇腾910B)\s*\|/, read: [always] },
    { var: 'branch' },
    { find: /^version: (\S+)/m },
    { find: /^(?:\s*docker pull )?\s*\S*?\/(paddle-npu:[\w.-]+)\s*$/m, all: true },
    { source: true },
  ],
};

/** The PaddlePaddle install command of the gcu README, as the table labels it. */
const PADDLE_INSTALL: Readonly<Record<string, string | null>> = {
  'pip install paddlepaddle==2.6.0 -i https://pypi.tuna.tsinghua.edu.cn/simple': 'paddlepaddle==2.6.0',
  'pip install paddlepaddle==0.0.0 -f https://www.paddlepaddle.org.cn/whl/linux/cpu-mkl/develop.html': 'paddlepaddle==0.0.0 (develop cpu-mkl)',
  'pip install --pre paddlepaddle -i https://www.paddlepaddle.org.cn/packages/nightly/cpu/': 'paddlepaddle --pre (nightly cpu)',
};
/** `0.0.0` is the develop build, not a PaddlePaddle release. */
const released: Reader = (v) => (v === '0.0.0' ? null : v);

export const PADDLE_CUSTOM_GCU: ImporterSpec = {
  table: 'paddle-gcu',
  family: 'PaddlePaddle/PaddleCustomDevice backends/gcu/README_cn.md',
  upstream: 'https://github.com/PaddlePaddle/PaddleCustomDevice/blob/develop/backends/gcu/README_cn.md',
  format: 'markdown',
  onePerFile: true,
  select: { header: [] },
  cells: [
    { var: 'release' },
    { find: /pip install paddlepaddle==(\d[\w.]*)/, read: [released] },
    { var: 'branch' },
    { find: /(pip install (?:--pre )?paddlepaddle\S* -[if] \S+)/, map: PADDLE_INSTALL, mapName: 'PADDLE_INSTALL' },
    { find: /^version: (\S+(?:\n(?:commit: \S+\n)?plugin version: \S+)?)/m, read: [replace(/\n(?:commit: \S+\n)?plugin version: (\S+)/, ' (plugin version: $1)')] },
    { find: /^(tops-sdk: \S+)/m },
    { source: true },
  ],
};
