// The self-host zip: the files under smp-widget/<version>/, with the server rules beside
// them, ready to unzip into a site's root folder.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { ROOT } from './meta.mjs';
import { inlineSnippet, popupSnippet } from './snippets.mjs';
import { fill } from './text.mjs';
import { zip } from './zip.mjs';

/** Where the snippet in the zip's README says the files are; the marketer puts their site. */
export const SITE_PLACEHOLDER = 'https://YOUR-SITE';

const rule = (name) => readFileSync(join(ROOT, 'packaging', 'selfhost', name), 'utf8');

/** Netlify / Cloudflare Pages rules; per version, since a version's files never change. */
export function headersFile(version) {
  return `# Netlify and Cloudflare Pages read this file from the site's root folder (merge these
# lines into yours if you have one): the headers the SMP widget's files need.
/smp-widget/*
  Access-Control-Allow-Origin: *
/smp-widget/${version}/*
  Cache-Control: public, max-age=31536000, immutable
/smp-widget/${version}/smp-widget_bg.wasm
  Content-Type: application/wasm
`;
}

export function selfHostReadme(meta, integrity, rules) {
  const base = `${SITE_PLACEHOLDER}/smp-widget/${meta.version}/`;
  return fill(readFileSync(join(ROOT, 'packaging', 'README.selfhost.md'), 'utf8'), {
    VERSION: meta.version,
    INLINE_SELF: inlineSnippet({ base, integrity, rules }),
    POPUP_SELF: popupSnippet({ base, integrity }),
    NGINX: rule('nginx.conf').trim(),
    DOCS_URL: `${meta.repository}/blob/v${meta.version}/EMBEDDING.md`,
    LICENSE: meta.license,
  });
}

/** The zip's bytes. */
export function selfHostZip(meta, files, integrity, rules) {
  const dir = `smp-widget/${meta.version}/`;
  return zip([
    { name: '_headers', bytes: Buffer.from(headersFile(meta.version)) },
    { name: 'smp-widget/' },
    { name: 'smp-widget/.htaccess', bytes: Buffer.from(rule('htaccess')) },
    { name: 'smp-widget/LICENSE', bytes: readFileSync(join(ROOT, 'LICENSE')) },
    { name: 'smp-widget/README.md', bytes: Buffer.from(selfHostReadme(meta, integrity, rules)) },
    { name: dir },
    ...files.map((f) => ({ name: dir + f.name, bytes: f.bytes })),
  ]);
}
