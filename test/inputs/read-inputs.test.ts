import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadMatrix } from '../../src/data/load-matrix.ts';
import { parseStack } from '../../src/engine/parse-stack.ts';
import { StackfitError } from '../../src/errors.ts';
import { detectFormat } from '../../src/inputs/detect-format.ts';
import { expandImageItems, mergeItems, readInputs } from '../../src/inputs/read-inputs.ts';
import { FIXTURES } from '../helpers.ts';

const matrix = loadMatrix();
const file = (...p: string[]) => ({ file: p.join('/'), text: readFileSync(join(FIXTURES, ...p), 'utf8') });
const thrown = (f: () => unknown): StackfitError => {
  try {
    f();
  } catch (e) {
    if (e instanceof StackfitError) return e;
    throw e;
  }
  throw new Error('did not throw');
};

describe('detectFormat', () => {
  const cases: [string[], string][] = [
    [['inputs', 'vllm-ascend-0.9.1.Dockerfile'], 'dockerfile'],
    [['inputs', 'vllm-ascend-0.9.1-requirements.txt'], 'requirements'],
    [['inputs', 'collect-env-vllm-ascend-10525-head.txt'], 'collect-env'],
    [['inputs', 'collect-env-vllm-22518-head.txt'], 'collect-env'],
    [['probe', 'pip', 'collect-env-torch-npu-2.8.0-vllm-ascend-0.12.0rc1.txt'], 'collect-env'],
    [['probe', 'pip', 'pip-list-grep-torch-npu-2.8.0rc1.txt'], 'pip-list'],
    [['probe', 'npu-smi', 'paddle-docs-910B2C-npu-smi-23.0.3.txt'], 'npu-smi'],
    [['probe', 'cann', 'toolkit-8.3.RC2-aarch64.txt'], 'install-info'],
    [['probe', 'os-release', 'kylin-v10-tercel.txt'], 'os-release'],
  ];
  for (const [path, format] of cases) {
    it(`${path.at(-1)} is ${format}`, () => {
      const f = file(...path);
      // Detected from the text alone, whatever the file is called.
      expect(detectFormat('input', f.text)).toBe(format);
    });
  }
  it('pip list --format=json and conda files by their text', () => {
    expect(detectFormat('-', '[{"name": "torch", "version": "2.1.0"}]')).toBe('pip-json');
    expect(detectFormat('-', 'name: x\ndependencies:\n  - python=3.10\n')).toBe('conda-env');
    expect(detectFormat('-', '# packages in environment at /opt/conda:\n')).toBe('conda-list');
  });
});

