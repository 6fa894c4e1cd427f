import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Io } from '../../src/cli/io.ts';
import { run } from '../../src/cli/run.ts';
import { lint, MAX_ISSUES_PER_FILE } from '../../src/lint/lint.ts';
import { miniWith } from '../helpers.ts';

const PRODUCT = '# yaml-language-server: $schema=../../schema/product.json\n';

/** One record whose single rule requires `n` products that do not exist, all on one line. */
function unknownReferences(n: number): string {
  const requires = Array.from({ length: n }, (_, i) => `p${i}: "*"`).join(', ');
  return `${PRODUCT}id: plug\nkind: framework\nrole: adapter\nvendor: acme\nname: { en: "Acme Plug", zh: "极致插件" }\nscheme: pep440\nsources: ["https://example.com/plug"]\nreleases:\n  - version: "1.0.0"\nrules:\n  - requires: { ${requires} }\n    evidence: vendor\n    sources: ["https://example.com/plug/compat"]\n`;
}

/** A product with `n` releases and a table naming each of them once. */
function manyVersions(n: number): Record<string, string> {
  const releases = Array.from({ length: n }, (_, i) => `  - version: "1.${i}.0"`).join('\n');
  const rows = Array.from({ length: n }, (_, i) => `  - ["1.0.0", "1.${n - 1 - i}.0"]`).join('\n');
  return {
    'frameworks/lang.yaml': `${PRODUCT}id: lang\nkind: framework\nrole: runtime\nvendor: faraway\nname: { en: "Lang", zh: "语言" }\nscheme: pep440\nsources: ["https://example.com/lang"]\nreleases:\n${releases}\n`,
    'tables/plug-kit.yaml': `# yaml-language-server: $schema=../../schema/table.json\nid: plug-kit\ntitle: "Plug and Lang"\nvendor: acme\nevidence: vendor\nsources: ["https://example.com/plug/table"]\ncolumns:\n  - { product: plug }\n  - { product: lang }\nrows:\n${rows}\n`,
  };
}

/**
 * CPU time of `fn` in ms (user + system of this test process, which vitest forks per file): unlike
 * wall time it does not grow when other suites load the machine.
 */
function cpuMs<T>(fn: () => T): [T, number] {
  const before = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(before);
  return [value, (used.user + used.system) / 1000];
}

function cli(...argv: string[]): { code: number; out: string } {
  const out: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => out.push(t), tty: false };
  const code = run(argv, io);
  return { code, out: out.join('\n') };
}

