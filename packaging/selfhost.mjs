// The self-host zip: the files under smp-widget/<version>/, with Apache's rules beside them
// and a README with the others, ready to unzip into a site's root folder. Everything is
// under smp-widget/: nothing of the site's own is overwritten.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { ROOT } from './meta.mjs';
import { inlineSnippet, popupSnippet } from './snippets.mjs';
import { fill } from './text.mjs';
import { zip } from './zip.mjs';

/** Where the snippet in the zip's README says the files are; the marketer puts their site. */
export const SITE_PLACEHOLDER = 'https://YOUR-SITE';

const rule = (name) => readFileSync(join(ROOT, 'packaging', 'selfhost', name), 'utf8');

/**
 * Netlify / Cloudflare Pages rules, per version (a version's files never change). In the
 * README, not a `_headers` file in the zip: unzipped into a site's root, that would
 * overwrite the site's own rules (issue 28), and served from a folder it would be a file.
 */
export function headersLines(version) {
  return `/smp-widget/*
  Access-Control-Allow-Origin: *
/smp-widget/${version}/*
  Cache-Control: public, max-age=31536000, immutable
/smp-widget/${version}/smp-widget_bg.wasm
  Content-Type: application/wasm`;
}

export function selfHostReadme(meta, integrity, rules) {
  const base = `${SITE_PLACEHOLDER}/smp-widget/${meta.version}/`;
  return fill(readFileSync(join(ROOT, 'packaging', 'README.selfhost.md'), 'utf8'), {
    VERSION: meta.version,
    INLINE_SELF: inlineSnippet({ base, integrity, rules }),
    POPUP_SELF: popupSnippet({ base, integrity }),
    NGINX: rule('nginx.conf').trim(),
    HEADERS: headersLines(meta.version),
    DOCS_URL: `${meta.repository}/blob/v${meta.version}/EMBEDDING.md`,
    LICENSE: meta.license,
  });
}

/** The zip's bytes. */
export function selfHostZip(meta, files, integrity, rules) {
  const dir = `smp-widget/${meta.version}/`;
  return zip([
    { name: 'smp-widget/' },
    { name: 'smp-widget/.htaccess', bytes: Buffer.from(rule('htaccess')) },
    { name: 'smp-widget/LICENSE', bytes: readFileSync(join(ROOT, 'LICENSE')) },
    { name: 'smp-widget/README.md', bytes: Buffer.from(selfHostReadme(meta, integrity, rules)) },
    { name: dir },
    ...files.map((f) => ({ name: dir + f.name, bytes: f.bytes })),
  ]);
}
