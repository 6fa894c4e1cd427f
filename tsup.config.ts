import { defineConfig } from 'tsup';

/** `npm run demo` needs only the JavaScript: skip the type build (most of the time) and keep existing types. */
const jsOnly = Boolean(process.env.STACKFIT_JS_ONLY);

export default defineConfig({
  entry: { index: 'src/index.ts', node: 'src/node.ts', cli: 'src/cli/main.ts' },
  format: ['esm', 'cjs'],
  dts: jsOnly ? false : { entry: { index: 'src/index.ts', node: 'src/node.ts' } },
  target: 'node20',
  clean: !jsOnly,
  sourcemap: false,
  publicDir: 'dist-data',
});