describe('lint on hostile records stays linear and its output bounded', () => {
  it('a record with 40,000 unknown references lints in seconds, listing a bounded number of them', () => {
    const t = miniWith({ 'frameworks/plug.yaml': unknownReferences(40_000), 'toolkits/kit.yaml': null, 'tables/plug-kit.yaml': null });
    try {
      const [result, ms] = cpuMs(() => lint(t.dir));
      expect(ms).toBeLessThan(4000); // minutes before: every issue scanned the 40,000-key mapping
      expect(result.errorCount).toBeGreaterThanOrEqual(40_000);
      const mine = result.issues.filter((i) => i.file === 'frameworks/plug.yaml');
      expect(mine).toHaveLength(MAX_ISSUES_PER_FILE + 1);
      expect(mine.at(-1)).toMatchObject({ code: 'too-many-issues', severity: 'error' });
      expect(mine.at(-1)!.message).toMatch(/^39900 more problem\(s\)/);
    } finally {
      t.done();
    }
  });

  it('its text report stays small: code frames show a window of the 500 kB line', () => {
    const t = miniWith({ 'frameworks/plug.yaml': unknownReferences(40_000), 'toolkits/kit.yaml': null, 'tables/plug-kit.yaml': null });
    try {
      const [r, ms] = cpuMs(() => cli('lint', t.dir));
      expect(ms).toBeLessThan(4000);
      expect(r.code).toBe(1);
      expect(Buffer.byteLength(r.out)).toBeLessThan(100_000); // gigabytes before
      const lines = r.out.split('\n');
      expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(300);
      // The caret still points at the reference: the window is cut around it.
      const at = lines.findIndex((l) => l.includes('no product "p90"'));
      expect(lines[at + 2]).toMatch(/^ {2}12 \| ….*p90: "\*".*…$/);
      expect(lines[at + 3]!.indexOf('^')).toBe(lines[at + 2]!.indexOf('p90: "*"') + 'p90: '.length);
    } finally {
      t.done();
    }
  });

  it('20,000 versions named in a table of a product with 20,000 releases lint in seconds', () => {
    const t = miniWith(manyVersions(20_000));
    try {
      const [result, ms] = cpuMs(() => lint(t.dir));
      expect(ms).toBeLessThan(4000); // over five minutes before: a scan of every release per cell
      expect(result.issues.filter((i) => i.code === 'unknown-version' && i.file === 'tables/plug-kit.yaml')).toEqual([]);
    } finally {
      t.done();
    }
  });

  it('8,000 rules supporting and conflicting with one product are not compared pairwise without bound', () => {
    const rules = Array.from({ length: 8000 }, (_, i) =>
      i % 2 ? `  - conflicts: {lang: "3.9"}\n    evidence: tested\n    sources: ["https://example.com/c${i}"]` : `  - supports: {lang: "3.10"}\n    evidence: tested\n    sources: ["https://example.com/s${i}"]`,
    ).join('\n');
    const plug = `${PRODUCT}id: plug\nkind: framework\nrole: adapter\nvendor: acme\nname: { en: "Acme Plug", zh: "极致插件" }\nscheme: pep440\nsources: ["https://example.com/plug"]\nreleases:\n  - version: "1.0.0"\nrules:\n${rules}\n`;
    const t = miniWith({ 'frameworks/plug.yaml': plug, 'tables/plug-kit.yaml': null });
    try {
      const [result, ms] = cpuMs(() => lint(t.dir));
      expect(ms).toBeLessThan(4000); // 48 s of CPU before: every conflict against every rule, ranges parsed each time
      // Each half states one claim 4,000 times from different pages: warned as split claims, nothing else.
      const plugIssues = result.issues.filter((i) => i.file === 'frameworks/plug.yaml');
      expect(plugIssues.filter((i) => i.code !== 'repeated-claim' && i.code !== 'too-many-issues')).toEqual([]);
      expect(plugIssues[0]).toMatchObject({ code: 'repeated-claim', severity: 'warning', message: 'rules[2] claims what rules[0] claims (same releases, pairs, conditions and evidence)' });
    } finally {
      t.done();
    }
  });

  it('8,000 copies of one rule are reported as repeats in linear time, the list bounded', () => {
    const rules = Array.from({ length: 8000 }, () => '  - supports: {lang: "3.10"}\n    evidence: tested\n    sources: ["https://example.com/s"]').join('\n');
    const plug = `${PRODUCT}id: plug\nkind: framework\nrole: adapter\nvendor: acme\nname: { en: "Acme Plug", zh: "极致插件" }\nscheme: pep440\nsources: ["https://example.com/plug"]\nreleases:\n  - version: "1.0.0"\nrules:\n${rules}\n`;
    const t = miniWith({ 'frameworks/plug.yaml': plug, 'tables/plug-kit.yaml': null });
    try {
      const [result, ms] = cpuMs(() => lint(t.dir));
      expect(ms).toBeLessThan(4000);
      const repeats = result.issues.filter((i) => i.code === 'repeated-rule');
      expect(repeats[0]).toMatchObject({ file: 'frameworks/plug.yaml', message: 'rules[1] repeats rules[0] word for word' });
      expect(result.issues.length).toBeLessThan(1000);
    } finally {
      t.done();
    }
  });

  it('a mapping with 40,000 keys and a duplicate is reported without a quadratic key check', () => {
    const keys = Array.from({ length: 40_000 }, (_, i) => `k${i}: 1`).join(', ');
    const t = miniWith({ 'chips/npu-1.yaml': `${PRODUCT}notes: { ${keys}, k7: 2 }\n` });
    try {
      const [result, ms] = cpuMs(() => lint(t.dir));
      expect(ms).toBeLessThan(4000);
      const found = result.issues.find((i) => i.code === 'yaml-duplicate-key');
      expect(found).toMatchObject({ file: 'chips/npu-1.yaml', line: 2 });
      expect(found!.message).toContain('"k7"');
    } finally {
      t.done();
    }
  });

  it('40,000 unknown fields are named five at a time, not all in one message', () => {
    const keys = Array.from({ length: 40_000 }, (_, i) => `x${i}: 1`).join('\n');
    const t = miniWith({ 'chips/npu-1.yaml': `${PRODUCT}id: npu-1\nkind: accelerator\nvendor: acme\nname: { en: "N", zh: "N" }\nsources: ["https://example.com/n"]\n${keys}\n` });
    try {
      const found = lint(t.dir).issues.find((i) => i.code === 'unknown-field');
      expect(found!.message).toMatch(/^unknown fields "x0", "x1", "x2", "x3", "x4" and 39995 more$/);
    } finally {
      t.done();
    }
  });
});

describe('control characters written as YAML escapes', () => {
  // Files without such a character or escape are skipped by a text test first; these must not be.
  it.each([
    ['\\e[31m', 'an ESC escape'],
    ['\\x1b]0;t\\a', 'a hex escape and a bell'],
    ['\\u202eevil', 'a bidirectional override as \\u'],
    ['\\U0000202E', 'the same as \\U'],
    ['\\L', 'a line separator'],
  ])('a name holding %s (%s) is refused', (escape) => {
    const t = miniWith({});
    try {
      const file = `${t.dir}/toolkits/kit.yaml`;
      const text = readFileSync(file, 'utf8').replace(/^name: .*$/m, `name: { en: "Kit${escape}", zh: "工具" }`);
      writeFileSync(file, text);
      const codes = lint(t.dir).issues.map((i) => i.code);
      expect(codes).toContain('control-character');
    } finally {
      t.done();
    }
  });

  it('escaped quotes and backslashes in a note are text', () => {
    const t = miniWith({});
    try {
      const file = `${t.dir}/toolkits/kit.yaml`;
      writeFileSync(file, `${readFileSync(file, 'utf8')}notes: "He said \\"yes\\" at C:\\\\path"\n`);
      const codes = lint(t.dir).issues.map((i) => i.code);
      expect(codes).not.toContain('control-character');
    } finally {
      t.done();
    }
  });
});
