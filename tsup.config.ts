import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';
import { asciiEscaped } from './src/data/dataset-text.ts';

/** `npm run demo` needs only the JavaScript: skip the type build (most of the time) and keep existing types. */
const jsOnly = Boolean(process.env.STACKFIT_JS_ONLY);
// No template literals in the output: esbuild would print the compiled data (one long JSON string)
// as one, which V8 reads several times slower than a quoted string.
const common: Options = { target: 'node20', sourcemap: false, esbuildOptions: (o) => void (o.supported = { 'template-literal': false }) };

export default defineConfig([
  {
    ...common,
    entry: { index: 'src/index.ts', node: 'src/node.ts' },
    format: ['esm', 'cjs'],
    dts: jsOnly ? false : true,
    clean: jsOnly ? false : ['!cli.cjs', '!cli-main.cjs', '!cli-main.cjs.*.cache'],
    publicDir: 'dist-data',
  },
  // `stackfit` itself: a few lines that run the CLI bundle through the code caches the build writes
  // beside it (scripts/build-cli-cache.mjs).
  { ...common, entry: { cli: 'src/cli/bin.ts' }, format: ['cjs'] },
  // The CLI is one CommonJS file: its commands stay unevaluated until a run asks for one, where an
  // ES module build would resolve a dozen chunks on every run. It reads the data from data.json.
  {
    ...common,
    entry: { 'cli-main': 'src/cli/main.ts' },
    format: ['cjs'],
    // Whitespace and syntax minified, names kept (a bug's stack trace still reads): V8 compiles the
    // whole file on every run, about 2 ms less for a third fewer bytes.
    esbuildOptions: (o) => void Object.assign(o, { supported: { 'template-literal': false }, minifyWhitespace: true, minifySyntax: true }),
    esbuildPlugins: [{ name: 'data-file', setup: (b) => b.onResolve({ filter: /generated\/dataset\.ts$/ }, () => ({ path: resolve('src/cli/dataset-file.ts') })) }],
    // esbuild escapes strings but leaves regular expressions as written (a few hold Chinese
    // punctuation): escaped too, the bundle is ASCII, which `stackfit` reads as Latin-1 into a
    // one-byte string, half the size and without UTF-8 decoding (src/cli/bin.ts).
    onSuccess: async () => asciiFile('dist/cli-main.cjs'),
  },
]);

/** Rewrites a JavaScript file with every character outside ASCII as a \u escape. */
function asciiFile(file: string): void {
  const text = readFileSync(file, 'utf8');
  // An escape of its own before such a character (`\·`) would turn into an escaped backslash.
  if (/\\[\u0080-\uffff]/.test(text)) throw new Error(`${file}: a backslash before a character outside ASCII; write the character as \\u in the source`);
  writeFileSync(file, asciiEscaped(text));
}
