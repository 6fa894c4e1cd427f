import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/lint.ts';
import { MAX_DEPTH } from '../../src/load/parse-yaml.ts';
import { FIXTURES, MINI, miniWith } from '../helpers.ts';

const mini = (file: string) => readFileSync(join(MINI, file), 'utf8');
const HEAD = '# yaml-language-server: $schema=../../schema/product.json\n';

interface Expect {
  mistake: string;
  code: string;
  file: string;
  line: number;
  severity: 'error' | 'warning';
  /** Files too large to commit are written at test time. */
  generate?: { file: string; bytes: number };
}

const BAD = join(FIXTURES, 'bad');
const FOLDERS = readdirSync(BAD).sort();

describe('loader and linter errors (test/fixtures/bad)', () => {
  it('has at least 40 folders, one mistake each', () => {
    expect(FOLDERS.length).toBeGreaterThanOrEqual(40);
  });

  for (const folder of FOLDERS) {
    const want = JSON.parse(readFileSync(join(BAD, folder, 'expect.json'), 'utf8')) as Expect;
    it(`${want.mistake}: ${want.code} at ${want.file}:${want.line}`, () => {
      let dir = join(BAD, folder, 'data');
      let cleanup = () => {};
      if (want.generate) {
        const t = miniWith({ [want.generate.file]: `# ${'x'.repeat(want.generate.bytes)}\n` });
        dir = t.dir;
        cleanup = t.done;
      }
      try {
        const started = performance.now();
        const result = lint(dir);
        expect(performance.now() - started).toBeLessThan(5000);
        const found = result.issues.find((i) => i.code === want.code);
        expect(found, JSON.stringify(result.issues, null, 1)).toBeDefined();
        expect(found!.file).toBe(want.file);
        expect(found!.line).toBe(want.line);
        expect(found!.col).toBeGreaterThan(0);
        expect(found!.severity).toBe(want.severity);
        expect(found!.message.length).toBeGreaterThan(10);
        expect(found!.message).not.toMatch(/\n|    at /);
        if (want.severity === 'error') expect(result.errorCount).toBeGreaterThan(0);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      } finally {
        cleanup();
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

  it('lets a policy pair name one product, not a family', () => {
    const family = `${HEAD}id: npu-family\nkind: accelerator\nvendor: acme\nfamily: true\nname: { en: "Acme NPUs", zh: "极致系列" }\nsources: ["https://example.com/npus"]\n`;
    const pairs = (end: string) => `${mini('pairs.yaml')}  - { a: ${end}, b: framework/runtime, why: "its installer needs a listed lang" }\n`;
    const t = miniWith({ 'chips/npu-family.yaml': family, 'pairs.yaml': pairs('kit') });
    try {
      expect(lint(t.dir).issues).toEqual([]);
      writeFileSync(join(t.dir, 'pairs.yaml'), pairs('npu-family'));
      const issue = lint(t.dir).issues.find((i) => i.code === 'family-pair');
      expect(issue?.file).toBe('pairs.yaml');
      expect(issue?.line).toBe(6);
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

  it.each([
    ['flow collections', `notes: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`, 2],
    ['block sequences on one line', `notes:\n${'- '.repeat(200_000)}x\n`, 3],
    ['flow mappings', `notes: ${'{a: '.repeat(50_000)}1${'}'.repeat(50_000)}\n`, 2],
  ])('reports nesting past the limit in %s with its line, not a stack overflow', (_, body, line) => {
    const t = miniWith({ 'chips/npu-1.yaml': `${HEAD}${body}` });
    try {
      const issues = lint(t.dir).issues.filter((i) => i.file === 'chips/npu-1.yaml');
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ code: 'yaml-too-deep', line, message: `nesting deeper than ${MAX_DEPTH} levels` });
    } finally {
      t.done();
    }
  });

  it('accepts nesting up to the limit', () => {
    const t = miniWith({ 'chips/npu-1.yaml': `${mini('chips/npu-1.yaml')}notes: ${'['.repeat(MAX_DEPTH - 1)}"x"${']'.repeat(MAX_DEPTH - 1)}\n` });
    try {
      const codes = lint(t.dir).issues.map((i) => i.code);
      expect(codes).not.toContain('yaml-too-deep');
      expect(codes).toContain('wrong-type'); // a list, not text: the schema saw it
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
