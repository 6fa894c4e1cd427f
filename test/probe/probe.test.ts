import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.ts';
import { loadMatrix } from '../../src/data/load-matrix.ts';
import { PROBE_COMMANDS } from '../../src/probe/commands.ts';
import { probe } from '../../src/probe/probe.ts';
import { liveSystem, rootSystem } from '../../src/probe/system.ts';
import { ASCEND_SERVER, capturedTree, FIXTURES } from '../helpers.ts';

const matrix = loadMatrix();
const CAPTURES = join(FIXTURES, 'probe');

const ascendServer = () => capturedTree(ASCEND_SERVER);

describe('probe over a captured system', () => {
  it('finds the OS, CPU, architecture, NPU, toolkit and Python packages, each with its source', () => {
    const r = probe(matrix, { root: ascendServer() });
    expect(r.items).toEqual(['kunpeng-920', 'aarch64', 'ascend-910b', 'ascend-hdk@23.0.3', 'cann@8.3.RC2', 'pytorch@2.8.0', 'torch-npu@2.8.0', 'vllm@0.12.0', 'vllm-ascend@0.12.0rc1', 'openeuler@22.03 LTS SP3']);
    const from = Object.fromEntries(r.found.map((f) => [f.item, f.from]));
    expect(from['ascend-910b']).toBe('npu-smi info');
    expect(r.found.find((f) => f.item === 'pytorch@2.8.0')!.printed).toBe('torch 2.8.0+cpu');
    expect(from['cann@8.3.RC2']).toBe('/usr/local/Ascend/ascend-toolkit/latest/aarch64-linux/ascend_toolkit_install.info');
    expect(from['openeuler@22.03 LTS SP3']).toBe('/etc/os-release');
    expect(r.found.find((f) => f.item === 'ascend-910b')!.printed).toBe('2 x 910B2C');
    // Everything not captured is reported with its reason, never dropped silently.
    expect(r.notDetected.map((m) => m.from)).toContain('cnmon');
    for (const m of r.notDetected) expect(m.reason).toMatch(/not captured|file not found/);
  });

  it('checks what it found (--check), with extra items replacing found ones', () => {
    const root = ascendServer();
    const out: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => out.push(t), tty: false };
    const code = run(['probe', '--root', root, '--check', '--json', 'vllm@0.13.0', '--pin', 'ascend-910b', '--date', '2026-11-28'], io);
    const json = JSON.parse(out.join('\n'));
    expect(json.check.components.map((c: { id: string; version?: string }) => (c.version ? `${c.id}@${c.version}` : c.id))).toContain('vllm@0.13.0');
    expect(json.check.components.map((c: { id: string }) => c.id).filter((id: string) => id === 'vllm')).toHaveLength(1);
    expect([0, 1, 3]).toContain(code);
    expect(code).toBe({ fits: 0, conflict: 1, unknown: 3 }[json.check.verdict as 'fits']);
  });

  it('reads UOS editions from /etc/os-version and Kylin service packs from PROJECT_CODENAME', () => {
    const uos = probe(matrix, { root: capturedTree({ 'etc/os-release': 'os-release/uos-server-20-fuyu.txt', 'etc/os-version': 'os-version/uos-server-20-1050e.txt' }) });
    expect(uos.items).toContain('uos@V20 1050e');
    const kylin = probe(matrix, { root: capturedTree({ 'etc/os-release': 'os-release/kylin-desktop-v10-sp1.txt' }) });
    expect(kylin.items).toContain('kylin@V10 SP1');
  });

  it('does not name one model when the tool prints a family name', () => {
    const r = probe(matrix, { root: capturedTree({ '.commands/npu-smi-info.txt': 'npu-smi/vllm-ascend-2971-A3-Ascend910-npu-smi-24.1.rc3.7.txt' }) });
    expect(r.items.some((i) => i.startsWith('ascend-910'))).toBe(false);
    expect(r.unrecognized.map((u) => u.reason).join(' ')).toMatch(/Ascend910.*family/);
  });

  it('reports a tool that prints no model, and keeps an unreadable version without one', () => {
    const r = probe(matrix, {
      root: capturedTree({
        '.commands/hy-smi.txt': 'hy-smi/paddlenlp-dcu-K100_AI-hy-smi.txt',
        'usr/local/Ascend/ascend-toolkit/latest/x86_64-linux/ascend_toolkit_install.info': 'cann/toolkit-8.0.T6-x86_64-readme.txt',
      }),
    });
    expect(r.unrecognized.find((u) => u.from === 'hy-smi')?.reason).toMatch(/4 device\(s\); the tool prints no model name/);
    const cann = r.found.find((f) => f.item.startsWith('cann'))!;
    expect(cann.item).toBe('cann');
    expect(cann.note).toMatch(/8\.0\.T6/);
  });

  it('never reads outside the root', () => {
    const sys = rootSystem(ascendServer());
    expect(sys.readFile('/../../../etc/passwd')).toMatchObject({ ok: false });
    expect(sys.readFile('../etc/os-release')).toMatchObject({ ok: false });
  });
});

