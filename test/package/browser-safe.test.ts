import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = join(__dirname, '..', '..', 'dist');
const FORBIDDEN = /^(node:)?(fs|path|child_process|os)$|^(yaml|zod)(\/|$)/;

/** Every bare import reachable from a built file, following relative imports. */
function reachableImports(file: string, seen = new Set<string>()): Set<string> {
  const bare = new Set<string>();
  if (seen.has(file)) return bare;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/(?:import|export)[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)) {
    const spec = (m[1] ?? m[2])!;
    if (spec.startsWith('.')) for (const b of reachableImports(join(dirname(file), spec), seen)) bare.add(b);
    else bare.add(spec);
  }
  return bare;
}

describe('main entry', () => {
  it.runIf(existsSync(join(DIST, 'index.js')))('imports no fs, no YAML parser, no zod and no other package at run time', () => {
    const imports = [...reachableImports(join(DIST, 'index.js'))];
    expect(imports.filter((s) => FORBIDDEN.test(s))).toEqual([]);
    expect(imports).toEqual([]);
  });
});
