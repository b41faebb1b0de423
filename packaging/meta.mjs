// What a release is, read from the one place each fact lives: name, version, licence and
// repository from Cargo.toml's [package]; the built files and their hashes from dist/; the
// page's reserving rules from demo/reserve.css.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The files a release ships, as the build names them (dist/smp-widget/v1/). */
export const FILES = ['loader.js', 'smp-widget.js', 'smp-widget_bg.wasm', 'integrity.json'];

/** `[package]` string fields of Cargo.toml (`key = "value"` lines; nothing fancier is used there). */
export function cargoPackage(root = ROOT) {
  const text = readFileSync(join(root, 'Cargo.toml'), 'utf8');
  const section = text.match(/^\[package\]\n([^]*?)(?=^\[)/m)?.[1] ?? '';
  const fields = {};
  for (const [, key, value] of section.matchAll(/^([\w-]+)\s*=\s*"([^"]*)"\s*$/gm)) fields[key] = value;
  for (const key of ['name', 'version', 'description', 'license', 'repository']) {
    if (!fields[key]) throw new Error(`Cargo.toml [package] has no ${key}`);
  }
  if (!/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/.test(fields.version)) throw new Error(`Cargo.toml version ${fields.version} is not semver`);
  return fields;
}

/** The loader's sha384, as the build recorded it: the snippet's `integrity`. */
export function loaderIntegrity(dir) {
  const value = JSON.parse(readFileSync(join(dir, 'integrity.json'), 'utf8'))['loader.js'];
  if (!/^sha384-[A-Za-z0-9+/]{64}$/.test(value ?? '')) throw new Error(`${dir}/integrity.json has no loader.js sha384`);
  return value;
}

/** demo/reserve.css without its comment: the rules a snippet starts with. */
export function reservingRules(root = ROOT) {
  return readFileSync(join(root, 'demo', 'reserve.css'), 'utf8').replace(/\/\*[^]*?\*\/\s*/g, '').trim();
}

/**
 * The CSP source that allows the snippet's inline `<style>` as pasted (its text is a
 * newline, the rules, a newline): `'sha256-…'` for a page's `style-src`.
 */
export function styleHash(root = ROOT) {
  return `'sha256-${createHash('sha256').update(`\n${reservingRules(root)}\n`).digest('base64')}'`;
}
