import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/inputs/detect-format.ts';
import { readCollectEnv } from '../../src/inputs/read-collect-env.ts';
import { readCondaEnv, readCondaList } from '../../src/inputs/read-conda.ts';
import { readDockerfile } from '../../src/inputs/read-dockerfile.ts';
import { readInstallInfo } from '../../src/inputs/read-install-info.ts';
import { readNpuSmi } from '../../src/inputs/read-npu-smi.ts';
import { readOsRelease } from '../../src/inputs/read-os-release.ts';
import { readPipJson, readPipList } from '../../src/inputs/read-pip-list.ts';
import { readRequirements } from '../../src/inputs/read-requirements.ts';
import { FIXTURES } from '../helpers.ts';

const fixture = (...p: string[]) => readFileSync(join(FIXTURES, ...p), 'utf8');
const named = (r: { mentions: { name: string; version?: string; line: number }[] }) => r.mentions.map((m) => `${m.name}${m.version ? `==${m.version}` : ''}:${m.line}`);

describe('readRequirements', () => {
  it('vllm-ascend 0.9.1 requirements.txt pins torch-npu and gives torch as a range', () => {
    const r = readRequirements(fixture('inputs', 'vllm-ascend-0.9.1-requirements.txt'));
    expect(named(r)).toContain('torch-npu==2.5.1.post1:25');
    expect(r.mentions.find((m) => m.name === 'torch')).toMatchObject({ line: 13, unpinned: '>=2.5.1', range: '>=2.5.1' });
    expect(r.unread).toEqual([]);
  });
  it('says which line it could not read and what it expected', () => {
    const r = readRequirements('torch==2.1.0\nthis is not a requirement\n');
    expect(r.unread).toEqual([{ line: 2, text: 'this is not a requirement', expected: expect.stringContaining('torch==2.1.0') }]);
  });
  it('never drops a line: each non-blank, non-comment line is a mention, a skipped option or unread', () => {
    const line = fc.oneof(fc.string({ maxLength: 30 }).map((x) => x.replace(/[\r\n]/g, ' ')), fc.constantFrom('torch==2.1.0', 'numpy>=1.2', '-r x.txt', '# c', 'a @ https://x/y.whl', 'pkg[extra]==1.0 ; python_version<"3.12"'));
    const seen = { mention: 0, skipped: 0, unread: 0 };
    fc.assert(
      fc.property(fc.array(line, { maxLength: 20 }), (lines) => {
        const r = readRequirements(lines.join('\n'));
        seen.mention += r.mentions.length;
        seen.skipped += r.skipped.length;
        seen.unread += r.unread.length;
        const counted = new Set([...r.mentions.map((m) => m.line), ...r.skipped.map((x) => x.line), ...r.unread.map((u) => u.line)]);
        const expected = lines.flatMap((l, i) => (l.trim() && !l.trim().startsWith('#') ? [i + 1] : []));
        for (const n of expected) expect(counted.has(n)).toBe(true);
      }),
      { numRuns: 500 },
    );
    // Every branch ran many times, not a handful.
    expect(Math.min(seen.mention, seen.skipped, seen.unread)).toBeGreaterThan(50);
  });
});

describe('readPipList and readPipJson', () => {
  it('reads pip list | grep rows without a header (vllm-ascend issue 3793)', () => {
    expect(named(readPipList(fixture('probe', 'pip', 'pip-list-grep-torch-npu-2.8.0rc1.txt')))).toEqual(['torch==2.8.0:1', 'torch_npu==2.8.0rc1:2', 'torchaudio==2.8.0:3', 'torchvision==0.23.0:4', 'vllm==0.11.0:5']);
  });
  it('reads columns after the header and rule', () => {
    expect(named(readPipList('Package    Version\n---------- -------\ntorch-npu  2.1.0.post10\n'))).toEqual(['torch-npu==2.1.0.post10:3']);
  });
  it('reads --format=json and says which entry is not a package', () => {
    const r = readPipJson('[{"name": "torch", "version": "2.1.0"}, {"name": "x"}]');
    expect(named(r)).toEqual(['torch==2.1.0:1']);
    expect(r.unread[0]!.expected).toContain('entry 1');
  });
});

describe('readCondaEnv and readCondaList', () => {
  it('reads conda specs and the pip list of environment.yml', () => {
    const r = readCondaEnv('name: npu\nchannels:\n  - conda-forge\ndependencies:\n  - python=3.10\n  - pytorch=2.1.0=py3.10_0\n  - pip\n  - pip:\n    - torch-npu==2.1.0.post10\n');
    expect(named(r)).toEqual(['python==3.10:5', 'pytorch==2.1.0:6', 'pip:7', 'torch-npu==2.1.0.post10:9']);
  });
  it('reads conda list rows', () => {
    expect(named(readCondaList('# packages in environment at /opt/conda:\n#\n# Name  Version  Build  Channel\npython  3.10.13  h955ad1f_0\ntorch-npu  2.1.0.post3  pypi_0  pypi\n'))).toEqual(['python==3.10.13:4', 'torch-npu==2.1.0.post3:5']);
  });
});