describe('probe on a live machine', () => {
  it('reports missing tools as not detected, with reasons, and does not throw', () => {
    const r = probe(matrix, { timeoutMs: 3000 });
    for (const m of [...r.notDetected, ...r.unrecognized]) expect(m.reason.length).toBeGreaterThan(0);
    // No accelerator tool exists on a CI machine.
    expect(r.notDetected.some((m) => m.from === 'npu-smi info' && /not installed|exited|timed out/.test(m.reason))).toBe(true);
  });

  it('runs only fixed commands, without a shell, and stops one that hangs', () => {
    expect(Object.isFrozen(PROBE_COMMANDS)).toBe(true);
    for (const c of Object.values(PROBE_COMMANDS)) expect(c.file).toMatch(/^[\w-]+$/);
    const sys = liveSystem({ timeoutMs: 100 });
    const t = Date.now();
    const r = sys.run({ id: 'sleep', file: 'sleep', args: ['5'] });
    expect(r).toMatchObject({ ok: false, reason: 'timed out after 100 ms' });
    expect(Date.now() - t).toBeLessThan(3000);
    // Shell syntax is an argument, not a command line.
    expect(sys.run({ id: 'echo', file: 'echo', args: ['$(id)', ';', 'ls'] })).toMatchObject({ ok: true, text: '$(id) ; ls\n' });
  });

  it('refuses a --root that is not a directory, in one line', () => {
    const err: string[] = [];
    const file = join(mkdtempSync(join(tmpdir(), 'stackfit-probe-')), 'x');
    writeFileSync(file, 'x');
    expect(run(['probe', '--root', file], { out: () => {}, err: (t) => err.push(t), tty: false })).toBe(2);
    expect(err).toEqual([expect.stringMatching(/^stackfit: --root ".*" is not a directory/)]);
    expect(readFileSync(file, 'utf8')).toBe('x');
  });
});

describe('every device capture', () => {
  // The chip each capture's machine has, where the data names it (others must say why not).
  const KNOWN: Record<string, string> = {
    '910B2C': 'ascend-910b',
    '910B3': 'ascend-910b',
    '910A': 'ascend-910',
    '310': 'ascend-310',
    '310P3': 'ascend-310p',
    '910B4': 'ascend-910b',
    'MLU370-X4': 'cambricon-mlu370',
    'MLU370-X8': 'cambricon-mlu370',
    'Iluvatar BI-V100': 'iluvatar-bi-v100',
    'Iluvatar BI-V150': 'iluvatar-bi-v150',
    'MTT S80': 'mthreads-mtt-s80',
    'MTT S4000': 'mthreads-mtt-s4000',
    'MetaX C500': 'metax-c500',
    R300: 'kunlunxin-r300',
    S60: 'enflame-s60',
  };
  const TOOLS: Record<string, string> = { 'npu-smi': 'npu-smi-info', cnmon: 'cnmon', 'hy-smi': 'hy-smi', 'xpu-smi': 'xpu-smi', ixsmi: 'ixsmi', 'mthreads-gmi': 'mthreads-gmi', 'mx-smi': 'mx-smi', efsmi: 'efsmi' };
  for (const [reader, id] of Object.entries(TOOLS)) {
    for (const file of readdirSync(join(CAPTURES, reader)).filter((f) => f.endsWith('.txt'))) {
      it(`${reader}/${file} maps to a chip or says why not`, () => {
        const meta = JSON.parse(readFileSync(join(CAPTURES, reader, file.replace(/\.txt$/, '.json')), 'utf8'));
        const r = probe(matrix, { root: capturedTree({ [`.commands/${id}.txt`]: `${reader}/${file}` }) });
        const fromTool = r.found.filter((f) => f.from !== '/etc/os-release');
        const chip = typeof meta.expect.chip === 'string' ? KNOWN[meta.expect.chip] : undefined;
        if (chip) expect(fromTool.map((f) => f.item)).toContain(chip);
        else expect(fromTool.length + r.unrecognized.length, JSON.stringify(r.unrecognized)).toBeGreaterThan(0);
      });
    }
  }
});

