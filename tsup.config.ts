import { resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';

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
    clean: jsOnly ? false : ['!cli.cjs', '!cli-main.cjs', '!cli-main.cjs.cache'],
    publicDir: 'dist-data',
  },
  // `stackfit` itself: a few lines that run the CLI bundle through the code cache the build writes
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
  },
]);
