import { run } from '../src/cli/run.ts';
import type { Io } from '../src/cli/io.ts';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
export const MINI = join(FIXTURES, 'mini');

/** A captured system tree for probe: each path (or `.commands/<id>.txt`) gets a real capture's text (test/fixtures/probe). */
export function capturedTree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'stackfit-probe-'));
  for (const [path, capture] of Object.entries(files)) {
    const dest = join(root, path);
    mkdirSync(dirname(dest), { recursive: true });
    cpSync(join(FIXTURES, 'probe', capture), dest);
  }
  return root;
}

/** The captured Ascend server the probe tests and the process benchmark share: path -> capture. */
export const ASCEND_SERVER: Record<string, string> = JSON.parse(readFileSync(join(FIXTURES, 'probe-ascend-server.json'), 'utf8'));

/** A copy of the mini dataset with some files replaced (null deletes), in a temporary folder. */
export function miniWith(files: Record<string, string | Buffer | null>): { dir: string; done(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'stackfit-'));
  cpSync(MINI, dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    const path = join(dir, file);
    if (text === null) rmSync(path);
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
  }
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs the CLI in process (commands are loaded by test/setup.ts) and collects its output. */
export function cli(...argv: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t), tty: false };
  const code = run(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}
