import { cellText } from '../cell-text.ts';
import { proseCell, type Prose } from '../prose.ts';
import { raw, text } from '../readers.ts';
import type { ImporterSpec } from '../spec.ts';

/**
 * opengauss-mirror/docs (zh): the 准备软硬件安装环境 page of each release (表2 软件环境要求, the
 * "Linux操作系统" row: a list per architecture, "ARM：" and "x86：", of operating systems), one
 * page per release in the sidecar (`vars.release`); and the RPM安装 page's openEuler table.
 */
const FAMILY = 'opengauss-mirror/docs installation guide';

/** One OS item of the Linux操作系统 list, as printed. */
const OPENGAUSS_OS: Prose = {
  'openEuler 20.3LTS（推荐采用此操作系统）': { openeuler: '20.03 LTS' },
  'openEuler 20.3LTS': { openeuler: '20.03 LTS' },
  'openEuler 20.03LTS（推荐采用此操作系统）': { openeuler: '20.03 LTS' },
  'openEuler 20.03 LTS（推荐采用此操作系统）': { openeuler: '20.03 LTS' },
  'openEuler 20.03LTS': { openeuler: '20.03 LTS' },
  'openEuler 20.03 LTS': { openeuler: '20.03 LTS' },
  'openEuler 22.03LTS': { openeuler: '22.03 LTS' },
  'openEuler 22.03 LTS': { openeuler: '22.03 LTS' },
  'openEuler 24.03 LTS': { openeuler: '24.03 LTS' },
  '麒麟V10': { kylin: 'V10' },
  '统信V20': { uos: 'V20' },
  'CentOS 7.6': { centos: '7.6' },
  'Asianux 7.5': { asianux: '7.5' },
  'Asianux 7.6': { asianux: '7.6' },
};

/**
 * The 配置描述 cell of the Linux操作系统 row: `<li>ARM：<ul><li>OS</li>...</ul></li><li>x86：...`
 * -> one row per OS with two appended cells, the architecture label and the OS text (notes in a
 * `<div>` after the items are not OSes).
 */
function osPerArch(arch: RegExp) {
  return (cells: readonly string[]): (readonly string[])[] => {
    const out: string[][] = [];
    for (const m of (cells[1] ?? '').matchAll(/<li>\s*([A-Za-z0-9_]+)\s*[：:]([\s\S]*?)<\/ul>/g)) {
      if (!arch.test(m[1]!)) continue;
      for (const item of m[2]!.matchAll(/<li>([\s\S]*?)(?=<\/li>|<li>|<div|$)/g)) {
        const os = cellText(item[1]!);
        if (os) out.push([...cells, m[1]!, os]);
      }
    }
    return out;
  };
}

function osTable(table: string, arch: RegExp): ImporterSpec {
  return {
    table,
    family: FAMILY,
    upstream: 'https://github.com/opengauss-mirror/docs/blob/master/content/zh/docs/InstallationGuide/准备软硬件安装环境.md',
    format: 'html',
    select: { header: ['软件类型', '配置描述'] },
    where: { 软件类型: /^Linux操作系统$/ },
    explode: osPerArch(arch),
    cells: [
      { var: 'release' },
      { from: 2 },
      { from: 3 },
      ...['openeuler', 'kylin', 'uos', 'centos', 'asianux'].map((p) => proseCell(OPENGAUSS_OS, 'OPENGAUSS_OS', 3, p)),
      { source: true },
    ],
  };
}

export const OPENGAUSS_DOCS: readonly ImporterSpec[] = [
  osTable('opengauss-os-aarch64', /^ARM$/i),
  osTable('opengauss-os-x86-64', /^x86$/i),
  {
    table: 'opengauss-openeuler-rpm',
    family: FAMILY,
    upstream: 'https://github.com/opengauss-mirror/docs/blob/master/content/zh/docs/InstallationGuide/RPM安装.md',
    format: 'markdown',
    select: { header: ['操作系统', '架构', 'os版本', 'updata版本'] },
    cells: [
      { from: 'os版本', read: [text, (v) => /openGauss\s+(\d[\w.-]*)/.exec(v)?.[1] ?? null] },
      { from: '操作系统', read: [text, (v) => v.replace(/^openEuler\s+/, '')] },
      { from: '操作系统', read: [raw] },
      { from: '架构', read: [raw] },
      { from: 'os版本', read: [raw] },
      { from: 'updata版本', read: [raw] },
    ],
  },
];