describe('every os-release capture', () => {
  // What each capture states, as the stack item probe must give.
  const WANT: Record<string, string> = {
    'anolis-8.6.txt': 'anolis@8.6',
    'bclinux-8.8.txt': 'bclinux@8.8',
    'centos-7-distro.txt': 'centos@7',
    'debian-12-chef.txt': 'debian@12',
    'huawei-cloud-euleros-2.0-chef.txt': 'huawei-cloud-euleros@2.0',
    'kylin-desktop-v10-sp1.txt': 'kylin@V10 SP1',
    'kylin-v10-lance.txt': 'kylin@V10',
    'opencloudos-8.8.txt': 'opencloudos@8.8',
    'openeuler-20.03-lts-ansible.txt': 'openeuler@20.03 LTS',
    'openeuler-22.03-lts-ga.txt': 'openeuler@22.03 LTS',
    'openeuler-22.03-lts-sp3.txt': 'openeuler@22.03 LTS SP3',
    'openeuler-24.03-lts-sp2-chef.txt': 'openeuler@24.03 LTS SP2',
    'tencentos-server-4.2.txt': 'tencentos-server@4.2',
    'ubuntu-22.04-chef.txt': 'ubuntu@22.04.5',
    'uos-server-20-fuyu.txt': 'uos@V20',
  };
  for (const file of readdirSync(join(CAPTURES, 'os-release')).filter((f) => f.endsWith('.txt'))) {
    it(`${file} gives an OS or says why not`, () => {
      const r = probe(matrix, { root: capturedTree({ 'etc/os-release': `os-release/${file}` }) });
      const os = r.found.filter((f) => f.from === '/etc/os-release');
      if (WANT[file]) expect(os.map((f) => f.item)).toEqual([WANT[file]]);
      else expect(os.length + r.unrecognized.filter((u) => u.reader === 'os').length).toBe(1);
    });
  }

  it('says when os-release does not tell the releases the data has apart', () => {
    const r = probe(matrix, { root: capturedTree({ 'etc/os-release': 'os-release/kylin-v10-lance.txt' }) });
    expect(r.found.find((f) => f.item === 'kylin@V10')?.note).toMatch(/V10 SP1, V10 SP2, V10 SP3/);
  });
});

