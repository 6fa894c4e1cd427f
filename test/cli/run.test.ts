import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, MINI, miniWith } from '../helpers.ts';

describe('stackfit CLI', () => {
  it('shows a product with releases sorted by its scheme, as JSON', () => {
    const r = cli('show', 'kit', '--data', MINI, '--json');
    expect(r.code).toBe(0);
    const p = JSON.parse(r.out);
    expect(p.id).toBe('kit');
    expect(p.releases.map((x: { version: string }) => x.version)).toEqual(['1.0.RC1', '1.0.0', '2.0.0']);
  });

  it('shows a product by a Chinese name in Chinese', () => {
    const r = cli('show', '极致一号', '--data', MINI, '--lang', 'zh');
    expect(r.code).toBe(0);
    expect(r.out).toContain('极致一号 (npu-1)');
    expect(r.out).toContain('厂商');
  });

  it('searches, as text and JSON', () => {
    expect(cli('search', 'acme plug', '--data', MINI).out).toContain('plug');
    const j = JSON.parse(cli('search', '--kind', 'framework', '--vendor', 'acme', '--data', MINI, '--json').out);
    expect(j.results.map((x: { id: string }) => x.id)).toEqual(['plug']);
  });

  it('prints the package version for --version and -V, as text and JSON, with or without a command', () => {
    const { version } = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    for (const argv of [['--version'], ['-V'], ['check', 'kit', '--version']]) {
      const r = cli(...argv);
      expect(r.code).toBe(0);
      expect(r.out).toBe(`stackfit ${version}\n`);
    }
    expect(JSON.parse(cli('--version', '--json').out)).toEqual({ version });
  });

  it('exits 2 with one line and a suggestion for an unknown name', () => {
    const r = cli('show', 'plgu', '--data', MINI);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/unknown product "plgu".*Did you mean plug/);
  });

  it.each([
    [['frobnicate']],
    [['show']],
    [['check', 'kit@1.0.X', '--data', MINI]],
    [['check', 'kit', '--lang', 'fr']],
    [['check', 'kit', '--date', '2024-13-45']],
    [['search', '--kind', 'gpu']],
    [['show', 'kit', '--bogus']],
  ])('exits 2 on bad input %j', (argv) => {
    const r = cli(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^stackfit: .+/);
    expect(r.err.split('\n')).toHaveLength(1);
  });

  it('check exits 0 / 1 / 3 by verdict', () => {
    expect(cli('check', 'npu-1', 'kit@1.0.RC1', 'plug@1.0.0', 'lang@3.10', '--data', MINI, '--date', '2024-12-01').code).toBe(0);
    expect(cli('check', 'plug@1.0.0', 'lang@3.11', '--data', MINI).code).toBe(1);
    expect(cli('check', 'plug@2.0.0', 'lang@3.11', 'kit@2.0.0', '--data', MINI).code).toBe(3);
  });

  it('check --json prints the documented shape', () => {
    const j = JSON.parse(cli('check', 'plug@1.0.0', 'lang@3.11', '--data', MINI, '--json').out);
    expect(Object.keys(j)).toEqual(expect.arrayContaining(['verdict', 'components', 'pairs', 'issues', 'fixes']));
    expect(j.components[0]).toMatchObject({ input: 'plug@1.0.0', id: 'plug', kind: 'framework', version: '1.0.0', name: { en: 'Acme Plug', zh: '极致插件' }, origin: 'CN' });
    expect(j.pairs[0]).toMatchObject({ a: 'plug@1.0.0', b: 'lang@3.11', status: 'conflict', evidence: 'vendor', sources: ['https://example.com/plug/compat'] });
  });

  it('lints a folder: exit 0 clean, 1 with errors, github annotations', () => {
    expect(cli('lint', MINI).code).toBe(0);
    const t = miniWith({ 'chips/npu-1.yaml': '# yaml-language-server: $schema=../../schema/product.json\nid: npu-1\nid: x\n' });
    try {
      const r = cli('lint', t.dir, '--format', 'github');
      expect(r.code).toBe(1);
      expect(r.out).toMatch(/^::error file=.*chips\/npu-1\.yaml,line=3,col=1,title=yaml-duplicate-key::/m);
      const j = JSON.parse(cli('lint', t.dir, '--json').out);
      expect(j.errors).toBeGreaterThan(0);
    } finally {
      t.done();
    }
  });

  it('prints help for every command', () => {
    for (const c of ['check', 'solve', 'fix', 'gaps', 'matrix', 'probe', 'show', 'search', 'lint', 'schema']) {
      const r = cli(c, '--help');
      expect(r.code).toBe(0);
      expect(r.out).toContain(`stackfit ${c}`);
      expect(r.out).toContain('Examples:');
    }
  });

  it('reports schema files that are stale', () => {
    expect(cli('schema', '--check').code).toBe(0);
  });

  it('keeps the bundled data formatted (stackfit fmt --check)', () => {
    const r = cli('fmt', 'data', '--check');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });

  it('fmt --check names a file that needs formatting', () => {
    const t = miniWith({ 'chips/npu-1.yaml': '# yaml-language-server: $schema=../../schema/product.json\nkind: accelerator\nid: npu-1\nvendor: acme\nname: {en: "Acme NPU 1", zh: "极致一号"}\naliases: ["NPU-One"]\nsources: ["https://example.com/npu-1"]\n' });
    try {
      const r = cli('fmt', t.dir, '--check');
      expect(r.code).toBe(1);
      expect(r.err).toContain('npu-1.yaml');
    } finally {
      t.done();
    }
  });
});
