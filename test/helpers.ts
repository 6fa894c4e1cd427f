import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
export const MINI = join(FIXTURES, 'mini');

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
