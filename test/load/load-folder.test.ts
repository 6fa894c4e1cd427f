import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/lint.ts';
import { MINI, miniWith } from '../helpers.ts';

const mini = (file: string) => readFileSync(join(MINI, file), 'utf8');
const HEAD = '# yaml-language-server: $schema=../../schema/product.json\n';

interface Case {
  name: string;
  files: Record<string, string | Buffer | null>;
  code: string;
  file: string;
  line: number;
  warning?: boolean;
}

const CASES: Case[] = [
  { name: 'broken YAML', files: { 'chips/npu-1.yaml': `${HEAD}id: npu-1\nkind: [accelerator\n` }, code: 'yaml-syntax', file: 'chips/npu-1.yaml', line: 4 },
  { name: 'duplicate key', files: { 'chips/npu-1.yaml': `${HEAD}id: npu-1\nid: npu-2\n` }, code: 'yaml-duplicate-key', file: 'chips/npu-1.yaml', line: 3 },
  { name: 'alias', files: { 'chips/npu-1.yaml': mini('chips/npu-1.yaml').replace('aliases: ["NPU-One"]', 'aliases: &a ["NPU-One"]\nnotes: *a') }, code: 'yaml-alias', file: 'chips/npu-1.yaml', line: 6 },
  { name: 'tag', files: { 'chips/npu-1.yaml': mini('chips/npu-1.yaml').replace('kind: accelerator', 'kind: !!str accelerator') }, code: 'yaml-tag', file: 'chips/npu-1.yaml', line: 3 },
  { name: '__proto__ key', files: { 'chips/npu-1.yaml': `${mini('chips/npu-1.yaml')}__proto__: { polluted: true }\n` }, code: 'forbidden-key', file: 'chips/npu-1.yaml', line: 8 },
  { name: 'constructor key', files: { 'chips/npu-1.yaml': mini('chips/npu-1.yaml').replace('name:', 'constructor: x\nname:') }, code: 'forbidden-key', file: 'chips/npu-1.yaml', line: 5 },
  { name: 'oversized file', files: { 'chips/npu-1.yaml': `${HEAD}notes: "${'x'.repeat(1024 * 1024)}"\n` }, code: 'file-too-large', file: 'chips/npu-1.yaml', line: 1 },
  { name: 'empty file', files: { 'chips/npu-1.yaml': '# only a comment\n' }, code: 'file-empty', file: 'chips/npu-1.yaml', line: 1 },
  { name: 'binary junk', files: { 'chips/npu-1.yaml': Buffer.from([0x69, 0x64, 0x00, 0xff, 0xfe]) }, code: 'file-binary', file: 'chips/npu-1.yaml', line: 1 },
  { name: 'unknown field', files: { 'chips/npu-1.yaml': mini('chips/npu-1.yaml').replace('aliases:', 'colour: red\naliases:') }, code: 'unknown-field', file: 'chips/npu-1.yaml', line: 6 },
  { name: 'missing field', files: { 'chips/npu-1.yaml': mini('chips/npu-1.yaml').replace('vendor: acme\n', '') }, code: 'missing-field', file: 'chips/npu-1.yaml', line: 2 },
  { name: 'unquoted numeric version', files: { 'frameworks/lang.yaml': mini('frameworks/lang.yaml').replace('version: "3.10"', 'version: 3.10') }, code: 'wrong-type', file: 'frameworks/lang.yaml', line: 11 },
  { name: 'bad enum value', files: { 'chips/npu-1.yaml': mini('chips/npu-1.yaml').replace('kind: accelerator', 'kind: gpu') }, code: 'bad-value', file: 'chips/npu-1.yaml', line: 3 },
  { name: 'non-https source', files: { 'chips/npu-1.yaml': mini('chips/npu-1.yaml').replace('https://example.com/npu-1', 'http://example.com/npu-1') }, code: 'schema', file: 'chips/npu-1.yaml', line: 7 },
  { name: 'file name differs from id', files: { 'chips/npu-1.yaml': null, 'chips/npu-one.yaml': mini('chips/npu-1.yaml') }, code: 'id-mismatch', file: 'chips/npu-one.yaml', line: 2 },
  { name: 'duplicate id', files: { 'toolkits/npu-1.yaml': mini('chips/npu-1.yaml').replace('accelerator', 'toolkit') }, code: 'duplicate-id', file: 'toolkits/npu-1.yaml', line: 2 },
  { name: 'kind in the wrong folder', files: { 'chips/kit.yaml': mini('toolkits/kit.yaml'), 'toolkits/kit.yaml': null }, code: 'wrong-folder', file: 'chips/kit.yaml', line: 3 },
  { name: 'alias collision', files: { 'chips/cpu-a.yaml': mini('chips/cpu-a.yaml').replace('arch:', 'aliases: ["npu one"]\narch:') }, code: 'alias-collision', file: 'chips/npu-1.yaml', line: 6 },
  { name: 'unknown vendor', files: { 'chips/npu-1.yaml': mini('chips/npu-1.yaml').replace('vendor: acme', 'vendor: nobody') }, code: 'unknown-vendor', file: 'chips/npu-1.yaml', line: 4 },
  { name: 'dangling product', files: { 'frameworks/plug.yaml': mini('frameworks/plug.yaml').replace('requires: { lang:', 'requires: { langg:') }, code: 'unknown-product', file: 'frameworks/plug.yaml', line: 16 },
  { name: 'dangling version', files: { 'tables/plug-kit.yaml': mini('tables/plug-kit.yaml').replace('["2.0.0", "2.0.0"]', '["2.0.0", "2.1.0"]') }, code: 'unknown-version', file: 'tables/plug-kit.yaml', line: 13 },
  { name: 'bad range', files: { 'frameworks/plug.yaml': mini('frameworks/plug.yaml').replace('">=3.9 <3.11"', '">=3.9 <<3.11"') }, code: 'bad-range', file: 'frameworks/plug.yaml', line: 16 },
  { name: 'unknown scheme', files: { 'frameworks/lang.yaml': mini('frameworks/lang.yaml').replace('scheme: pep440', 'scheme: calver') }, code: 'unknown-scheme', file: 'frameworks/lang.yaml', line: 7 },
  { name: 'version not valid in its scheme', files: { 'toolkits/kit.yaml': mini('toolkits/kit.yaml').replace('"2.0.0"', '"2.0.X"') }, code: 'bad-version', file: 'toolkits/kit.yaml', line: 15 },
  { name: 'version not canonical', files: { 'toolkits/kit.yaml': mini('toolkits/kit.yaml').replace('"1.0.RC1"', '"1.0.rc1"') }, code: 'not-canonical', file: 'toolkits/kit.yaml', line: 10 },
  { name: 'releases out of order', files: { 'frameworks/lang.yaml': mini('frameworks/lang.yaml').replace('"3.9"', '"3.12"') }, code: 'release-order', file: 'frameworks/lang.yaml', line: 11 },
  { name: 'end of life before release', files: { 'toolkits/kit.yaml': mini('toolkits/kit.yaml').replace('eol: "2025-06-10"', 'eol: "2023-06-10"') }, code: 'eol-before-release', file: 'toolkits/kit.yaml', line: 14 },
  { name: 'dates against version order', files: { 'toolkits/kit.yaml': mini('toolkits/kit.yaml').replace('date: "2024-06-10"', 'date: "2023-06-10"') }, code: 'date-order', file: 'toolkits/kit.yaml', line: 13 },
  { name: 'missing sources', files: { 'chips/npu-1.yaml': mini('chips/npu-1.yaml').replace('sources: ["https://example.com/npu-1"]', 'sources: []') }, code: 'schema', file: 'chips/npu-1.yaml', line: 7 },
  { name: 'contradiction', files: { 'frameworks/plug.yaml': mini('frameworks/plug.yaml').replace('conflicts: { lang: "3.9" }\n    evidence: tested', 'conflicts: { lang: "3.9" }\n    evidence: vendor').replace('releases: "2.0.0"', 'releases: ">=1.0.0"') }, code: 'contradiction', file: 'frameworks/plug.yaml', line: 20 },
  { name: 'stale data', files: { 'toolkits/kit.yaml': mini('toolkits/kit.yaml').replace('date: "2025-01-10"', 'date: "2019-01-10"\n    eol: "2020-01-10"').replace('date: "2024-06-10"', 'date: "2018-06-10"').replace('date: "2024-01-10"', 'date: "2018-01-10"').replace('eol: "2025-06-10"', 'eol: "2019-06-10"') }, code: 'stale-data', file: 'toolkits/kit.yaml', line: 15, warning: true },
  { name: 'framework without role', files: { 'frameworks/lang.yaml': mini('frameworks/lang.yaml').replace('role: runtime\n', '') }, code: 'missing-role', file: 'frameworks/lang.yaml', line: 3 },
];

