import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMatrix } from '../../src/data/load-matrix.ts';
import type { CheckResult } from '../../src/engine/types.ts';
import { countField, fitsThroughOwnOrigin, loadFieldStacks, pageOf, runFieldSuite, type FieldRun } from './field-suite.ts';

/** Shipped stacks that fit today. Raise it when data work makes more of them fit; lower it only for a stricter reading the CHANGELOG names with the stacks it turns. */
const FLOOR = 1343;
/** Of those, the ones that fit on evidence from elsewhere than their own origin file (see fitsThroughOwnOrigin). Same rule. */
const INDEPENDENT_FLOOR = 675;

/**
 * Shipped stacks that today's engine and data answer `conflict` for, although a vendor ships them. Each entry is the
 * culprit as the check reports it (`code: component x component`) and why it is false. Remove an entry once the
 * stack stops conflicting: the test fails until then so the list only shrinks.
 */
const KNOWN_FALSE_CONFLICTS: Record<string, { culprit: string; why: string }> = {};

/**
 * Mismatches a maintainer confirmed that today's data does not answer `conflict` for (it has no evidence either way).
 * Same rule as above: remove an entry once the stack conflicts.
 */
const KNOWN_MISSED_MISMATCHES: Record<string, string> = {
  'issue-paddle-73315-r200-with-p800-build':
    'The data states no Kunlunxin chip for PaddlePaddle-XPU releases (only that P800 packages come from the xpu-p800 index), and the nightly 3.0.0.dev20240612 is not a release of the data. The source that would settle it: a PaddlePaddle XPU install page that names, per package index or release, the chips it supports (R200 vs P800) as the whole list.',
  'issue-triton-ascend-2018-cann-9.1.0-with-3.2.0':
    'Triton-Ascend\'s version compatibility matrix (docs/zh/release_note.md) prints one CANN per release (3.2.0 with 8.5.0, 3.2.2 with 9.1.0) but does not say the row is the whole list, and the thread itself asks the vendor to widen it ("930有兼容性需求在交付，然后会刷新相关资料文档"); MindSpeed MM\'s "Triton-Ascend版本与CANN版本强绑定" is another project\'s rule. The source that would settle it: a Triton-Ascend page stating which CANN versions each release supports as a closed list (the refreshed compatibility document the thread announces).',
  'paddle-custom-device-965-on-ascend-310':
    'The data states the NPU plugin\'s chips only per release (2.6.1: Ascend 910 alone, closed; 3.0.0b0/b1: 910B); no page read here says for every release that Ascend 310 is not supported. The source that would state it: a hardware list of the NPU backend covering all releases (PaddleCustomDevice backends/npu/README_cn.md of release 2.5/2.6.0 names no chip).',
};

const runs = runFieldSuite(loadMatrix(), loadFieldStacks());
const errors = (r: CheckResult) => r.issues.filter((i) => i.severity === 'error').map((i) => `${i.code}: ${i.components.join(' x ')}`);

