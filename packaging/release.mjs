// `node packaging/release.mjs [--dist DIR] [--out DIR]` (scripts/release.sh runs it after
// the build): from the built files in DIR/smp-widget/v1/, writes into OUT the npm tarball,
// the self-host zip, the WordPress plugin zip and SHA256SUMS for all three. Same build in,
// same bytes out.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { FILES, ROOT, cargoPackage, loaderIntegrity, reservingRules } from './meta.mjs';
import { npmPack } from './npm.mjs';
import { selfHostZip } from './selfhost.mjs';
import { brotliSize } from './text.mjs';
import { pluginZipName, wordpressZip } from './wordpress.mjs';

/** Writes the release; returns `{ tarball, zip, sums }` (absolute paths) and what it is. */
export function release({ dist = join(ROOT, 'dist'), out = join(ROOT, 'release') } = {}) {
  const meta = cargoPackage();
  const built = join(dist, 'smp-widget', 'v1');
  for (const name of FILES) {
    if (!existsSync(join(built, name))) throw new Error(`${built}/${name} is missing: build first (scripts/build.sh)`);
  }
  const files = FILES.map((name) => ({ name, bytes: readFileSync(join(built, name)) }));
  const integrity = loaderIntegrity(built);
  const rules = reservingRules();

  mkdirSync(out, { recursive: true });
  // Only this package's artefacts go: an older version's files would sit beside the new ones.
  for (const name of readdirSync(out)) {
    if (name === 'SHA256SUMS' || (name.startsWith(`${meta.name}-`) && /\.(tgz|zip)$/.test(name))) rmSync(join(out, name));
  }
  const tarball = npmPack(meta, files, integrity, rules, out);
  const zipName = `${meta.name}-${meta.version}.zip`;
  writeFileSync(join(out, zipName), selfHostZip(meta, files, integrity, rules));
  const pluginName = pluginZipName(meta);
  writeFileSync(join(out, pluginName), wordpressZip(meta, files, rules));
  // The format `sha256sum -c SHA256SUMS` reads.
  const sums = [tarball, zipName, pluginName]
    .map((name) => `${createHash('sha256').update(readFileSync(join(out, name))).digest('hex')}  ${name}\n`)
    .join('');
  writeFileSync(join(out, 'SHA256SUMS'), sums);
  return { meta, files, integrity, tarball: join(out, tarball), zip: join(out, zipName), plugin: join(out, pluginName), sums: join(out, 'SHA256SUMS') };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(ROOT, 'packaging', 'release.mjs')) {
  const { values } = parseArgs({ options: { dist: { type: 'string' }, out: { type: 'string' } } });
  const made = release({ dist: values.dist && resolve(values.dist), out: values.out && resolve(values.out) });
  console.log(`release ${made.meta.name} ${made.meta.version}, loader integrity ${made.integrity}`);
  console.log('package files (raw / brotli bytes):');
  for (const f of made.files) console.log(`  ${f.name.padEnd(20)} ${String(f.bytes.length).padStart(8)} ${String(brotliSize(f.bytes)).padStart(8)}`);
  for (const path of [made.tarball, made.zip, made.plugin, made.sums]) console.log(`wrote ${path} (${readFileSync(path).length} bytes)`);
}
