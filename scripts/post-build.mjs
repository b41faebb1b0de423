// Trunk post_build hook: turns the wasm-bindgen glue into the classic script the loader
// runs, writes the glue's and the .wasm's integrity hashes into the loader (the loader
// checks both with them) and records the loader's own hash for the embed snippet: the
// snippet's SRI covers the loader, the loader's hashes cover the rest. It also writes the
// loader's observed attributes, which build.rs took from the option registry
// (src/domain/config/options/table.rs), so no list of options is kept by hand here.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { minify } from 'terser';

import { classicGlue, sri } from './minify-glue.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('post-build: TRUNK_STAGING_DIR is not set (run through trunk build)');
  process.exit(1);
}
const dir = join(staging, 'smp-widget', 'v1');

const gluePath = join(dir, 'smp-widget.js');
const glue = await classicGlue(readFileSync(gluePath, 'utf8'));
writeFileSync(gluePath, glue);
const glueIntegrity = sri(Buffer.from(glue));
const wasmIntegrity = sri(readFileSync(join(dir, 'smp-widget_bg.wasm')));
const loaderPath = join(dir, 'loader.js');
const source = readFileSync(loaderPath, 'utf8');
if (!source.includes('__SMP_WASM_INTEGRITY__') || !source.includes('__SMP_GLUE_INTEGRITY__')) {
  console.error('post-build: loader.js lacks an integrity placeholder');
  process.exit(1);
}
// The observed attributes: build.rs writes them beside the wasm build's output
// (<target dir>/wasm32-unknown-unknown/<profile>/); they go in before minifying.
const OBSERVED = "['__SMP_OBSERVED__']";
if (!source.includes(OBSERVED)) {
  console.error(`post-build: loader.js lacks the observed-attributes placeholder ${OBSERVED}`);
  process.exit(1);
}
const manifest = join(dirname(fileURLToPath(import.meta.url)), '..', 'Cargo.toml');
const { target_directory: targetDir } = JSON.parse(execFileSync(
  'cargo', ['metadata', '--no-deps', '--format-version', '1', '--offline', '--manifest-path', manifest],
  { encoding: 'utf8' },
));
const profile = process.env.TRUNK_PROFILE === 'debug' ? 'debug' : 'release';
const observedPath = join(targetDir, 'wasm32-unknown-unknown', profile, 'smp-observed-attributes.json');
let observed;
try {
  observed = JSON.parse(readFileSync(observedPath, 'utf8'));
} catch (error) {
  console.error(`post-build: no observed attributes from build.rs at ${observedPath} (${error.message})`);
  process.exit(1);
}
if (!Array.isArray(observed) || observed.length === 0 || !observed.every((a) => /^[a-z][a-z-]*$/.test(a))) {
  console.error(`post-build: ${observedPath} is not a list of attribute names`);
  process.exit(1);
}
const loader = source.replace(OBSERVED, JSON.stringify(observed));
// Every byte ships to a phone: the loader is minified (its source stays readable).
const minified = await minify(loader, { compress: { passes: 2 }, mangle: true, format: { comments: false } });
if (!minified.code || !minified.code.includes('__SMP_WASM_INTEGRITY__') || !minified.code.includes('__SMP_GLUE_INTEGRITY__')) {
  console.error('post-build: minifying loader.js failed');
  process.exit(1);
}
const built = minified.code
  .replace('__SMP_WASM_INTEGRITY__', wasmIntegrity)
  .replace('__SMP_GLUE_INTEGRITY__', glueIntegrity);
writeFileSync(loaderPath, built);
writeFileSync(
  join(dir, 'integrity.json'),
  JSON.stringify({ 'loader.js': sri(Buffer.from(built)), 'smp-widget.js': glueIntegrity, 'smp-widget_bg.wasm': wasmIntegrity }, null, 2) + '\n'
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