describe('readDockerfile', () => {
  it('reads the vllm-ascend 0.9.1 Dockerfile: its base image and the vLLM tag it clones (ARG substituted)', () => {
    const r = readDockerfile(fixture('inputs', 'vllm-ascend-0.9.1.Dockerfile'));
    expect(r.mentions.filter((m) => m.type === 'image')).toEqual([{ type: 'image', name: 'quay.io/ascend/cann:8.2.rc1-910b-ubuntu22.04-py3.11', line: 18 }]);
    expect(r.mentions.find((m) => m.name === 'vllm')).toEqual({ type: 'package', name: 'vllm', version: 'v0.9.1', line: 41 });
    expect(r.unread).toEqual([]);
  });
  it('reads a CANN image Dockerfile: each stage image, a stage built on an earlier stage skipped', () => {
    const r = readDockerfile(fixture('inputs', 'cann-8.1.rc1-910b-openeuler22.03-py3.10.Dockerfile'));
    expect(r.mentions.filter((m) => m.type === 'image').map((m) => `${m.name}:${m.line}`)).toEqual(['openeuler/openeuler:22.03:2', 'openeuler/openeuler:22.03:100']);
    expect(r.skipped.some((s) => s.why.includes('earlier stage'))).toBe(true);
  });
  it('says which line is not an instruction', () => {
    expect(readDockerfile('FROM ubuntu:22.04\nFORM x\n').unread).toEqual([{ line: 2, text: 'FORM x', expected: expect.stringContaining('Dockerfile instruction') }]);
  });
});

describe('report readers', () => {
  it('npu-smi: each model once, and the driver version of the header (HAMi-WebUI issue 47)', () => {
    expect(named(readNpuSmi(fixture('probe', 'npu-smi', 'hami-webui-47-910B4-1-npu-smi-25.2.0.txt')))).toEqual(['910B4-1:7', 'npu-smi==25.2.0:2']);
  });
  it('CANN install info: package and version', () => {
    expect(readInstallInfo(fixture('probe', 'cann', 'toolkit-8.1.RC1-x86_64.txt')).mentions[0]).toMatchObject({ type: 'product', name: 'Ascend-cann-toolkit', version: '8.1.RC1' });
  });
  it('os-release: ID and VERSION first, then the other names', () => {
    const m = readOsRelease(fixture('probe', 'os-release', 'openeuler-22.03-lts-sp3.txt')).mentions[0]!;
    expect(m).toMatchObject({ name: 'openEuler', version: '22.03 (LTS-SP3)' });
  });
  it('collect_env (vllm-ascend issue 10525): OS, architecture, Python, PyTorch, CPU model and BIOS model, with lines', () => {
    expect(named(readCollectEnv(fixture('inputs', 'collect-env-vllm-ascend-10525-head.txt')))).toEqual([
      'torch==2.10.0+cpu:2',
      'Ubuntu 22.04.5 LTS:5',
      'aarch64:5',
      'python==3.10.12:11',
      'Kunpeng-920:22',
      'HUAWEI Kunpeng 920 5250:23',
    ]);
  });
  it("collect_env (vLLM's padded sections, issue 22518)", () => {
    expect(named(readCollectEnv(fixture('inputs', 'collect-env-vllm-22518-head.txt')))).toEqual(['EulerOS 2.0 (SP10):5', 'aarch64:5', 'torch==2.5.1:14']);
  });

  it("collect_env of vLLM-Kunlun: XPU devices, driver and XRE lines (the layout of its collect_env.py template)", () => {
    // Lines laid out as baidu/vLLM-Kunlun collect_env.py (commit 153093d) prints them; values are placeholders.
    const text = ['Collecting Kunlun XPU environment information...', '==============================', '        System Info', '==============================', 'OS                           : Ubuntu 22.04.5 LTS (x86_64)', 'GCC version                  : (Ubuntu 11.4.0) 11.4.0', '==============================', '    Kunlun / XPU Info', '==============================', 'XPU models and configuration :', 'XPU 0: P800 OAM (96.0GB)', 'Kunlun driver version        : 5.0.21.26', 'XRE (Runtime) version        : 5.0.21.26', 'vLLM-Kunlun Version          : 0.1.0'].join('\n');
    expect(named(readCollectEnv(text))).toEqual(['Ubuntu 22.04.5 LTS:5', 'x86_64:5', 'P800 OAM:11', 'Kunlun driver==5.0.21.26:12', 'XRE (Runtime)==5.0.21.26:13', 'vLLM-Kunlun==0.1.0:14']);
  });
});

describe('linear in their input', () => {
  it('a long line of spaces or a long file takes milliseconds, not quadratic time', () => {
    const long = `${' '.repeat(200_000)}x`;
    const many = 'torch==2.1.0\n'.repeat(100_000);
    const start = performance.now();
    for (const read of [readRequirements, readPipList, readCondaEnv, readCondaList, readCollectEnv, readDockerfile, readNpuSmi, readOsRelease, readInstallInfo, (t: string) => detectFormat('x', t)]) {
      read(long);
      read(`dependencies:\n  - a${' '.repeat(100_000)}b\n`);
      read(`a${' '.repeat(100_000)}b\n`);
    }
    expect(readRequirements(many).mentions.length).toBe(100_000);
    expect(performance.now() - start).toBeLessThan(3000);
  });
});
