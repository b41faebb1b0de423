// Minifies a wasm-bindgen glue file (an ES module) in Trunk's staging directory:
// `node scripts/minify-glue.mjs <path inside the staging dir>`, as a post_build hook.
// wasm-bindgen writes readable JS with comments; a phone needs none of that. The widget's
// build (through post-build.mjs) and the benchmark baseline's use this same step, so the
// comparison stays like for like.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { minify } from 'terser';

export async function minifyGlue(path) {
  const source = readFileSync(path, 'utf8');
  // Property names stay (the wasm imports them by name); so do the module's exports.
  const out = await minify(source, { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  if (!out.code || !out.code.includes('export')) {
    throw new Error(`minifying ${path} failed`);
  }
  writeFileSync(path, out.code);
  return { before: source.length, after: out.code.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const staging = process.env.TRUNK_STAGING_DIR;
  const relative = process.argv[2];
  if (!staging || !relative) {
    console.error('minify-glue: run as a Trunk post_build hook with the glue path as argument');
    process.exit(1);
  }
  const { before, after } = await minifyGlue(join(staging, relative));
  console.log(`minify-glue: ${relative} ${before} -> ${after} bytes`);
}