describe('loader and linter errors', () => {
  for (const c of CASES) {
    it(`reports ${c.name} as ${c.code} at ${c.file}:${c.line}`, () => {
      const t = miniWith(c.files);
      try {
        const result = lint(t.dir);
        const found = result.issues.find((i) => i.code === c.code);
        expect(found, JSON.stringify(result.issues, null, 1)).toBeDefined();
        expect(found!.file).toBe(c.file);
        expect(found!.line).toBe(c.line);
        expect(found!.col).toBeGreaterThan(0);
        expect(found!.message.length).toBeGreaterThan(10);
        if (c.warning) expect(found!.severity).toBe('warning');
        else expect(result.errorCount).toBeGreaterThan(0);
      } finally {
        t.done();
      }
    });
  }

  it('reports every problem in one pass', () => {
    const t = miniWith({
      'chips/npu-1.yaml': mini('chips/npu-1.yaml').replace('vendor: acme', 'vendor: nobody'),
      'frameworks/lang.yaml': mini('frameworks/lang.yaml').replace('scheme: pep440', 'scheme: calver'),
      'toolkits/kit.yaml': mini('toolkits/kit.yaml').replace('"1.0.RC1"', '"1.0.rc1"'),
    });
    try {
      const codes = lint(t.dir).issues.map((i) => i.code);
      expect(codes).toEqual(expect.arrayContaining(['unknown-vendor', 'unknown-scheme', 'not-canonical']));
    } finally {
      t.done();
    }
  });

  it('does not pollute prototypes', () => {
    const t = miniWith({ 'chips/npu-1.yaml': `${mini('chips/npu-1.yaml')}__proto__: { polluted: true }\n` });
    try {
      lint(t.dir);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    } finally {
      t.done();
    }
  });

  it('accepts the clean mini dataset', () => {
    expect(lint(MINI).issues).toEqual([]);
  });

  it('refuses a billion-laughs document without hanging', () => {
    const bomb = `${HEAD}a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n`;
    const t = miniWith({ 'chips/npu-1.yaml': bomb });
    try {
      const started = Date.now();
      const codes = lint(t.dir).issues.map((i) => i.code);
      expect(codes).toContain('yaml-alias');
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      t.done();
    }
  });

  it('refuses deep nesting', () => {
    const t = miniWith({ 'chips/npu-1.yaml': `${HEAD}notes: ${'['.repeat(200)}${']'.repeat(200)}\n` });
    try {
      expect(lint(t.dir).issues.map((i) => i.code)).toContain('yaml-too-deep');
    } finally {
      t.done();
    }
  });
});
