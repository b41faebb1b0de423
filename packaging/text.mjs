// Text helpers shared by the release's READMEs.
import { brotliCompressSync, constants } from 'node:zlib';

/** Replaces each `{{KEY}}` in `template`; a key left unfilled is a mistake in the template. */
export function fill(template, values) {
  return template.replace(/\{\{([A-Z_]+)\}\}/g, (whole, key) => {
    if (!(key in values)) throw new Error(`no value for ${whole}`);
    return values[key];
  });
}

/** Brotli -q 11 size: about what a visitor downloads from a CDN. */
export const brotliSize = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length;

/** A Markdown table of the shipped files: raw bytes, brotli bytes, integrity. */
export function fileTable(files) {
  const integrity = JSON.parse(files.find((f) => f.name === 'integrity.json').bytes.toString('utf8'));
  return files
    .map((f) => `| \`${f.name}\` | ${f.bytes.length.toLocaleString('en-US')} | ${brotliSize(f.bytes).toLocaleString('en-US')} | ${integrity[f.name] ? `\`${integrity[f.name]}\`` : '—'} |`)
    .join('\n');
}
