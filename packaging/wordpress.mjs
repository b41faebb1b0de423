// The WordPress plugin zip: the files git tracks in wordpress/, under smp-widget/ (the plugin's folder
// name), with the release's version written into its header, the widget's built files under
// widget/<version>/ (so the site serves them itself), Apache's rules for them
// (packaging/selfhost/htaccess, the self-host zip's), and the page's reserving rules
// (demo/reserve.css). Reproducible as the other zip: same inputs, same bytes.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { ROOT } from './meta.mjs';
import { zip } from './zip.mjs';

/** The plugin's source folder. */
export const PLUGIN_SOURCE = join(ROOT, 'wordpress');
/** The folder the plugin unzips to: its slug. */
export const PLUGIN_SLUG = 'smp-widget';
/** The version the source carries until a release writes the real one. */
const DEV_VERSION = '0.0.0-dev';
/** Files whose DEV_VERSION the release replaces (and must find). */
const VERSIONED = ['smp-widget.php', 'readme.txt'];

export const pluginZipName = (meta) => `${meta.name}-wordpress-${meta.version}.zip`;

/**
 * The plugin's files git tracks, as paths relative to wordpress/ with `/`, sorted: an
 * editor's backup, a local log or anything else lying in the folder never ships (issue 28).
 */
function trackedFiles() {
  let listed;
  try {
    listed = execFileSync('git', ['ls-files', '-z', '--', 'wordpress'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    throw new Error(`the WordPress zip packs the files git tracks, and git could not list them (${error.message.split('\n')[0]}): release from a git checkout`);
  }
  const files = listed.split('\0').filter(Boolean).map((path) => path.slice('wordpress/'.length));
  if (files.length === 0) throw new Error('git tracks no file under wordpress/');
  return files.sort();
}

/** The plugin's entries (relative to its folder) and their bytes. */
export function pluginFiles(meta, files, rules) {
  const entries = new Map();
  for (const path of trackedFiles()) {
    let bytes = readFileSync(join(PLUGIN_SOURCE, path));
    if (VERSIONED.includes(path)) {
      const text = bytes.toString('utf8');
      if (!text.includes(DEV_VERSION)) throw new Error(`wordpress/${path} has no ${DEV_VERSION} for the release to replace`);
      bytes = Buffer.from(text.replaceAll(DEV_VERSION, meta.version));
    }
    entries.set(path, bytes);
  }
  const generated = {
    LICENSE: readFileSync(join(ROOT, 'LICENSE')),
    'assets/reserve.css': Buffer.from(`/* The widget's box-reserving rules (demo/reserve.css): printed into <head> on pages with a widget. */\n${rules}\n`),
    'widget/.htaccess': readFileSync(join(ROOT, 'packaging', 'selfhost', 'htaccess')),
    [`widget/${meta.version}/release.json`]: Buffer.from(`${JSON.stringify({ name: meta.name, version: meta.version }, null, 2)}\n`),
  };
  for (const f of files) generated[`widget/${meta.version}/${f.name}`] = f.bytes;
  for (const [path, bytes] of Object.entries(generated)) {
    if (entries.has(path)) throw new Error(`wordpress/${path} would be overwritten by the release`);
    entries.set(path, bytes);
  }
  return entries;
}

/** The plugin zip's bytes: every file under smp-widget/, each folder listed. */
export function wordpressZip(meta, files, rules) {
  const entries = pluginFiles(meta, files, rules);
  const folders = new Set([`${PLUGIN_SLUG}/`]);
  for (const path of entries.keys()) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) folders.add(`${PLUGIN_SLUG}/${parts.slice(0, i).join('/')}/`);
  }
  return zip([
    ...[...folders].map((name) => ({ name })),
    ...[...entries].map(([path, bytes]) => ({ name: `${PLUGIN_SLUG}/${path}`, bytes })),
  ]);
}