describe('field suite: real stacks nobody here wrote', () => {
  it('holds at least 200 stacks from several origin families (origins pinned to a commit or an issue, by the loader)', () => {
    expect(runs.length).toBeGreaterThanOrEqual(200);
    expect(countField(runs).families).toBeGreaterThanOrEqual(10);
  });

  it('lists only stacks of the suite with the kind the list is for', () => {
    const kindOf = new Map(runs.map((r) => [r.stack.id, r.stack.kind]));
    for (const id of Object.keys(KNOWN_FALSE_CONFLICTS)) expect(kindOf.get(id), id).toBe('shipped');
    for (const id of Object.keys(KNOWN_MISSED_MISMATCHES)) expect(kindOf.get(id), id).toBe('mismatch');
  });

  for (const { stack, result } of runs.filter((r) => r.stack.kind === 'shipped')) {
    const known = KNOWN_FALSE_CONFLICTS[stack.id];
    if (known) {
      it(`${stack.id} (shipped) still conflicts for the known reason; remove it from KNOWN_FALSE_CONFLICTS once fixed`, () => {
        expect(result.verdict).toBe('conflict');
        expect(errors(result)).toContain(known.culprit);
      });
    } else {
      it(`${stack.id} (shipped) is not a conflict`, () => {
        expect(result.verdict, errors(result).join('; ')).not.toBe('conflict');
      });
    }
  }

  for (const { stack, result } of runs.filter((r) => r.stack.kind === 'mismatch')) {
    if (stack.id in KNOWN_MISSED_MISMATCHES) {
      it(`${stack.id} (mismatch) is still not a conflict; remove it from KNOWN_MISSED_MISMATCHES once it is`, () => {
        expect(result.verdict).not.toBe('conflict');
      });
    } else {
      it(`${stack.id} (mismatch) is a conflict`, () => {
        expect(result.verdict).toBe('conflict');
      });
    }
  }

  it(`fits at least ${FLOOR} shipped stacks, ${INDEPENDENT_FLOOR} of them on evidence from elsewhere than their own origin (raise both as data lands)`, () => {
    const { fits, fitsOwnOrigin } = countField(runs).shipped;
    expect(fits).toBeGreaterThanOrEqual(FLOOR);
    expect(fits - fitsOwnOrigin).toBeGreaterThanOrEqual(INDEPENDENT_FLOOR);
  });
});

