// Trunk post_build hook: minifies the wasm-bindgen glue, writes the .wasm's integrity hash
// into the loader (the loader fetches the .wasm with it) and records the loader's own hash
// for the embed snippet.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { minify } from 'terser';

import { minifyGlue, sri } from './minify-glue.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('post-build: TRUNK_STAGING_DIR is not set (run through trunk build)');
  process.exit(1);
}
const dir = join(staging, 'smp-widget', 'v1');

await minifyGlue(staging, join('smp-widget', 'v1', 'smp-widget.js'));
const wasmIntegrity = sri(readFileSync(join(dir, 'smp-widget_bg.wasm')));
const loaderPath = join(dir, 'loader.js');
const loader = readFileSync(loaderPath, 'utf8');
if (!loader.includes('__SMP_WASM_INTEGRITY__')) {
  console.error('post-build: loader.js has no integrity placeholder');
  process.exit(1);
}
// Every byte ships to a phone: the loader is minified (its source stays readable).
const minified = await minify(loader, { compress: { passes: 2 }, mangle: true, format: { comments: false } });
if (!minified.code || !minified.code.includes('__SMP_WASM_INTEGRITY__')) {
  console.error('post-build: minifying loader.js failed');
  process.exit(1);
}
const built = minified.code.replace('__SMP_WASM_INTEGRITY__', wasmIntegrity);
writeFileSync(loaderPath, built);
writeFileSync(
  join(dir, 'integrity.json'),
  JSON.stringify({ 'loader.js': sri(Buffer.from(built)), 'smp-widget_bg.wasm': wasmIntegrity }, null, 2) + '\n'
);
// Trunk's rust pipeline injects a module script that starts the app, plus preload links.
// The demo page must start the widget the way every host page does (loader.js, lazily),
// so they go; the build fails if Trunk's output ever changes shape.
const pagePath = join(staging, 'index.html');
const page = readFileSync(pagePath, 'utf8')
  .replace(/<link rel="(?:module)?preload"[^>]*smp-widget[^>]*>/g, '')
  .replace(/<script type="module">\s*import init, \* as bindings from '[^']*smp-widget\.js';[\s\S]*?<\/script>/, '');
if (/smp-widget(?:_bg)?\.(?:js|wasm)/.test(page)) {
  console.error('post-build: index.html still references the wasm glue directly');
  process.exit(1);
}
writeFileSync(pagePath, page);

console.log('post-build: loader.js integrity', sri(Buffer.from(built)));
