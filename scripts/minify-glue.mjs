// Minifies a wasm-bindgen glue file (an ES module) in Trunk's staging directory:
// `node scripts/minify-glue.mjs <path inside the staging dir>`, as a post_build hook.
// wasm-bindgen writes readable JS with comments; a phone needs none of that. The widget's
// build (through post-build.mjs) and the benchmark baseline's use this same step, so the
// comparison stays like for like.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { minify } from 'terser';

/** A Subresource Integrity value (sha384) for `bytes`. */
export const sri = (bytes) => 'sha384-' + createHash('sha384').update(bytes).digest('base64');

/**
 * Minifies `staging/relative` in place. Trunk has already written the file's integrity
 * hash into the staged index.html (its preload link); that hash is replaced with the new
 * one, or the browser would refuse the minified file.
 */
export async function minifyGlue(staging, relative) {
  const path = join(staging, relative);
  const source = readFileSync(path, 'utf8');
  // Property names stay (the wasm imports them by name); so do the module's exports.
  const out = await minify(source, { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  if (!out.code || !out.code.includes('export')) {
    throw new Error(`minifying ${path} failed`);
  }
  writeFileSync(path, out.code);
  const page = join(staging, 'index.html');
  if (existsSync(page)) {
    const [before, after] = [sri(Buffer.from(source)), sri(Buffer.from(out.code))];
    writeFileSync(page, readFileSync(page, 'utf8').replaceAll(before, after));
  }
  return { before: source.length, after: out.code.length };
}

/**
 * The widget's glue as the loader runs it: wasm-bindgen's `no-modules` output (a classic
 * script, which a `<script integrity>` element can check; `import()` cannot) wrapped in a
 * function, so its top-level `let wasm_bindgen` is not a global name, handing its exports
 * to the loader on the script element that ran it. Minified like the module glue.
 */
export async function classicGlue(source) {
  if (!/\blet wasm_bindgen\b/.test(source) || /^\s*export\b/m.test(source)) {
    throw new Error('the glue is not wasm-bindgen no-modules output (data-bindgen-target="no-modules")');
  }
  const wrapped = `(function () {\n${source}\n;document.currentScript.__smpGlue = wasm_bindgen;\n})();\n`;
  const out = await minify(wrapped, { compress: { passes: 2 }, mangle: true, format: { comments: false } });
  if (!out.code || !out.code.includes('__smpGlue')) throw new Error('minifying the classic glue failed');
  return out.code;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const staging = process.env.TRUNK_STAGING_DIR;
  const relative = process.argv[2];
  if (!staging || !relative) {
    console.error('minify-glue: run as a Trunk post_build hook with the glue path as argument');
    process.exit(1);
  }
  const { before, after } = await minifyGlue(staging, relative);
  console.log(`minify-glue: ${relative} ${before} -> ${after} bytes`);
}
