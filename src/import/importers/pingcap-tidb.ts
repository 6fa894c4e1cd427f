import { proseCell, type Prose } from '../prose.ts';
import { raw } from '../readers.ts';
import type { ImporterSpec } from '../spec.ts';

/**
 * PingCAP docs-cn `hardware-and-software-requirements.md`, one page per TiDB documentation
 * branch. Two layouts: up to v6.1.0 a "Linux 操作系统(平台) | 版本" table (the os and version
 * cells are stored as printed), from v6.1.1 an "操作系统 | 支持的 CPU 架构" table whose first cell
 * is stored as printed (HTML lists kept). Product cells come from the prose dictionaries below.
 */
const FAMILY = 'pingcap/docs-cn hardware-and-software-requirements.md';
const PAGE = (branch: string) => `https://github.com/pingcap/docs-cn/blob/${branch}/hardware-and-software-requirements.md`;

/**
 * "Ubuntu LTS | 16.04 及以上的版本": the LTS releases from 16.04 on (interim releases are not "Ubuntu
 * LTS"), as data/os/ubuntu.yaml marks them `channel: lts` from endoflife.date; a test holds the
 * two together, so a new LTS release in the data fails it until it is added here.
 */
export const UBUNTU_LTS_FROM_16_04 = '16.04 || 18.04 || 20.04 || 22.04 || 24.04 || 26.04';

/** "OS | version" as printed up to v6.1.0. */
const TIDB_OS_TWO_COLUMNS: Prose = {
  'Red Hat Enterprise Linux | 7.3 及以上的 7.x 版本': { rhel: '>=7.3 <8' },
  'CentOS | 7.3 及以上的 7.x 版本': { centos: '>=7.3 <8' },
  'Oracle Enterprise Linux | 7.3 及以上的 7.x 版本': { 'oracle-linux': '>=7.3 <8' },
  'Amazon Linux | 2': { 'amazon-linux': '2' },
  'Ubuntu LTS | 16.04 及以上的版本': { ubuntu: UBUNTU_LTS_FROM_16_04 },
};

/** The OS cell as printed from v6.1.1 on; `tidb` narrows the key where the page does. */
const TIDB_OS: Prose = {
  'Red Hat Enterprise Linux 8.4 及以上的 8.x 版本': { rhel: '>=8.4 <9' },
  'Red Hat Enterprise Linux 8.6 及以上的 8.x 版本': { rhel: '>=8.6 <9' },
  'Red Hat Enterprise Linux 9.4 及以上的 9.x 版本': { rhel: '>=9.4 <10' },
  '<ul><li>Red Hat Enterprise Linux 7.3 及以上的 7.x 版本</li><li>CentOS 7.3 及以上的 7.x 版本</li></ul>': { rhel: '>=7.3 <8', centos: '>=7.3 <8' },
  '<ul><li>Red Hat Enterprise Linux 7.3 及以上的 7.x 版本</li><li>CentOS 7.3 及以上的 7.x 版本（从 TiDB 8.4 DMR 版本开始，已结束支持）</li></ul>': { rhel: '>=7.3 <8', centos: '>=7.3 <8' },
  '<ul><li>Red Hat Enterprise Linux 7.3 及以上的 7.x 版本（从 TiDB 8.4 DMR 版本开始，已结束支持）</li><li>CentOS 7.3 及以上的 7.x 版本（从 TiDB 8.4 DMR 版本开始，已结束支持）</li></ul>': { rhel: '>=7.3 <8', centos: '>=7.3 <8' },
  'Amazon Linux 2': { 'amazon-linux': '2' },
  'Amazon Linux 2023': { 'amazon-linux': '2023' },
  'Rocky Linux 9.1 及以上的版本': { rocky: '>=9.1' },
  '银河麒麟 V10 SP1/SP2': { kylin: 'V10 SP1 || V10 SP2' },
  '银河麒麟 V10 SP1/SP2/SP3（从 v7.5.5 开始支持 SP3）': { kylin: 'V10 SP1 || V10 SP2 || V10 SP3' },
  '统信操作系统 (UOS) V20': { uos: 'V20' },
  'openEuler 22.03 LTS SP1/SP3': { openeuler: '22.03 LTS SP1 || 22.03 LTS SP3' },
  'openEuler 22.03 LTS SP3/SP4（从 v6.5.12 开始支持）': { tidb: '>=6.5.12 <6.6.0', openeuler: '22.03 LTS SP3 || 22.03 LTS SP4' },
  'openEuler 22.03 LTS SP1/SP3 (v7.5.6 之前)，SP3/SP4 (从 v7.5.6 开始支持)': { openeuler: '22.03 LTS SP1 || 22.03 LTS SP3 || 22.03 LTS SP4' },
};

