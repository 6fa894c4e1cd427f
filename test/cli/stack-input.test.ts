import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.ts';
import { run } from '../../src/cli/run.ts';
import { FIXTURES } from '../helpers.ts';

function capture(argv: string[]): { code: number; out: string; err: string[] } {
  let out = '';
  const err: string[] = [];
  const io: Io = { out: (t) => void (out += `${t}\n`), err: (t) => void err.push(t), tty: false };
  const code = run(argv, io);
  return { code, out, err };
}

const NPU_SMI = join(FIXTURES, 'probe', 'npu-smi', 'paddle-docs-910B2C-npu-smi-23.0.3.txt');
const PIP = join(FIXTURES, 'probe', 'pip', 'pip-list-grep-torch-npu-2.8.0rc1.txt');
const DOCKERFILE = join(FIXTURES, 'inputs', 'vllm-ascend-0.9.1.Dockerfile');

describe('--from on check, solve, fix and gaps', () => {
  it('check --json: each component says which file and line it came from', () => {
    const r = capture(['check', '--from', NPU_SMI, '--from', PIP, 'cann@8.0.0', '--json']);
    const json = JSON.parse(r.out) as { components: { id: string; from?: { file: string; line: number } }[]; inputs: { items: unknown[] } };
    expect(json.components.find((c) => c.id === 'ascend-910b')!.from).toEqual({ file: NPU_SMI, line: 7 });
    expect(json.components.find((c) => c.id === 'torch-npu')!.from).toEqual({ file: PIP, line: 2 });
    // Typed items have no origin.
    expect(json.components.find((c) => c.id === 'cann')!.from).toBeUndefined();
    expect(json.inputs.items.length).toBeGreaterThan(3);
  });

  it('an item typed on the command line overrides the file', () => {
    const r = capture(['check', '--from', PIP, 'torch@2.7.1', '--json']);
    const json = JSON.parse(r.out) as { components: { id: string; version?: string; from?: unknown }[] };
    expect(json.components.find((c) => c.id === 'pytorch')).toMatchObject({ version: '2.7.1' });
    expect(json.components.find((c) => c.id === 'pytorch')!.from).toBeUndefined();
  });

  it('--verbose lists what was read and not used', () => {
    const quiet = capture(['check', '--from', PIP]);
    const verbose = capture(['check', '--from', PIP, '--verbose']);
    expect(quiet.err.filter((l) => l.includes('ignored'))).toEqual([]);
    expect(verbose.err).toContain(`stackfit: ignored: ${PIP}:3: "torchaudio 2.8.0" a package the data does not know`);
  });

  it('solve, fix and gaps read files too', () => {
    const solved = JSON.parse(capture(['solve', '--from', DOCKERFILE, '--limit', '1', '--json']).out) as { stacks: { components: { id: string; from?: { line: number } }[] }[]; inputs: unknown };
    expect(solved.inputs).toBeDefined();
    expect(solved.stacks[0]?.components.find((c) => c.id === 'vllm')?.from?.line).toBe(41);
    expect(JSON.parse(capture(['fix', '--from', PIP, '--json']).out)).toHaveProperty('inputs');
    expect(JSON.parse(capture(['gaps', '--from', PIP, '--json']).out)).toHaveProperty('inputs');
  });

  it('a file of unknown format: one line naming the file, exit 2', () => {
    const r = capture(['check', '--from', join(FIXTURES, 'inputs', 'README.md')]);
    expect(r.code).toBe(2);
    expect(r.err).toEqual([expect.stringMatching(/^stackfit: .*README\.md: cannot tell what kind of file this is \(unknown-format\)\. --from reads requirements/)]);
  });

  it('a missing file: one line, exit 2', () => {
    const r = capture(['check', '--from', join(FIXTURES, 'inputs', 'nope.txt')]);
    expect(r.code).toBe(2);
    expect(r.err[0]).toMatch(/nope\.txt: cannot read it \(ENOENT\)/);
  });

  it('an image reference as an item: its tag names the stack; an unknown tag says which part', () => {
    const ok = JSON.parse(capture(['check', 'quay.io/ascend/cann:8.1.rc1-910b-ubuntu22.04-py3.10', '--json']).out) as { components: { id: string; from?: { image: string } }[] };
    expect(ok.components.map((c) => c.id)).toEqual(['cann', 'ascend-910b', 'ubuntu', 'python']);
    expect(ok.components[0]!.from).toEqual({ image: 'quay.io/ascend/cann:8.1.rc1-910b-ubuntu22.04-py3.10' });
    const bad = capture(['check', 'quay.io/ascend/vllm-ascend:v0.9.1-a5']);
    expect(bad.code).toBe(2);
    expect(bad.err[0]).toContain('"-a5" is not -openeuler or nothing');
  });

  it('help of each command documents --from', () => {
    for (const cmd of ['check', 'solve', 'fix', 'gaps']) expect(capture([cmd, '--help']).out).toContain('--from FILE');
  });
});