describe('fits through a stack\'s own origin', () => {
  const origin = 'https://github.com/acme/images/blob/0123456789abcdef0123456789abcdef01234567/docker/OVERVIEW.md';
  const run = (verdict: CheckResult['verdict'], sources: string[]): FieldRun =>
    ({ stack: { id: 's', origin, kind: 'shipped', items: ['a', 'b'], note: 'n', family: 'f' }, result: { verdict, pairs: [{ status: 'supported', sources }] } }) as unknown as FieldRun;
  /** A fit whose one supported pair rests on these statements (each a list of sources), beside an unknown pair. */
  const withStatements = (statements: string[][], unknownSources: string[] = []): FieldRun => {
    const pairs = [
      { status: 'supported', sources: [...new Set(statements.flat())], statements: statements.map((sources) => ({ sources })) },
      { status: 'unknown', sources: unknownSources },
    ];
    return { ...run('fits', []), evaluation: { pairs } } as unknown as FieldRun;
  };

  it('reads a GitHub file at any commit or branch as one page', () => {
    expect(pageOf(origin)).toBe(pageOf('https://github.com/Acme/images/blob/main/docker/OVERVIEW.md'));
    expect(pageOf(origin)).not.toBe(pageOf('https://github.com/acme/images/blob/main/docker/Dockerfile'));
  });

  it('counts a fitting stack with a pair citing its own origin, and nothing else', () => {
    expect(fitsThroughOwnOrigin(run('fits', ['https://github.com/acme/images/blob/main/docker/OVERVIEW.md']))).toBe(true);
    expect(fitsThroughOwnOrigin(run('fits', ['https://github.com/acme/images/blob/main/README.md']))).toBe(false);
    expect(fitsThroughOwnOrigin(run('unknown', [origin]))).toBe(false);
  });

  it('counts a pair as resting on the origin only when every statement supporting it cites the origin', () => {
    const other = 'https://github.com/acme/docs/blob/main/matrix.md';
    expect(fitsThroughOwnOrigin(withStatements([[origin]]))).toBe(true);
    expect(fitsThroughOwnOrigin(withStatements([[origin, other]]))).toBe(true);
    expect(fitsThroughOwnOrigin(withStatements([[origin], [other]]))).toBe(false);
    // An unknown pair the fit does not need says nothing of what the fit rests on.
    expect(fitsThroughOwnOrigin(withStatements([[other]], [origin]))).toBe(false);
  });

  it('counts the file of another stack of the same family as the origin', () => {
    const sibling = 'https://github.com/acme/images/blob/0123456789abcdef0123456789abcdef01234567/docker/OTHER.md';
    const fromSibling = withStatements([[sibling]]);
    expect(fitsThroughOwnOrigin(fromSibling)).toBe(false);
    expect(fitsThroughOwnOrigin({ ...fromSibling, stack: { ...fromSibling.stack, siblings: [sibling] } })).toBe(true);
  });

  it('reads the origins of the other stacks of a family file as siblings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'field-'));
    try {
      const other = origin.replace('OVERVIEW.md', 'OTHER.md');
      const stack = (id: string, o: string) => ({ id, origin: o, kind: 'shipped', items: ['a', 'b'], note: 'n' });
      writeFileSync(join(dir, 'f.yaml'), JSON.stringify({ stacks: [stack('s1', origin), stack('s2', other), stack('s3', origin)] }));
      const [s1, s2] = loadFieldStacks(dir);
      expect(s1!.siblings).toEqual([other]);
      expect(s2!.siblings).toEqual([origin]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('counts a fit through a page the family says lists the same stacks as a fit through the origin', () => {
    const index = 'https://github.com/acme/images/blob/0123456789abcdef0123456789abcdef01234567/publish.json';
    const fromIndex = run('fits', ['https://github.com/acme/images/blob/main/publish.json']);
    expect(fitsThroughOwnOrigin(fromIndex)).toBe(false);
    expect(fitsThroughOwnOrigin({ ...fromIndex, stack: { ...fromIndex.stack, listedIn: [index] } })).toBe(true);
  });

  it('counts a fit through the same file in the vendor repository the origins copy as a fit through the origin', () => {
    const vendorCopy = origin.replace('acme/images', 'vendor/images');
    const fromVendor = run('fits', [vendorCopy.replace(/[0-9a-f]{40}/, 'fedcba9876543210fedcba9876543210fedcba98')]);
    expect(fitsThroughOwnOrigin(fromVendor)).toBe(false);
    expect(fitsThroughOwnOrigin({ ...fromVendor, stack: { ...fromVendor.stack, copies: 'vendor/images' } })).toBe(true);
    // Another file of the vendor repository is a source of its own.
    const otherFile = run('fits', [vendorCopy.replace('OVERVIEW.md', 'OTHER.md')]);
    expect(fitsThroughOwnOrigin({ ...otherFile, stack: { ...otherFile.stack, copies: 'vendor/images' } })).toBe(false);
  });

  it('reads copies from a family file and rejects what is not a repository', () => {
    const dir = mkdtempSync(join(tmpdir(), 'field-'));
    const stack = { id: 's', origin, kind: 'shipped', items: ['a', 'b'], note: 'n' };
    writeFileSync(join(dir, 'f.yaml'), JSON.stringify({ copies: 'vendor/images', stacks: [stack] }));
    expect(loadFieldStacks(dir)[0]!.copies).toBe('vendor/images');
    writeFileSync(join(dir, 'f.yaml'), JSON.stringify({ copies: 'https://github.com/vendor/images', stacks: [stack] }));
    expect(() => loadFieldStacks(dir)).toThrow(/f\.yaml: copies/);
    rmSync(dir, { recursive: true });
  });

  it('reads listedIn from a family file and rejects a page not pinned to a commit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'field-'));
    const stack = { id: 's', origin, kind: 'shipped', items: ['a', 'b'], note: 'n' };
    writeFileSync(join(dir, 'f.yaml'), JSON.stringify({ listedIn: [origin], stacks: [stack] }));
    expect(loadFieldStacks(dir)[0]!.listedIn).toEqual([origin]);
    writeFileSync(join(dir, 'f.yaml'), JSON.stringify({ listedIn: ['https://github.com/acme/images/blob/main/publish.json'], stacks: [stack] }));
    expect(() => loadFieldStacks(dir)).toThrow(/f\.yaml: listedIn\.0/);
    rmSync(dir, { recursive: true });
  });
});
