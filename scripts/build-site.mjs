/** Writes site/index.html: one self-contained page (opens from disk) with the engine bundled in. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const result = await build({ entryPoints: ['site-src/main.js'], bundle: true, platform: 'browser', format: 'iife', minify: true, write: false, logLevel: 'error' });
const js = result.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
const html = readFileSync('site-src/index.html', 'utf8').replace('/*BUNDLE*/', () => js);
mkdirSync('site', { recursive: true });
writeFileSync('site/index.html', html);
console.log(`site/index.html: ${(html.length / 1024).toFixed(0)} KiB`);
