import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, MINI, miniWith } from '../helpers.ts';

/** Anything a terminal would act on rather than show (newlines between lines aside). */
const HIDDEN = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Escape sequences an attacker would like a terminal to run: clear screen, set title, CSI in one byte, RTL override. */
const NASTY = ['\u001b[2J', '\u001b]0;owned\u0007', '\u009b31m', '\u202etxt.exe'];

function expectShown(r: { out: string; err: string }): void {
  expect(r.out).not.toMatch(HIDDEN);
  expect(r.err).not.toMatch(HIDDEN);
}

describe('control characters from user input are shown, never sent to the terminal', () => {
  it.each(NASTY)('in an unknown command, option, --data path, name and layer: %j', (bad) => {
    for (const argv of [
      [`x${bad}`],
      ['check', 'cann', `--x${bad}`],
      ['check', 'cann', '--data', `/nonexistent/${bad}`],
      ['show', `cann${bad}`],
      ['check', `cann@${bad}`],
      ['matrix', `os${bad}`, 'cpu'],
      ['search', `a${bad}`],
      ['search', '--kind', bad],
      ['probe', '--root', `/nonexistent/${bad}`],
      ['check', 'cann', '--lang', bad],
      ['lint', `/nonexistent/${bad}`, '--format', 'github'],
    ]) {
      const r = cli(...argv);
      expectShown(r);
      const j = cli(...argv, '--json');
      expectShown(j);
      if (j.code === 2) expect(JSON.parse(j.out).error.message).not.toMatch(HIDDEN);
    }
    expect(cli(`x${'\u001b[2J'}`).err).toContain('x\\x1b[2J');
  });

  it('a --data record with an escape sequence in its name is refused, and the refusal is shown safely', () => {
    const kit = readFileSync(join(MINI, 'toolkits/kit.yaml'), 'utf8').replace(/^name: .*$/m, 'name: { en: "Kit\\e]0;owned\\a", zh: "工具" }');
    const t = miniWith({ 'toolkits/kit.yaml': kit });
    try {
      const r = cli('show', 'kit', '--data', t.dir);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/"Kit\\x1b\]0;owned\\x07" holds a control or bidirectional character/);
      expectShown(r);
      const l = cli('lint', t.dir);
      expect(l.out).toContain('(control-character)');
      expectShown(l);
    } finally {
      t.done();
    }
  });

  it('lint messages and code frames quote file content escaped', () => {
    const npu = readFileSync(join(MINI, 'chips/npu-1.yaml'), 'utf8');
    const t = miniWith({ 'chips/npu-1.yaml': `${npu}# \u001b]0;owned\u0007 \u009b2J\n"\\e[2J": 1\n` });
    try {
      for (const format of ['text', 'github', 'json']) {
        const r = cli('lint', t.dir, '--format', format);
        expect(r.code).toBe(1);
        expectShown(r);
        expect(r.out).toMatch(/unknown field "\\\\?x1b\[2J"|unknown field \\"\\u001b\[2J\\"/);
      }
      const text = cli('lint', t.dir).out;
      expect(text).toContain('| # \\x1b]0;owned\\x07 \\x9b2J');
    } finally {
      t.done();
    }
  });

  it('paths given by the user are shown escaped in what schema writes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stackfit-term-'));
    try {
      const r = cli('schema', join(dir, 'a\u001b[31mb'));
      expect(r.code).toBe(0);
      expect(r.out).toContain('a\\x1b[31mb/product.json');
      expectShown(r);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('JSON output escapes what JSON.stringify leaves raw (C1 controls, bidirectional overrides)', () => {
    const r = cli('check', 'cann@\u009b2J\u202e', '--json');
    expect(r.code).toBe(2);
    expect(r.out).not.toMatch(HIDDEN);
    expect(JSON.parse(r.out).error.code).toBeTruthy();
  });
});
