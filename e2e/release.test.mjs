// Issue 16: a marketer gets the widget without Rust. The release (packaging/release.mjs,
// as scripts/release.sh runs it) is built twice and compared byte for byte; its npm
// package is installed offline into a fresh project and served as a public npm CDN serves
// it, and its self-host zip is unpacked into Debian's Apache with the shipped .htaccess
// and into Debian's nginx with the README's block;
// each time the snippet is read from the shipped README, pasted into a page on another
// origin, and a visitor walks the quiz to an outcome in Chromium.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { FILES, cargoPackage } from '../packaging/meta.mjs';
import { release } from '../packaging/release.mjs';
import { startApache } from './lib/apache.mjs';
import { startNginx } from './lib/nginx.mjs';
import { DIST, ROOT } from './lib/harness.mjs';
import { fetchedFrom, hostPage, serveNpmCdn, servePages, snippetsIn, walkToOutcome } from './lib/release.mjs';
import { startChromium } from './lib/webdriver.mjs';

const sri = (bytes) => 'sha384-' + createHash('sha384').update(bytes).digest('base64');
const quiet = { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] };

describe('release: the npm package and the self-host zip, installed and run', () => {
  const meta = cargoPackage();
  let tmp;
  let made;
  let browser;
  const servers = [];
  let apache;
  let nginx;

  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'smp-release-test-'));
    chmodSync(tmp, 0o755); // Apache's workers (www-data) read the unpacked site in here
    made = release({ dist: DIST, out: join(tmp, 'release') });
    browser = await startChromium({ width: 1280, height: 900 });
  });
  after(async () => {
    await browser?.quit();
    await apache?.stop();
    await nginx?.stop();
    await Promise.all(servers.map((s) => s.close()));
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  /** Pastes `snippet` into a page on 127.0.0.1, walks to an outcome; returns what loaded from `assets`. */
  async function pasteAndWalk(snippet, assets) {
    const pages = await servePages({ page: () => hostPage(snippet) });
    servers.push(pages);
    await browser.goto(`${pages.origin}/host.html`);
    const outcome = await walkToOutcome(browser);
    assert.deepEqual(await browser.run('return window.__hostErrors'), []);
    const lines = (await browser.run('return window.__smpTestLog')).filter((l) => l.text.startsWith('[smp-widget]'));
    assert.deepEqual(lines, [], 'the widget logged a failure');
    assert.equal(await browser.run('return window.__layoutShift'), 0, 'the pasted page jumped');
    return { outcome, fetched: await fetchedFrom(browser, assets) };
  }

  test('reproducible: a second build and release from the same commit are byte-identical', () => {
    // The build again, into another folder (Trunk re-runs wasm-bindgen, wasm-opt and the
    // post-build step; the compiled crate is the same), with its files' dates and modes
    // changed as another checkout's would be.
    const dist2 = join(tmp, 'dist2');
    const build = spawnSync('bash', ['-c', '. scripts/env.sh && trunk build --release --offline --dist "$1" 2>&1', 'build', dist2], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(build.status, 0, `the second build failed:\n${build.stdout.slice(-3000)}`);
    const v1 = join(dist2, 'smp-widget', 'v1');
    for (const name of readdirSync(v1)) utimesSync(join(v1, name), new Date('2031-05-06T07:08:09Z'), new Date('2031-05-06T07:08:09Z'));
    const again = release({ dist: dist2, out: join(tmp, 'release2') });
    for (const key of ['tarball', 'zip', 'sums']) {
      assert.ok(readFileSync(made[key]).equals(readFileSync(again[key])), `${key} differs between two release builds (is dist/ built from this tree? scripts/build.sh)`);
    }
    // No date of the moment inside: tar entries carry npm's fixed date, zip entries 1980-01-01.
    const tar = execFileSync('tar', ['-tvzf', made.tarball], { ...quiet, env: { ...process.env, TZ: 'UTC' } });
    assert.ok(tar.trim().split('\n').every((line) => line.includes(' 1985-10-26 08:15 ')), tar);
    assert.equal(readFileSync(made.tarball).readUInt32LE(4), 0, 'the gzip header carries no time');
    const entries = JSON.parse(execFileSync('python3', ['-c',
      'import json, sys, zipfile; print(json.dumps([[i.filename, list(i.date_time), i.external_attr >> 16] for i in zipfile.ZipFile(sys.argv[1]).infolist()]))',
      made.zip], quiet));
    const names = entries.map((e) => e[0]);
    assert.deepEqual(names, [...names].sort(), 'zip entries are sorted');
    assert.ok(entries.every((e) => e[1].join() === '1980,1,1,0,0,0'), JSON.stringify(entries));
    assert.ok(entries.every((e) => e[2] === (e[0].endsWith('/') ? 0o40755 : 0o100644)), 'fixed modes');
    // SHA256SUMS in the format sha256sum -c reads, for every file: the npm tarball, the
    // self-host zip and the WordPress plugin.
    assert.match(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: join(tmp, 'release'), ...quiet }), /\.tgz: OK\n[^\n]*\.zip: OK\n[^\n]*-wordpress-[^\n]*\.zip: OK\n$/);
  });

  test('npm: installed offline into a fresh project, served as jsDelivr and unpkg serve it, the README snippet runs', async () => {
    const project = join(tmp, 'clinic-site');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), '{ "name": "clinic-site", "private": true }\n');
    // A local tarball with no dependencies needs no registry: --offline proves it.
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', made.tarball], {
      cwd: project, ...quiet, env: { ...process.env, npm_config_update_notifier: 'false' },
    });
    const pkg = join(project, 'node_modules', meta.name);
    const json = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
    assert.equal(json.name, meta.name);
    assert.equal(json.version, meta.version, 'the version is Cargo.toml\'s');
    assert.equal(json.license, 'MIT');
    assert.match(json.repository.url, /^git\+https:\/\//);
    assert.equal(json.jsdelivr, 'loader.js');
    assert.equal(json.unpkg, 'loader.js');
    assert.ok(json.keywords.length >= 5 && json.description);
    assert.deepEqual(readdirSync(pkg).sort(), ['LICENSE', 'README.md', ...FILES, 'package.json'].sort());
    for (const name of FILES) assert.ok(readFileSync(join(pkg, name)).equals(readFileSync(join(DIST, 'smp-widget/v1', name))), `${name} as built`);

    const [jsdelivr, unpkg] = snippetsIn(readFileSync(join(pkg, 'README.md'), 'utf8'));
    const loaderSri = sri(readFileSync(join(pkg, 'loader.js')));
    assert.ok(jsdelivr.includes(`src="https://cdn.jsdelivr.net/npm/${meta.name}@${meta.version}/loader.js"`), jsdelivr);
    assert.ok(unpkg.includes(`src="https://unpkg.com/${meta.name}@${meta.version}/loader.js"`), unpkg);
    for (const s of [jsdelivr, unpkg]) assert.ok(s.includes(`integrity="${loaderSri}"`), 'the README carries the loader\'s exact integrity');

    const cdn = await serveNpmCdn(pkg, meta.name, meta.version);
    servers.push(cdn);
    const npmPath = `/npm/${meta.name}@${meta.version}/`;
    const { outcome, fetched } = await pasteAndWalk(jsdelivr.replaceAll('https://cdn.jsdelivr.net', cdn.origin), cdn.origin);
    assert.match(outcome, /\w/);
    assert.deepEqual(fetched.sort(), ['loader.js', 'smp-widget.js', 'smp-widget_bg.wasm'].map((f) => npmPath + f));
    // The browser ran the loader under the snippet's integrity (a mismatch is refused).
    assert.equal(await browser.run(`return document.querySelector('script[src$="loader.js"]').integrity`), loaderSri);

    // unpkg's layout has no /npm/ segment: the loader finds its files beside itself there too.
    const pages = await servePages({ page: () => hostPage(unpkg.replaceAll('https://unpkg.com', cdn.origin)) });
    servers.push(pages);
    await browser.goto(`${pages.origin}/host.html`);
    await browser.waitFor(`document.querySelector('smp-widget').shadowRoot?.querySelector('.widget .start-button')`, 'the unpkg widget');
    assert.ok((await fetchedFrom(browser, cdn.origin)).includes(`/${meta.name}@${meta.version}/smp-widget_bg.wasm`));
  });

  test('self-host: the zip unpacked into Apache with its .htaccess serves the widget to another origin', async () => {
    const site = join(tmp, 'www');
    // Unpacked by another implementation than the one that wrote it.
    execFileSync('python3', ['-m', 'zipfile', '-e', made.zip, site], quiet);
    const version = join(site, 'smp-widget', meta.version);
    assert.deepEqual(readdirSync(version).sort(), [...FILES].sort());
    for (const name of FILES) assert.ok(readFileSync(join(version, name)).equals(readFileSync(join(DIST, 'smp-widget/v1', name))));
    servedRight(site);
    apache = await startApache(site);
    await checkServer(apache.origin, apache.log, site, { rulesStatus: 403 });
  });

  /**
   * Issue 28: unzipped into a site's root the zip replaces none of the site's own files
   * (its `_headers` above all); a marketer's config-src JSON beside the version folders.
   */
  function servedRight(site) {
    const names = JSON.parse(execFileSync('python3', ['-c', 'import json, sys, zipfile; print(json.dumps(zipfile.ZipFile(sys.argv[1]).namelist()))', made.zip], quiet));
    assert.deepEqual(names.filter((n) => !n.startsWith('smp-widget/')), [], 'everything in the zip is under smp-widget/');
    assert.match(readFileSync(join(site, 'smp-widget', 'README.md'), 'utf8'), /`_headers` file in your root folder[^]*Access-Control-Allow-Origin: \*/);
    writeFileSync(join(site, 'smp-widget', 'clinic-config.json'), '{"clinic": "Our Clinic"}\n');
  }

  /** What a server with the zip's rules must send; then the README's snippet, walked. */
  async function checkServer(origin, log, site, { rulesStatus }) {
    const assets = origin.replace('127.0.0.1', 'localhost');
    const base = `${assets}/smp-widget/${meta.version}/`;
    const version = join(site, 'smp-widget', meta.version);
    const wasm = await fetch(base + 'smp-widget_bg.wasm', { headers: { origin: 'http://127.0.0.1:1' } });
    assert.equal(wasm.status, 200, log());
    assert.equal(wasm.headers.get('content-type'), 'application/wasm');
    assert.equal(wasm.headers.get('access-control-allow-origin'), '*');
    assert.match(wasm.headers.get('cache-control'), /immutable/, 'a version\'s files are cached for good');
    assert.ok(Buffer.from(await wasm.arrayBuffer()).equals(readFileSync(join(version, 'smp-widget_bg.wasm'))));
    const loader = await fetch(base + 'loader.js');
    assert.equal(loader.headers.get('access-control-allow-origin'), '*');
    assert.match(loader.headers.get('content-type'), /^text\/javascript/);
    assert.match(loader.headers.get('cache-control') ?? '', /immutable/);
    // Issue 28: the server's rules are not served; the README and LICENSE come as text;
    // only a version's files are immutable, not a marketer's config file beside them.
    assert.equal((await fetch(`${assets}/smp-widget/.htaccess`)).status, rulesStatus, 'the rules themselves are not served');
    for (const name of ['README.md', 'LICENSE']) {
      const text = await fetch(`${assets}/smp-widget/${name}`);
      assert.equal(text.status, 200, name);
      assert.match(text.headers.get('content-type') ?? '', /^text\/plain; charset=utf-8$/i, `${name} is served as text`);
    }
    const config = await fetch(`${assets}/smp-widget/clinic-config.json`);
    assert.equal(config.status, 200);
    assert.doesNotMatch(config.headers.get('cache-control') ?? '', /immutable/, 'a config file of the marketer\'s may change');

    const [snippet] = snippetsIn(readFileSync(join(site, 'smp-widget', 'README.md'), 'utf8'));
    assert.ok(snippet.includes(`integrity="${sri(readFileSync(join(version, 'loader.js')))}"`));
    const { fetched } = await pasteAndWalk(snippet.replaceAll('https://YOUR-SITE', assets), assets);
    assert.deepEqual(fetched.sort(), ['loader.js', 'smp-widget.js', 'smp-widget_bg.wasm'].map((f) => `/smp-widget/${meta.version}/${f}`));
  }

  test('self-host: the zip unpacked into Debian\'s nginx with the README\'s block serves the widget to another origin', async () => {
    const site = join(tmp, 'www-nginx');
    execFileSync('python3', ['-m', 'zipfile', '-e', made.zip, site], quiet);
    servedRight(site);
    const block = readFileSync(join(site, 'smp-widget', 'README.md'), 'utf8').match(/```nginx\n([^]*?)```/)[1];
    nginx = await startNginx(site, block);
    await checkServer(nginx.origin, nginx.log, site, { rulesStatus: 404 });
  });

  test('WordPress: the plugin zip packs only the files git tracks in wordpress/', () => {
    // Something a developer's machine leaves in the folder: never shipped.
    const stray = join(ROOT, 'wordpress', 'includes', 'debug-issue-28.log');
    writeFileSync(stray, 'PHP Notice: a local log\n');
    try {
      const again = release({ dist: DIST, out: join(tmp, 'release-stray') });
      const names = JSON.parse(execFileSync('python3', ['-c', 'import json, sys, zipfile; print(json.dumps(zipfile.ZipFile(sys.argv[1]).namelist()))', again.plugin], quiet));
      assert.ok(names.includes('smp-widget/includes/render.php'), names.join(' '));
      assert.deepEqual(names.filter((n) => n.includes('debug-issue-28')), []);
    } finally {
      rmSync(stray, { force: true });
    }
  });
});
