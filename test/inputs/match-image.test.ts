import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { internalsOf } from '../../src/data/matrix.ts';
import { loadMatrix } from '../../src/data/load-matrix.ts';
import { parseStack } from '../../src/engine/parse-stack.ts';
import { looksLikeImage, matchImage, parseImageRef } from '../../src/inputs/match-image.ts';

const matrix = loadMatrix();
const images = internalsOf(matrix).dataset.images ?? [];

describe('parseImageRef', () => {
  it('splits registry, path and tag the way Docker does', () => {
    expect(parseImageRef('ubuntu:22.04')).toEqual({ repository: 'docker.io/library/ubuntu', tag: '22.04' });
    expect(parseImageRef('openeuler/openeuler:22.03-lts')).toEqual({ repository: 'docker.io/openeuler/openeuler', tag: '22.03-lts' });
    expect(parseImageRef('quay.io/ascend/cann:8.1.rc1-910b-ubuntu22.04-py3.10')).toEqual({ repository: 'quay.io/ascend/cann', tag: '8.1.rc1-910b-ubuntu22.04-py3.10' });
    expect(parseImageRef('localhost:5000/x/y')).toEqual({ repository: 'localhost:5000/x/y' });
  });
});

describe('matchImage', () => {
  // Every CANN image of the field suite: the tag alone gives the chip, CANN, OS and Python the Dockerfile installs.
  const field = parse(readFileSync(join('test', 'field', 'cann-images.yaml'), 'utf8')) as { stacks: { id: string; items: string[]; note: string }[] };
  for (const s of field.stacks) {
    const tag = /image tag ([^\s']+?)\.?'?$/.exec(s.note)?.[1];
    it(`quay.io/ascend/cann:${tag} names the stack of ${s.id}`, () => {
      const m = matchImage(images, `quay.io/ascend/cann:${tag}`);
      if (!m.ok) throw new Error(m.message);
      const got = parseStack(matrix, [...m.items]).components;
      const want = parseStack(matrix, s.items).components;
      expect(got.map((c) => c.id).sort()).toEqual(want.map((c) => c.id).sort());
      // Same CANN and OS release; Python as the tag gives it (3.10), the Dockerfile builds a patch of it (3.10.17).
      for (const id of ['cann', 'ubuntu', 'openeuler']) expect(got.find((c) => c.id === id)?.version).toBe(want.find((c) => c.id === id)?.version);
      expect(want.find((c) => c.id === 'python')!.version!.startsWith(got.find((c) => c.id === 'python')!.version!)).toBe(true);
    });
  }
  it('an unknown tag says which part was not understood and what was expected', () => {
    const m = matchImage(images, 'quay.io/ascend/cann:8.1.rc1-910b-debian12-py3.10');
    expect(m.ok).toBe(false);
    expect(!m.ok && m.message).toContain('after "8.1.rc1-910b-", "debian12-py3.10" is not an OS (ubuntu, openeuler)');
  });
  it('a repository the data does not describe says so', () => {
    const m = matchImage(images, 'nginx:alpine');
    expect(!m.ok && m.message).toBe('image repository docker.io/library/nginx is not in the data');
  });
  it('Paddle NPU tags spell CANN without dots (build-image.sh)', () => {
    const m = matchImage(images, 'registry.baidubce.com/device/paddle-npu:cann80RC1-ubuntu20-aarch64-gcc84-py310');
    expect(m.ok && m.items).toEqual(['cann@8.0.RC1', 'ascend-910b', 'ubuntu@20.04', 'aarch64', 'python@3.10']);
  });
});

describe('looksLikeImage', () => {
  it('takes registry paths with a tag and repositories of the data with a tag, not name@version items', () => {
    expect(looksLikeImage(images, 'quay.io/ascend/cann:8.1.rc1-910b-ubuntu22.04-py3.10')).toBe(true);
    expect(looksLikeImage(images, 'ubuntu:22.04')).toBe(true);
    expect(looksLikeImage(images, 'ubuntu@22.04')).toBe(false);
    expect(looksLikeImage(images, 'kylin@V10 SP1')).toBe(false);
    expect(looksLikeImage(images, 'torch_npu')).toBe(false);
  });
});
