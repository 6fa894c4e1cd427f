/**
 * A captured Ascend server for `stackfit probe --root`: the real captures the probe tests use
 * (test/fixtures/probe-ascend-server.json maps each path to a file under test/fixtures/probe),
 * laid out in a fresh temporary folder. The caller removes it.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export function capturedServer(prefix = 'stackfit-probe-') {
  const root = mkdtempSync(join(tmpdir(), prefix));
  const files = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'probe-ascend-server.json'), 'utf8'));
  for (const [path, capture] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    cpSync(join(ROOT, 'test', 'fixtures', 'probe', capture), join(root, path));
  }
  return root;
}
