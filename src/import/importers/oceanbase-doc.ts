import { proseCell, type Prose } from '../prose.ts';
import { raw } from '../readers.ts';
import type { CellRule, ImporterSpec } from '../spec.ts';

/**
 * oceanbase/oceanbase-doc (zh-CN): the 服务器配置 page of each 4.x documentation version
 * ("Linux 操作系统 | 版本 | 服务器架构"), split into an x86_64 and an ARM table by the
 * architecture cell, and the 3.1.x resource pages (the 系统 row, a list of OSes). The release
 * range a page documents is the sidecar's `vars.release`.
 */
const FAMILY = 'oceanbase/oceanbase-doc deployment requirements';

/** "Linux 操作系统 | 版本" as printed on the 4.x pages. */
const OCEANBASE_OS: Prose = {
  'Alibaba Cloud Linux | 2': { alinux: '2' },
  'Alibaba Cloud Linux | 2,3': { alinux: '2 || 3' },
  '龙蜥 AnolisOS | 8.6 及以上': { anolis: '>=8.6' },
  'KylinOS | V10': { kylin: 'V10' },
  '统信 UOS | V20': { uos: 'V20' },
  '中科方德 NFSChina | 4.0 及以上': { nfschina: '>=4.0' },
  '浪潮 Inspur kos | 5.8': { 'inspur-kos': '5.8' },
  'CentOS / Red Hat Enterprise Linux | 7.x、8.x': { centos: '7 || 8', rhel: '7 || 8' },
  'CentOS / Red Hat Enterprise Linux | 7.2 及以上': { centos: '>=7.2', rhel: '>=7.2' },
  'openEuler | 20.03 LTS SP1/SP2 和 22.10 LTS': { openeuler: '20.03 LTS SP1 || 20.03 LTS SP2' },
  '凝思 LinxOS | V6.0.99、V6.0.100': {},
  'SUSE Enterprise Linux | 12SP3 及以上': {},
  'Debian | 8.3 及以上': { debian: '>=8.3' },
};

/** One item of the 3.1.x 系统 list, as printed. */
const OCEANBASE_3_OS: Prose = {
  'Anolis OS 8.X 版本（内核 Linux 3.10.0 版本及以上）-- 推荐': { anolis: '8' },
  'Anolis OS 8.X 版本（内核 Linux 3.10.0 版本及以上）': { anolis: '8' },
  'Red Hat Enterprise Linux Server 7.X 版本、8.X 版本（内核 Linux 3.10.0 版本及以上） -- 推荐': { rhel: '7 || 8' },
  'Red Hat Enterprise Linux Server 7.X 版本、8.X 版本（内核 Linux 3.10.0 版本及以上）': { rhel: '7 || 8' },
  'CentOS Linux 7.X 版本、8.X 版本（内核 Linux 3.10.0 版本及以上） -- 推荐': { centos: '7 || 8' },
  'CentOS Linux 7.X 版本、8.X 版本（内核 Linux 3.10.0 版本及以上）': { centos: '7 || 8' },
  'Debian 9.X 版本及以上版本 （内核 Linux 3.10.0 版本及以上)': { debian: '>=9' },
  'Debian 9.X 版本及以上版本 （内核 Linux 3.10.0 版本及以上）': { debian: '>=9' },
  'Ubuntu 20.X 版本及以上版本（内核 Linux 3.10.0 版本及以上)': { ubuntu: '>=20' },
  'Ubuntu 20.X 版本及以上版本（内核 Linux 3.10.0 版本及以上）': { ubuntu: '>=20' },
  'SUSE / OpenSUSE 15.X 版本及以上版本（内核 Linux 3.10.0 版本及以上) --推荐': { suse: '>=15', opensuse: '>=15' },
  'SUSE / OpenSUSE 15.X 版本及以上版本（内核 Linux 3.10.0 版本及以上）': { suse: '>=15', opensuse: '>=15' },
};

const PRODUCTS_4 = ['alinux', 'anolis', 'kylin', 'uos', 'nfschina', 'inspur-kos', 'centos', 'rhel', 'debian', 'openeuler'];
const OS = 'Linux 操作系统';
const ARCH = '服务器架构';

function v4(table: string, branch: string, arch: 'x86' | 'arm', withSource: boolean): ImporterSpec {
  const from = [OS, '版本'];
  const cells: CellRule[] = [
    { var: 'release' },
    { from: OS, read: [raw] },
    { from: '版本', read: [raw] },
    ...PRODUCTS_4.map((p) => proseCell(OCEANBASE_OS, 'OCEANBASE_OS', from, p)),
    { from: ARCH, read: [raw] },
  ];
  return {
    table,
    family: FAMILY,
    upstream: `https://github.com/oceanbase/oceanbase-doc/blob/${branch}/zh-CN/400.deploy/300.deploy-oceanbase-enterprise-edition/200.preparations-before-deploy/200.configure-servers.md`,
    format: 'markdown',
    select: { header: [OS, '版本', ARCH] },
    where: { [ARCH]: arch === 'x86' ? /x86_64/ : /ARM/ },
    cells: withSource ? [...cells, { source: true }] : cells,
  };
}

export const OCEANBASE_DOC: readonly ImporterSpec[] = [
  v4('oceanbase-os-v4-0-aarch64', 'V4.0.0-preview', 'arm', false),
  v4('oceanbase-os-v4-0-x86-64', 'V4.0.0-preview', 'x86', false),
  v4('oceanbase-os-v4-1-aarch64', 'V4.1.0', 'arm', false),
  v4('oceanbase-os-v4-1-x86-64', 'V4.1.0', 'x86', false),
  v4('oceanbase-os-v4-2-aarch64', 'V4.2.5', 'arm', true),
  v4('oceanbase-os-v4-2-x86-64', 'V4.2.5', 'x86', true),
  v4('oceanbase-os-v4-3-aarch64', 'V4.3.3', 'arm', true),
  v4('oceanbase-os-v4-3-x86-64', 'V4.3.3', 'x86', true),
  {
    table: 'oceanbase-os-v3-1',
    family: FAMILY,
    upstream: 'https://github.com/oceanbase/oceanbase-doc/blob/V3.1.5/zh-CN/100.users-guide/300.installation-and-deployment/200.download-installation-packages.md',
    format: 'markdown',
    select: { header: ['项目', '描述'] },
    where: { 项目: /^系统$/ },
    explode: '描述',
    cells: [
      { var: 'release' },
      { from: '描述', read: [raw] },
      ...['anolis', 'rhel', 'centos', 'suse', 'opensuse', 'debian', 'ubuntu'].map((p) => proseCell(OCEANBASE_3_OS, 'OCEANBASE_3_OS', '描述', p)),
      { source: true },
    ],
  },
];
