// Trunk post_build hook (Trunk.toml): writes smp-widget/v1/release.json — the package name
// and version (Cargo.toml's) of the files beside it — so the configurator can pin its CDN
// snippet to this release (integrity.json has the hashes).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { cargoPackage } from './meta.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('build-info: TRUNK_STAGING_DIR is not set (run through trunk build)');
  process.exit(1);
}
const { name, version } = cargoPackage();
writeFileSync(join(staging, 'smp-widget', 'v1', 'release.json'), JSON.stringify({ name, version }, null, 2) + '\n');