function twoColumns(table: string, branch: string, key: string, osHeader: string, products: readonly string[]): ImporterSpec {
  const from = [osHeader, '版本'];
  return {
    table,
    family: FAMILY,
    upstream: PAGE(branch),
    format: 'markdown',
    select: { header: from, nth: 0 },
    cells: [{ const: key }, { from: osHeader, read: [raw] }, { from: '版本', read: [raw] }, ...products.map((p) => proseCell(TIDB_OS_TWO_COLUMNS, 'TIDB_OS_TWO_COLUMNS', from, p))],
  };
}

function cpuTable(table: string, branch: string, key: string, products: readonly string[]): ImporterSpec {
  return {
    table,
    family: FAMILY,
    upstream: PAGE(branch),
    format: 'markdown',
    select: { header: ['操作系统', '支持的 CPU 架构'], nth: 0 },
    cells: [proseCell(TIDB_OS, 'TIDB_OS', '操作系统', 'tidb', key), { from: '操作系统', read: [raw] }, ...products.map((p) => proseCell(TIDB_OS, 'TIDB_OS', '操作系统', p))],
  };
}

const OLD = ['rhel', 'centos', 'oracle-linux', 'ubuntu'];

export const PINGCAP_TIDB: readonly ImporterSpec[] = [
  twoColumns('tidb-os-5-1', 'release-5.1', '5.1', 'Linux 操作系统平台', OLD),
  twoColumns('tidb-os-5-2', 'release-5.2', '5.2', 'Linux 操作系统平台', OLD),
  twoColumns('tidb-os-5-3', 'release-5.3', '5.3', 'Linux 操作系统平台', OLD),
  twoColumns('tidb-os-5-4', 'release-5.4', '5.4', 'Linux 操作系统', OLD),
  twoColumns('tidb-os-6-1-0', 'release-6.1', '6.1.0', 'Linux 操作系统', ['rhel', 'centos', 'oracle-linux', 'amazon-linux', 'ubuntu']),
  cpuTable('tidb-os-6-1', 'release-6.1', '>=6.1.1 <6.2.0', ['rhel', 'centos', 'amazon-linux', 'kylin', 'uos']),
  cpuTable('tidb-os-6-5', 'release-6.5', '6.5', ['rhel', 'centos', 'amazon-linux', 'kylin', 'uos', 'openeuler']),
  cpuTable('tidb-os-7-1', 'release-7.1', '7.1', ['rhel', 'centos', 'amazon-linux', 'kylin', 'uos', 'openeuler']),
  cpuTable('tidb-os-7-5', 'release-7.5', '7.5', ['rhel', 'centos', 'amazon-linux', 'rocky', 'kylin', 'uos', 'openeuler']),
  cpuTable('tidb-os-8-1', 'release-8.1', '8.1', ['rhel', 'centos', 'amazon-linux', 'rocky', 'kylin', 'uos', 'openeuler']),
  cpuTable('tidb-os', 'release-8.5', '8.5', ['rhel', 'amazon-linux', 'rocky', 'kylin', 'uos', 'openeuler']),
];