describe('every CPU capture', () => {
  // What each real capture must give: a chip by its printed name, a chip by its CPU ID alone
  // (no model name printed), or no chip with the reason.
  const WANT: Record<string, { chip?: string; byId?: boolean; reason?: RegExp }> = {
    'hygon-c86-3250-proc-cpuinfo.txt': { chip: 'hygon-c86-3250' },
    'hygon-c86-7285-proc-cpuinfo.txt': { chip: 'hygon-c86-7285' },
    'intel-xeon-gold-6238-lscpu-old.txt': { reason: /not in the data, nor is its CPU ID \(vendor_id GenuineIntel, cpu family 6, model 85\)/ },
    'intel-xeon-platinum-8468-lscpu.txt': { reason: /nor is its CPU ID \(vendor_id GenuineIntel, cpu family 6, model 143\)/ },
    'kunpeng920-4826-proc-cpuinfo-modelname.txt': { chip: 'kunpeng-920' },
    'kunpeng920-7270z-lscpu-no-model-name.txt': { chip: 'kunpeng-920' },
    'kunpeng920-openeuler2403sp2-lscpu.txt': { chip: 'kunpeng-920' },
    'kunpeng920-taishan2280-proc-cpuinfo.txt': { chip: 'kunpeng-920', byId: true },
    'loongson-3a5000ll-proc-cpuinfo.txt': { chip: 'loongson-3a5000ll' },
    'loongson-3a6000-hv-proc-cpuinfo.txt': { chip: 'loongson-3a6000' },
    'loongson-3a6000-lscpu.txt': { chip: 'loongson-3a6000' },
    'loongson-3c6000d-proc-cpuinfo.txt': { chip: 'loongson-3c6000' },
    'phytium-d2000-lscpu.txt': { reason: /CPU "Phytium FTC663" is not in the data/ },
    'phytium-d2000-proc-cpuinfo.txt': { chip: 'phytium-d2000' },
    'phytium-ft2000-4-proc-cpuinfo.txt': { reason: /CPU ID \(CPU implementer 0x70, CPU part 0x663\) is reported by several chips in the data \(D2000, FT-2000\/4\)/ },
    'phytium-ft2000plus-lscpu-no-model-name.txt': { reason: /no CPU model printed, and no CPU ID/ },
    'zhaoxin-kx-u6780a-proc-cpuinfo.txt': { chip: 'zhaoxin-kx-u6780a' },
  };
  const dir = join(CAPTURES, 'cpuinfo');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    it(`cpuinfo/${file} names its chip or says why not`, () => {
      const meta = JSON.parse(readFileSync(join(dir, file.replace(/\.txt$/, '.json')), 'utf8'));
      const want = WANT[file];
      expect(want, 'every capture has an expectation here').toBeDefined();
      const r = probe(matrix, { root: capturedTree({ [meta.command.includes('lscpu') ? '.commands/lscpu.txt' : 'proc/cpuinfo']: `cpuinfo/${file}` }) });
      const chips = r.found.filter((f) => matrix.resolve(f.item).ok && (matrix.resolve(f.item) as { product: { kind: string } }).product.kind === 'cpu');
      if (want!.chip) {
        expect(chips.map((f) => f.item)).toEqual([want!.chip]);
        if (want!.byId) expect(chips[0]!.note).toMatch(/named by its CPU ID \(CPU implementer 0x\w+, CPU part 0x\w+\) alone/);
        else expect(chips[0]!.note ?? '').not.toMatch(/CPU ID/);
      } else {
        expect(chips).toEqual([]);
        expect(r.unrecognized.filter((u) => u.reader === 'cpu').map((u) => u.reason).join('\n')).toMatch(want!.reason!);
      }
    });
  }

  it('reads the IDs from /proc/cpuinfo when lscpu prints only names it translated from them', () => {
    // lscpu turns implementer 0x70 part 0x663 into "Phytium FTC663" (the core, not the chip); /proc/cpuinfo names the chip.
    const r = probe(matrix, { root: capturedTree({ '.commands/lscpu.txt': 'cpuinfo/phytium-d2000-lscpu.txt', 'proc/cpuinfo': 'cpuinfo/phytium-d2000-proc-cpuinfo.txt' }) });
    expect(r.items).toEqual(['phytium-d2000', 'aarch64']);
    expect(r.found[0]!.from).toBe('lscpu, /proc/cpuinfo');
    const byId = probe(matrix, { root: capturedTree({ '.commands/lscpu.txt': 'cpuinfo/kunpeng920-7270z-lscpu-no-model-name.txt', 'proc/cpuinfo': 'cpuinfo/kunpeng920-taishan2280-proc-cpuinfo.txt' }) });
    expect(byId.items[0]).toBe('kunpeng-920');
  });
});
