import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check.ts';
import { StackfitError } from '../../src/errors.ts';
import { lint } from '../../src/lint/lint.ts';
import { loadMatrix } from '../../src/data/load-matrix.ts';
import { loadMatrixWith, type Replacement } from '../../src/node.ts';
import { cli, FIXTURES } from '../helpers.ts';

const OVERLAY = join(FIXTURES, 'hostile/overlay');
const STEAL = join(FIXTURES, 'hostile/overlay-steal');
const BUNDLED = loadMatrix().dataset;

/** A copy of the overlay folder with some files replaced (null deletes), in a temporary folder. */
function overlayWith(files: Record<string, string | null>): { dir: string; done(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'stackfit-overlay-'));
  cpSync(OVERLAY, dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    if (text === null) rmSync(join(dir, file));
    else writeFileSync(join(dir, file), text);
  }
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}

describe('a --data folder is linted together with the bundled records', () => {
  it('may refer to bundled vendors and products (vendor: huawei, requires: {cann: ...})', () => {
    const result = lint(OVERLAY, { base: BUNDLED });
    expect(result.issues).toEqual([]);
    const m = loadMatrixWith([OVERLAY]);
    expect(check(m, ['my-plugin@1.0.0', 'cann@8.0.0']).verdict).toBe('fits');
  });

  it('linted alone (no --data) the same folder still misses the bundled vendor', () => {
    expect(lint(OVERLAY).issues.map((i) => `${i.code} ${i.file}`)).toEqual(['unknown-vendor frameworks/my-plugin.yaml', 'unknown-vendor toolkits/cann.yaml']);
  });

  it('may not take an alias of a bundled product: torch_npu stays torch-npu', () => {
    const issues = lint(STEAL, { base: BUNDLED }).issues;
    expect(issues).toEqual([expect.objectContaining({ code: 'alias-collision', file: 'frameworks/my-plugin.yaml', line: 7, path: 'aliases[0]' })]);
    expect(issues[0]!.message).toBe('name "torch_npu" of "my-plugin" is already a name of the bundled product "torch-npu"');
    expect(() => loadMatrixWith([STEAL])).toThrow(StackfitError);
    const r = cli('check', 'torch_npu@2.4.0.post2', '--data', STEAL);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^stackfit: .*my-plugin\.yaml:7:11: name "torch_npu" of "my-plugin" is already a name of the bundled product "torch-npu"/);
  });

  it('may not take a bundled id by accident', () => {
    const o = overlayWith({ 'toolkits/cann.yaml': readFileSync(join(OVERLAY, 'toolkits/cann.yaml'), 'utf8').replace('replaces: true\n', '') });
    try {
      const issues = lint(o.dir, { base: BUNDLED }).issues;
      expect(issues).toEqual([expect.objectContaining({ code: 'replaces-bundled', file: 'toolkits/cann.yaml', line: 2, message: 'product "cann" is already a bundled product' })]);
      expect(cli('show', 'cann', '--data', o.dir).code).toBe(2);
    } finally {
      o.done();
    }
  });

  it('says replaces: true only where there is something to replace', () => {
    const o = overlayWith({ 'frameworks/my-plugin.yaml': readFileSync(join(OVERLAY, 'frameworks/my-plugin.yaml'), 'utf8').replace('id: my-plugin\n', 'id: my-plugin\nreplaces: true\n') });
    try {
      expect(lint(o.dir, { base: BUNDLED }).issues).toEqual([expect.objectContaining({ code: 'nothing-to-replace', file: 'frameworks/my-plugin.yaml', line: 3 })]);
    } finally {
      o.done();
    }
  });

  it('replaces a bundled record when it says so, keeps that record\'s own names, and reports it', () => {
    const replaced: Replacement[] = [];
    const m = loadMatrixWith([OVERLAY], { onReplace: (r) => replaced.push(r) });
    expect(replaced).toEqual([{ kind: 'product', id: 'cann', file: `${OVERLAY}/toolkits/cann.yaml` }]);
    const cann = m.resolve('ascend-cann-toolkit');
    expect(cann.ok && cann.product.name.en).toBe('CANN (internal mirror)');
    expect(m.releases('cann').map((r) => r.version)).toEqual(['8.0.0', '8.1.RC1']);
    expect(cann.ok && 'replaces' in cann.product).toBe(false);
  });

  it('the CLI says on one stderr line which records were replaced, and lint --json lists them', () => {
    const r = cli('show', 'cann', '--data', OVERLAY, '--json');
    expect(r.code).toBe(0);
    expect(r.err).toBe(`stackfit: note: --data replaces 1 bundled record(s): product cann (${OVERLAY}/toolkits/cann.yaml)`);
    expect(JSON.parse(r.out).replaces).toBeUndefined();
    const l = cli('lint', '--data', OVERLAY, '--json');
    expect(l.code).toBe(0);
    expect(JSON.parse(l.out)).toMatchObject({ errors: 0, replaced: [{ kind: 'product', id: 'cann', file: `${OVERLAY}/toolkits/cann.yaml` }] });
    const plain = cli('lint', '--data', OVERLAY);
    expect(plain.err).toBe(r.err);
  });

  it('later --data folders lie over earlier ones', () => {
    const o = overlayWith({ 'toolkits/cann.yaml': null, 'frameworks/my-plugin.yaml': readFileSync(join(OVERLAY, 'frameworks/my-plugin.yaml'), 'utf8').replace('id: my-plugin\n', 'id: my-plugin\nreplaces: true\n').replace('"1.0.0"\n', '"1.0.0"\n  - version: "1.1.0"\n') });
    try {
      const replaced: Replacement[] = [];
      const m = loadMatrixWith([OVERLAY, o.dir], { onReplace: (r) => replaced.push(r) });
      expect(replaced.map((r) => `${r.kind} ${r.id}`)).toEqual(['product cann', 'product my-plugin']);
      expect(m.releases('my-plugin').map((r) => r.version)).toEqual(['1.0.0', '1.1.0']);
    } finally {
      o.done();
    }
  });
});
