// The npm package: the built files, a package.json whose CDN fields point at the loader,
// and a README with the snippets for this exact release. `npm pack` makes the tarball;
// it already writes sorted entries with one fixed date, and the staged files get fixed
// modes and dates too, so nothing of the machine or the moment reaches the bytes.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { FILES, ROOT } from './meta.mjs';
import { CDNS, inlineSnippet, popupSnippet } from './snippets.mjs';
import { fill, fileTable } from './text.mjs';

const FIXED_DATE = new Date('2000-01-01T00:00:00Z');

export function packageJson(meta) {
  return {
    name: meta.name,
    version: meta.version,
    description: `${meta.description}: the files public npm CDNs serve, for one <script> tag.`,
    keywords: ['scalp-micropigmentation', 'smp', 'clinic', 'self-assessment', 'cost-estimator', 'widget', 'embed', 'web-component', 'custom-element', 'webassembly', 'yew'],
    homepage: `${meta.repository}#readme`,
    license: meta.license,
    repository: { type: 'git', url: `git+${meta.repository}.git` },
    files: FILES,
    // What jsDelivr and unpkg serve for the bare package URL. The snippet still names
    // loader.js in full: the loader finds its other files beside its own URL.
    jsdelivr: 'loader.js',
    unpkg: 'loader.js',
  };
}

export function packageReadme(meta, files, integrity, rules) {
  const jsdelivr = CDNS.jsdelivr.base(meta.name, meta.version);
  return fill(readFileSync(join(ROOT, 'packaging', 'README.npm.md'), 'utf8'), {
    INLINE_JSDELIVR: inlineSnippet({ base: jsdelivr, integrity, rules }),
    INLINE_UNPKG: inlineSnippet({ base: CDNS.unpkg.base(meta.name, meta.version), integrity, rules }),
    POPUP_JSDELIVR: popupSnippet({ base: jsdelivr, integrity }),
    VERSION: meta.version,
    FILE_TABLE: fileTable(files),
    DOCS_URL: `${meta.repository}/blob/v${meta.version}/EMBEDDING.md`,
    LICENSE: meta.license,
  });
}

/** Stages the package and packs it into `out`; returns the tarball's file name. */
export function npmPack(meta, files, integrity, rules, out) {
  const stage = mkdtempSync(join(tmpdir(), 'smp-release-npm-'));
  try {
    const write = (name, bytes) => {
      const path = join(stage, name);
      writeFileSync(path, bytes);
      chmodSync(path, 0o644);
      utimesSync(path, FIXED_DATE, FIXED_DATE);
    };
    write('package.json', JSON.stringify(packageJson(meta), null, 2) + '\n');
    write('README.md', packageReadme(meta, files, integrity, rules));
    write('LICENSE', readFileSync(join(ROOT, 'LICENSE')));
    for (const file of files) write(file.name, file.bytes);
    utimesSync(stage, FIXED_DATE, FIXED_DATE);
    // Offline and quiet: a local folder needs no registry, and nothing of npm's own
    // (update checks, funding notes) belongs in a release log.
    const json = execFileSync('npm', ['pack', stage, '--json', '--pack-destination', out, '--ignore-scripts', '--offline'], {
      encoding: 'utf8',
      env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', npm_config_loglevel: 'error' },
    });
    return JSON.parse(json)[0].filename;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}
