import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes generated files whose content changed (or, with `check`, writes nothing) and returns the
 * paths that were, or would be, changed.
 */
export function writeGenerated(files: Readonly<Record<string, string>>, check: boolean): string[] {
  const stale: string[] = [];
  for (const [path, text] of Object.entries(files)) {
    let current: string | undefined;
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      current = undefined;
    }
    if (current === text) continue;
    stale.push(path);
    if (!check) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
  }
  return stale;
}