describe('readInputs', () => {
  it('a machine described by its captures: chip, driver, toolkit, OS and packages, each with file and line', () => {
    const r = readInputs(matrix, [
      file('probe', 'npu-smi', 'paddle-docs-910B2C-npu-smi-23.0.3.txt'),
      file('probe', 'cann', 'toolkit-8.1.RC1-x86_64.txt'),
      file('probe', 'os-release', 'openeuler-22.03-lts-sp3.txt'),
      file('probe', 'pip', 'collect-env-torch-npu-2.8.0-vllm-ascend-0.12.0rc1.txt'),
    ]);
    expect(r.items.map((i) => i.item)).toEqual(['ascend-910b', 'ascend-hdk@23.0.3', 'cann@8.1.RC1', 'x86_64', 'openeuler@22.03 LTS SP3', 'pytorch@2.8.0+cpu', 'torch-npu@2.8.0', 'vllm@0.12.0', 'vllm-ascend@0.12.0rc1']);
    expect(r.items[0]!.from).toEqual({ file: 'probe/npu-smi/paddle-docs-910B2C-npu-smi-23.0.3.txt', line: 7 });
    expect(r.items.find((i) => i.key === 'vllm-ascend')!.from.line).toBe(9);
    // Packages the data does not know are listed, not dropped.
    expect(r.ignored.map((i) => i.text)).toContain('numpy 1.26.4');
  });

  it('collect_env from vllm-ascend issue 11624 reads openEuler 24.03 (LTS-SP3) through the data form', () => {
    const r = readInputs(matrix, [file('inputs', 'collect-env-vllm-ascend-11624-head.txt')]);
    expect(r.items.map((i) => i.item)).toEqual(['pytorch@2.10.0+cpu', 'openeuler@24.03 LTS SP3', 'aarch64', 'python@3.12.13', 'kunpeng-920']);
  });

  it('a Dockerfile FROM an official image gives the items of its tag, each pointing at the FROM line', () => {
    const r = readInputs(matrix, [file('inputs', 'vllm-ascend-0.9.1.Dockerfile')]);
    expect(r.items.map((i) => i.item)).toEqual(['cann@8.2.RC1', 'ascend-910b', 'ubuntu@22.04', 'python@3.11', 'vllm@0.9.1']);
    expect(r.items[0]!.from).toEqual({ file: 'inputs/vllm-ascend-0.9.1.Dockerfile', line: 18, image: 'quay.io/ascend/cann:8.2.rc1-910b-ubuntu22.04-py3.11' });
  });

  it('a package named like a known product but unknown to the data is a warning, not silence', () => {
    const r = readInputs(matrix, [{ file: 'r.txt', text: 'torch_npu_custom==1.0\ntorchvision==0.16\n' }]);
    expect(r.items).toEqual([]);
    expect(r.warnings).toEqual([expect.objectContaining({ file: 'r.txt', line: 1, why: expect.stringContaining('looks like torch-npu') })]);
    expect(r.ignored).toEqual([expect.objectContaining({ line: 2, why: 'a package the data does not know' })]);
  });

  it('an unknown format names the file and what is read', () => {
    const e = thrown(() => readInputs(matrix, [{ file: 'notes.md', text: '# My notes\nsome words\n' }]));
    expect(e.issues[0]).toMatchObject({ code: 'unknown-format', file: 'notes.md' });
    expect(e.issues[0]!.hint).toContain('Dockerfile');
  });

  it('an unreadable line names the file, the line and what was expected', () => {
    const e = thrown(() => readInputs(matrix, [{ file: 'requirements.txt', text: 'torch==2.1.0\n!!!\n' }]));
    expect(e.issues[0]).toMatchObject({ code: 'unreadable-line', file: 'requirements.txt', line: 2, message: 'cannot read "!!!" as requirements' });
  });

  it('an image tag the data does not read names the file, the line and the part', () => {
    const e = thrown(() => readInputs(matrix, [{ file: 'Dockerfile', text: 'FROM quay.io/ascend/cann:8.1.rc1-910x-ubuntu22.04-py3.10\n' }]));
    expect(e.issues[0]).toMatchObject({ code: 'unknown-image-tag', file: 'Dockerfile', line: 1 });
    expect(e.issues[0]!.message).toContain('"910x-ubuntu22.04-py3.10" is not a chip series');
  });

  it('bounds read as a range where they mean what pip means, else the product alone, said why', () => {
    const r = readInputs(matrix, [{ file: 'r.txt', text: 'torch>=2.1,<2.3\ntorch_npu>=2.1.0.post10\nvllm<=0.9\nvllm-ascend!=0.9.0,>=0.7\n' }]);
    expect(r.items.map((i) => i.item)).toEqual(['pytorch@>=2.1 <2.3', 'torch-npu@>=2.1.0.post10', 'vllm', 'vllm-ascend']);
    expect(r.items[0]!.from).toEqual({ file: 'r.txt', line: 1 });
    // `<=0.9` is at most 0.9.0 to pip, but every 0.9.x in a range of the data: read without a version.
    expect(r.ignored.map((x) => x.line)).toEqual([3, 4]);
    // A range no release is in is the product alone, not an error.
    expect(readInputs(matrix, [{ file: 'r.txt', text: 'torch>=99\n' }]).items.map((i) => i.item)).toEqual(['pytorch']);
  });

  it('items typed on the command line override what files say about the same product', () => {
    const r = readInputs(matrix, [{ file: 'r.txt', text: 'torch==2.1.0\ntorch_npu==2.1.0.post10\n' }]);
    expect(mergeItems(matrix, r.items, ['torch@2.3.1', 'aarch64'])).toEqual(['torch-npu@2.1.0.post10', 'torch@2.3.1', 'aarch64']);
  });
});

describe('expandImageItems', () => {
  it('an image reference typed as an item becomes the items of its tag', () => {
    const r = expandImageItems(matrix, ['quay.io/ascend/vllm-ascend:v0.10.0rc1-a3-openeuler', 'cann@8.2.rc1']);
    expect(r.items).toEqual(['vllm-ascend@0.10.0rc1', 'ascend-910c', 'openeuler', 'cann@8.2.rc1']);
    expect(r.from.get('ascend-910c')).toEqual({ image: 'quay.io/ascend/vllm-ascend:v0.10.0rc1-a3-openeuler' });
  });
  it('plain items are left alone', () => {
    expect(expandImageItems(matrix, ['kylin@V10 SP1', 'ascend-910b']).items).toEqual(['kylin@V10 SP1', 'ascend-910b']);
  });
});

describe('official Dockerfiles against the field suite', () => {
  // The field suite (test/field/vllm-ascend-images.yaml) states each image's stack by hand from
  // the same Dockerfile; --from must find the same chip, CANN, OS, Python and vLLM in it.
  const field = parse(readFileSync(join('test', 'field', 'vllm-ascend-images.yaml'), 'utf8')) as { stacks: { id: string; items: string[] }[] };
  const cases: [string, string][] = [
    ['vllm-ascend-0.9.1.Dockerfile', 'vllm-ascend-0.9.1-910b-ubuntu'],
    ['vllm-ascend-0.7.3.Dockerfile.openEuler', 'vllm-ascend-0.7.3-910b-openeuler'],
    ['vllm-ascend-0.11.0.Dockerfile.a3', 'vllm-ascend-0.11.0-a3-ubuntu'],
    ['vllm-ascend-0.11.0.Dockerfile.310p.openEuler', 'vllm-ascend-0.11.0-310p-openeuler'],
  ];
  // torch-npu comes from requirements.txt and vllm-ascend from the image tag, not from the Dockerfile.
  const key = (items: readonly string[]) =>
    parseStack(matrix, items)
      .components.filter((c) => c.id !== 'torch-npu' && c.id !== 'vllm-ascend' && c.id !== 'pytorch')
      .map((c) => `${c.id}@${c.version ?? ''}`)
      .sort();
  for (const [fixture, id] of cases) {
    it(`${fixture} gives the stack of ${id}`, () => {
      const want = field.stacks.find((s) => s.id === id)!.items;
      const got = readInputs(matrix, [file('inputs', fixture)]).items.map((i) => i.item);
      expect(key(got)).toEqual(key(want));
    });
  }
});
