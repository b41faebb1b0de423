// Issue 17: the WordPress plugin, in a real WordPress. The release's plugin zip
// (packaging/wordpress.mjs, written by packaging/release.mjs) is uploaded through Plugins →
// Add New in Debian's WordPress 6.1 with its default theme, MariaDB and Apache with mod_php
// on a loopback port (lib/wordpress.mjs), and used in Chromium as a clinic's marketer, an
// Author without unfiltered_html, a visitor and an attacker would. Everything is stopped and
// deleted afterwards, whatever the result.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { FILES, cargoPackage, reservingRules } from '../packaging/meta.mjs';
import { release } from '../packaging/release.mjs';
import { PLUGIN_SOURCE, pluginZipName, wordpressZip } from '../packaging/wordpress.mjs';
import { DIST, ROOT, shadow } from './lib/harness.mjs';
import { atWidth } from './lib/paste.mjs';
import { walkToOutcome } from './lib/release.mjs';
import { startChromium } from './lib/webdriver.mjs';
import { USERS, fullPageScreenshot, logIn, logOut, oldRequest, startWordPress, storedRequests, type } from './lib/wordpress.mjs';

const SHOTS = process.env.SMP_WP_SHOTS ?? '/tmp/wp-shots';
const quiet = { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] };
const root = shadow();
const PLUGIN = 'smp-widget/smp-widget.php';
const ROUTE = '/index.php/wp-json/smp-widget/v1/requests';
const CLINIC = {
  clinic: 'Desert Skin Studio',
  phone: '760.501.0080',
  'booking-url': 'https://desertskin.example/book?from=quiz&x=1',
  city: 'Indio, CA',
  'clinic-price': '2500-4000',
  'payment-months': '24',
  'payment-apr': '9.9',
  'brand-color': '#0b5c66',
};

/** Every .php file under `dir`. */
const phpFiles = (dir) => readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.php')).map((f) => join(dir, f));

describe('WordPress: the plugin zip installed in a real WordPress, used as a marketer, an author, a visitor and an attacker would', () => {
  const meta = cargoPackage();
  let tmp;
  let made;
  let site;
  let browser;
  let blockPage; // the Author's post with the block
  let popupPage;
  const timings = {};

  before(async () => {
    const start = Date.now();
    tmp = mkdtempSync(join(tmpdir(), 'smp-wordpress-test-'));
    process.once('exit', () => rmSync(tmp, { recursive: true, force: true })); // also if interrupted
    made = release({ dist: DIST, out: join(tmp, 'release') });
    site = await startWordPress({ title: 'Desert Skin Studio' });
    browser = await startChromium({ width: 1280, height: 900 });
    mkdirSync(SHOTS, { recursive: true });
    timings.start = start;
    timings.setup = Date.now() - start;
  });
  after(async () => {
    await browser?.quit();
    await site?.stop();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
    if (timings.setup) {
      console.log(`# WordPress: setup (release zip, MariaDB, Apache, WordPress, Chromium) ${(timings.setup / 1000).toFixed(1)} s, all ${((Date.now() - timings.start) / 1000).toFixed(1)} s`);
    }
  });

  /** The page as a visitor's browser gets it (no cookies). */
  const fetchPage = async (path) => (await fetch(site.origin + path)).text();
  /** Waits for every widget on the page to have started. */
  const widgetsReady = () => browser.waitFor(
    `[...document.querySelectorAll('smp-widget')].every((e) => e.getAttribute('mode') === 'popup' ? e.shadowRoot?.querySelector('.smp-launcher') : e.getAttribute('data-state') === 'ready')
     && document.querySelectorAll('smp-widget').length > 0`,
    'every widget started',
  );
  /** The widget's own console lines on this page (the mu-plugin's test hooks record them). */
  const widgetLines = async () => (await browser.run('return window.__smpTestLog || []')).filter((l) => l.text.startsWith('[smp-widget]')).map((l) => l.text);
  /** Sends a contact request as a script would, with `origin` (null: none). */
  const post = (body, { origin = site.origin, type: contentType = 'application/json' } = {}) => fetch(site.origin + ROUTE, {
    method: 'POST',
    headers: { 'content-type': contentType, ...(origin ? { origin } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const resetRateLimit = () => site.php(`global $wpdb; return $wpdb->query("DELETE FROM {$wpdb->options} WHERE option_name LIKE '%smp_widget_count_%'");`);
  const requests = () => storedRequests(site);
  /** Waits until no widget is fading in, so a screenshot shows it as a visitor reads it. */
  const settled = () => browser.waitFor(`[...document.querySelectorAll('smp-widget')].every((e) => !e.shadowRoot || e.shadowRoot.getAnimations().every((a) => a.playState !== 'running'))`, 'the widget settled');
  /** A full-page screenshot from the top, where the admin's fixed bar and menu belong. */
  const fullPage = async () => {
    await browser.run('window.scrollTo(0, 0)');
    await settled();
    return fullPageScreenshot(browser);
  };
  const shot = async (name, png) => {
    const path = join(SHOTS, name);
    writeFileSync(path, png);
    console.log(`# screenshot ${path}`);
  };

  /** The plugin zip unpacked (by another implementation than the one that wrote it). */
  const unpackedPlugin = () => {
    const dir = join(tmp, 'unpacked');
    if (!existsSync(dir)) execFileSync('python3', ['-m', 'zipfile', '-e', made.plugin, dir], quiet);
    return join(dir, 'smp-widget');
  };

  test('php -l: every PHP file of the plugin, as in the zip', () => {
    const unpacked = unpackedPlugin();
    const files = phpFiles(unpacked);
    assert.deepEqual(files.map((f) => relative(unpacked, f)).sort(), phpFiles(PLUGIN_SOURCE).map((f) => relative(PLUGIN_SOURCE, f)).sort());
    for (const file of files) assert.match(execFileSync('php', ['-l', file], quiet), /No syntax errors/, file);
    // Each file refuses to run when requested directly, outside WordPress.
    for (const file of files) assert.match(readFileSync(file, 'utf8'), /defined\( '(ABSPATH|WP_UNINSTALL_PLUGIN)' \) \|\| exit;/, file);
  });

  test('the release writes the plugin zip: one folder, the widget\'s files as built, the version, the same bytes twice', () => {
    assert.equal(made.plugin, join(tmp, 'release', pluginZipName(meta)));
    assert.match(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: join(tmp, 'release'), ...quiet }), new RegExp(`${pluginZipName(meta).replaceAll('.', '\\.')}: OK`));
    const entries = JSON.parse(execFileSync('python3', ['-c',
      'import json, sys, zipfile; print(json.dumps([[i.filename, list(i.date_time)] for i in zipfile.ZipFile(sys.argv[1]).infolist()]))',
      made.plugin], quiet));
    assert.ok(entries.every(([name]) => name.startsWith('smp-widget/')), 'one top-level folder, the plugin\'s slug');
    assert.ok(entries.every(([, date]) => date.join() === '1980,1,1,0,0,0'), 'no date of the moment');
    const names = entries.map(([name]) => name);
    for (const name of [...FILES, 'release.json']) assert.ok(names.includes(`smp-widget/widget/${meta.version}/${name}`), name);
    for (const name of ['smp-widget.php', 'uninstall.php', 'readme.txt', 'LICENSE', 'block/block.json', 'block/editor.js', 'widget/.htaccess', 'assets/reserve.css']) {
      assert.ok(names.includes(`smp-widget/${name}`), name);
    }
    const unpacked = unpackedPlugin();
    for (const { name, bytes } of made.files) assert.ok(readFileSync(join(unpacked, 'widget', meta.version, name)).equals(bytes), `${name} as built`);
    const header = readFileSync(join(unpacked, 'smp-widget.php'), 'utf8');
    assert.match(header, new RegExp(`^ \\* Version: +${meta.version.replaceAll('.', '\\.')}$`, 'm'));
    assert.match(header, /^ \* Requires at least: +6\.1$/m);
    assert.match(header, /^ \* Requires PHP: +8\.2$/m);
    assert.ok(header.includes(`const VERSION = '${meta.version}';`));
    assert.match(readFileSync(join(unpacked, 'readme.txt'), 'utf8'), new RegExp(`^Stable tag: ${meta.version.replaceAll('.', '\\.')}$`, 'm'));
    assert.ok(readFileSync(join(unpacked, 'assets', 'reserve.css'), 'utf8').includes(reservingRules()), 'demo/reserve.css\'s rules');
    // Reproducible: the same inputs give the same bytes.
    assert.ok(wordpressZip(meta, made.files, reservingRules()).equals(readFileSync(made.plugin)));
  });

  test('installs from the zip through Plugins → Add New → Upload Plugin, and activates', async () => {
    await logIn(browser, site, USERS.admin);
    await browser.goto(`${site.origin}/wp-admin/plugin-install.php?tab=upload`);
    const input = await browser.find('#pluginzip');
    await browser.cmd('POST', `/element/${input}/value`, { text: made.plugin });
    await browser.click(await browser.find('#install-plugin-submit'));
    await browser.waitFor(`document.body.textContent.includes('Plugin installed successfully.')`, 'the plugin installed');
    await browser.click(await browser.find('a.button-primary[href*="action=activate"]'));
    await browser.waitFor(`document.querySelector('tr.active[data-plugin="${PLUGIN}"]')`, 'the plugin active');
    const installed = join(site.content, 'plugins', 'smp-widget');
    assert.ok(existsSync(join(installed, 'widget', '.htaccess')), 'the .htaccess came with it');
    assert.deepEqual(readdirSync(join(installed, 'widget', meta.version)).sort(), [...FILES, 'release.json'].sort());
    assert.equal(await browser.run(`return document.querySelector('tr[data-plugin="${PLUGIN}"] .plugin-title strong').textContent`), 'SMP self-assessment');
    // Activation scheduled the daily retention run and stored the defaults.
    assert.deepEqual(site.php(`return array(wp_get_schedule('smp_widget_purge_requests'), get_option('smp_widget_settings')['leads']);`), ['daily', 'wordpress']);
  });

  test('Settings → SMP widget: saved through the real form; the live preview shows the widget\'s own warnings', async () => {
    await browser.goto(`${site.origin}/wp-admin/options-general.php?page=smp-widget`);
    for (const [attribute, value] of Object.entries(CLINIC)) await type(browser, `#smp-widget-${attribute}`, value);
    await type(browser, '#smp-widget-notify-email', 'frontdesk@clinic.test');
    await browser.click(await browser.find('#smp-widget-lang option[value="en"]'));
    await browser.click(await browser.find('#smp-widget-data-layer'));
    await browser.click(await browser.find('#submit'));
    await browser.waitFor(`document.querySelector('#setting-error-settings_updated')`, 'Settings saved.');
    const saved = site.php(`return get_option('smp_widget_settings');`);
    assert.equal(saved.clinic, CLINIC.clinic);
    assert.equal(saved.booking_url, CLINIC['booking-url']);
    assert.equal(saved.data_layer, true);
    assert.equal(saved.notify_email, 'frontdesk@clinic.test');

    // The preview is the widget with these settings, and it accepts every value.
    await browser.waitFor(`document.querySelector('#smp-widget-preview')?.getAttribute('data-state') === 'ready'`, 'the preview');
    for (const [attribute, value] of Object.entries(CLINIC)) {
      assert.equal(await browser.run(`return document.querySelector('#smp-widget-preview').getAttribute(arguments[0])`, attribute), value, attribute);
    }
    assert.equal(await browser.run(`return document.querySelectorAll('#smp-widget-warnings li').length`), 0, 'no warnings for good values');
    await shot('settings.png', await fullPage());

    // Typed, not saved: the preview follows, and the widget's refusal shows beside it.
    await type(browser, '#smp-widget-phone', 'call us');
    await type(browser, '#smp-widget-brand-color', 'yellow-ish');
    const said = await browser.waitFor(
      `(() => { const t = [...document.querySelectorAll('#smp-widget-warnings li')].map((li) => li.textContent); return t.some((l) => l.includes('phone')) && t.some((l) => l.includes('brand-color')) && t; })()`,
      'the widget\'s warnings about phone and brand-color',
    );
    assert.ok(said.every((line) => !line.startsWith('[smp-widget]')), said.join('\n'));
    assert.equal(await browser.run(`return document.querySelector('#smp-widget-preview').getAttribute('phone')`), 'call us');
    await shot('settings-warnings.png', await fullPage());
    assert.equal(site.php(`return get_option('smp_widget_settings')['phone'];`), CLINIC.phone, 'nothing saved without Save');
  });

  test('an Author without unfiltered_html adds the block from the inserter and publishes; the saved post keeps it', async () => {
    assert.deepEqual(site.php(`$u = get_user_by('login', '${USERS.author.login}'); return array($u->roles, user_can($u, 'unfiltered_html'));`), [['author'], false]);
    // Without the plugin, this user's paste of EMBEDDING.md's snippet loses the widget on save.
    const snippet = readFileSync(join(ROOT, 'EMBEDDING.md'), 'utf8').match(/```html\n([^]*?)```/)[1];
    const stripped = site.php(`
      $id = wp_insert_post(wp_slash(array('post_title' => 'Pasted snippet', 'post_status' => 'publish', 'post_content' => "<!-- wp:html -->\\n" . ${JSON.stringify(snippet)} . "<!-- /wp:html -->")));
      return get_post($id)->post_content;`, { user: USERS.author.login });
    assert.ok(!stripped.includes('<smp-widget') && !stripped.includes('<script'), 'kses strips the pasted widget for an Author');

    await logIn(browser, site, USERS.author);
    await browser.goto(`${site.origin}/wp-admin/post-new.php`);
    await browser.waitFor(`window.wp?.data?.select('core/editor')?.getCurrentPostId() && document.querySelector('.edit-post-header-toolbar__inserter-toggle')`, 'the block editor');
    await browser.run(`const p = wp.data.select('core/preferences'); if (p?.get('core/edit-post', 'welcomeGuide')) wp.data.dispatch('core/preferences').set('core/edit-post', 'welcomeGuide', false);`);
    await browser.run(`wp.data.dispatch('core/editor').editPost({ title: 'Is SMP right for you?' });`);
    // As a person would: the inserter, a search, the block.
    await browser.click(await browser.find('.edit-post-header-toolbar__inserter-toggle'));
    await browser.waitFor(`document.querySelector('.block-editor-inserter__search input')`, 'the inserter');
    await type(browser, '.block-editor-inserter__search input', 'SMP');
    await browser.waitFor(
      `(() => { const item = [...document.querySelectorAll('.block-editor-block-types-list__item')].find((b) => b.textContent.includes('SMP self-assessment')); if (item) item.setAttribute('data-e2e', ''); return item; })()`,
      'the block in the inserter',
    );
    await browser.click(await browser.find('[data-e2e]'));
    await browser.waitFor(`wp.data.select('core/block-editor').getBlocks().some((b) => b.name === 'smp-widget/assessment')`, 'the block inserted');
    // Its settings panel (the sidebar the inserter closed): this widget's city.
    await browser.click(await browser.find('.edit-post-header-toolbar__inserter-toggle'));
    await browser.run(`wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block')`);
    await browser.waitFor(
      `(() => { const label = [...document.querySelectorAll('.block-editor-block-inspector label')].find((l) => l.textContent === 'City'); if (label) document.getElementById(label.htmlFor).setAttribute('data-e2e-city', ''); return label; })()`,
      'the block\'s settings panel',
    );
    await type(browser, '[data-e2e-city]', 'Palm Springs, CA');
    // The server renders the real widget into the editor.
    // The editor is the heaviest page here: more time than elsewhere on a busy machine.
    await browser.waitFor(`(() => { const w = document.querySelector('.wp-block-smp-widget-assessment smp-widget[city="Palm Springs, CA"]'); return w && w.getAttribute('data-state') === 'ready'; })()`, 'the widget in the editor', 60000);
    await settled();
    await shot('editor.png', await browser.screenshot());

    await browser.run(`wp.data.dispatch('core/editor').editPost({ status: 'publish' }); wp.data.dispatch('core/editor').savePost();`);
    await browser.waitFor(`!wp.data.select('core/editor').isSavingPost() && wp.data.select('core/editor').getCurrentPost().status === 'publish'`, 'published');
    blockPage = await browser.run(`return wp.data.select('core/editor').getCurrentPost().link`);
    const saved = site.php(`return get_post(url_to_postid(${JSON.stringify(blockPage)}))->post_content;`);
    assert.ok(saved.includes('<!-- wp:smp-widget/assessment {"city":"Palm Springs, CA"} /-->'), saved);
    assert.ok(!saved.includes('<smp-widget') && !saved.includes('<script'), 'only the block comment is stored');
  });

  test('a visitor on the block page: the widget with the settings, loaded from the site itself, async with integrity; a quiz walk reaches an outcome', async () => {
    await logOut(browser);
    await browser.goto(blockPage);
    await widgetsReady();
    const attributes = await browser.run(`const e = document.querySelector('smp-widget'); return Object.fromEntries([...e.attributes].map((a) => [a.name, a.value]))`);
    assert.deepEqual({ ...attributes, class: undefined, 'data-state': undefined }, {
      ...CLINIC,
      city: 'Palm Springs, CA', // the block's override of the site's Indio, CA
      lang: 'en',
      'data-layer': 'true',
      'lead-url': site.origin + ROUTE,
      class: undefined,
      'data-state': undefined,
    });
    assert.equal(await browser.run(`return document.querySelector('smp-widget a[href^="tel:"]').getAttribute('href')`), 'tel:7605010080', 'the fallback call link');
    // The loader: once, async, with the release's integrity, from this site's plugin folder.
    const loaders = await browser.run(`return [...document.querySelectorAll('script[src*="loader.js"]')].map((s) => ({ src: s.src, async: s.async, integrity: s.integrity, crossOrigin: s.crossOrigin, inHead: s.parentNode === document.head }))`);
    assert.deepEqual(loaders, [{
      src: `${site.origin}/wp-content/plugins/smp-widget/widget/${meta.version}/loader.js`,
      async: true, integrity: made.integrity, crossOrigin: 'anonymous', inHead: true,
    }]);
    // The reserving rules in <head>.
    assert.equal(await browser.run(`return document.head.querySelector('style#smp-widget-reserve-inline-css')?.textContent.trim()`), reservingRules());
    // Every file from the site's own origin: no third party.
    assert.deepEqual(await browser.run(`return performance.getEntriesByType('resource').map((e) => new URL(e.name).origin).filter((o) => o !== location.origin)`), []);
    const outcome = await walkToOutcome(browser);
    assert.match(outcome, /\w/);
    assert.deepEqual(await widgetLines(), [], 'the widget accepted every setting');
    assert.deepEqual(await browser.run('return window.__hostErrors'), []);
    assert.match(await browser.run(`return ${root}.querySelector('.consent').textContent`), /Desert Skin Studio.*127\.0\.0\.1/s, 'the consent names the clinic and the receiving host');
    // A visitor who sent nothing left nothing.
    assert.deepEqual(await requests(), []);
    assert.deepEqual(site.php(`global $wpdb; return $wpdb->get_col("SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE '%smp%' ORDER BY option_name");`), ['smp_widget_activated_at', 'smp_widget_purge_last_run', 'smp_widget_settings']);
  });

  test('Apache serves the .wasm as application/wasm through the plugin\'s .htaccess (its own types list has no wasm)', async () => {
    assert.doesNotMatch(readFileSync(join(site.dir, 'apache', 'mime.types'), 'utf8'), /\swasm\s*$/m);
    const base = `${site.origin}/wp-content/plugins/smp-widget/widget/`;
    const wasm = await fetch(`${base}${meta.version}/smp-widget_bg.wasm`);
    assert.equal(wasm.status, 200);
    assert.equal(wasm.headers.get('content-type'), 'application/wasm');
    assert.match(wasm.headers.get('cache-control'), /immutable/);
    assert.ok(Buffer.from(await wasm.arrayBuffer()).equals(made.files.find((f) => f.name === 'smp-widget_bg.wasm').bytes));
    assert.equal((await fetch(`${base}.htaccess`)).status, 403);
  });

  test('CLS of the block page is 0 on a 375 px phone and at 1280 px, on a slow connection (loader after first paint)', async () => {
    const cdp = (cmd, params = {}) => browser.cmd('POST', '/goog/cdp/execute', { cmd, params });
    const measured = {};
    await cdp('Network.enable');
    try {
      // The bench's slow phone connection: 150 ms RTT, 1.6 Mbps.
      await cdp('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 200000, uploadThroughput: 93750 });
      await cdp('Network.setCacheDisabled', { cacheDisabled: true });
      for (const width of [375, 1280]) {
        await atWidth(browser, width, async () => {
          await browser.goto(blockPage);
          await widgetsReady();
          await browser.frames();
          measured[width] = await browser.run('return window.__layoutShift');
          // A phone's screen-tall box pushes the footer out of view, which Chromium does not
          // count as a shift: the footer must also be where it was first painted.
          const [painted, now] = await browser.run(`return [window.__footerAtPaint, document.querySelector('footer').getBoundingClientRect().top + scrollY]`);
          assert.equal(now, painted, `at ${width} px the footer moved from ${painted} px to ${now} px`);
          const [box, filled] = await browser.run(`const e = document.querySelector('smp-widget'); return [e.getBoundingClientRect().height, e.shadowRoot.querySelector('.widget').getBoundingClientRect().height]`);
          assert.ok(Math.abs(box - filled) <= 1, `at ${width} px the widget fills ${filled} px of its ${box} px box`);
          assert.ok(await browser.run(`return performance.getEntriesByType('paint').length > 0 && performance.getEntriesByName(document.querySelector('script[src*="loader.js"]').src)[0].responseEnd > performance.getEntriesByType('paint')[0].startTime`), `at ${width} px the loader arrived after the first paint`);
        });
      }
    } finally {
      await cdp('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
      await cdp('Network.setCacheDisabled', { cacheDisabled: false });
    }
    console.log(`# CLS of the block page: ${measured[375]} at 375 px, ${measured[1280]} at 1280 px`);
    assert.deepEqual(measured, { 375: 0, 1280: 0 });
  });

  test('a contact request from the widget lands in the admin list and in a captured mail', async () => {
    await logOut(browser);
    await browser.goto(blockPage);
    await walkToOutcome(browser);
    for (const [selector, text] of [['#smp-lead-name', 'Ana Ruiz'], ['#smp-lead-contact', 'ana@example.com']]) {
      const input = await browser.findInShadow('smp-widget', selector);
      await browser.cmd('POST', `/element/${input}/value`, { text });
    }
    await browser.clickInShadow('smp-widget', '.lead-form h3');
    await browser.clickInShadow('smp-widget', '.consent-box');
    await browser.clickInShadow('smp-widget', '.include-box');
    await browser.waitFor(`${root}.querySelector('.lead-preview')`, 'the list of what is sent');
    // Each item exactly as sent (the preview shows it in the visitor's language).
    const shown = await browser.run(`return [...${root}.querySelectorAll('.lead-preview li')].map((li) => li.dataset.sent)`);
    await browser.clickInShadow('smp-widget', '.lead-send');
    await browser.waitFor(`${root}.querySelector('.lead-status').textContent.includes('Thank you')`, 'the thank-you');

    const [stored] = await requests();
    assert.deepEqual({ ...stored, id: undefined, date: undefined }, {
      id: undefined, date: undefined, name: 'Ana Ruiz', contact: 'ana@example.com', lang: 'en-US', outcome: shown[0], answers: shown.slice(1), mail: 'sent', forward: '',
    });
    assert.equal(site.php(`return get_post(${stored.id})->post_status;`), 'private');
    const [mail] = site.mails().filter((m) => m.subject.includes('Ana Ruiz'));
    assert.equal(mail.to, 'frontdesk@clinic.test');
    assert.equal(mail.subject, '[Desert Skin Studio] Contact request from Ana Ruiz');
    for (const line of ['Name: Ana Ruiz', 'Phone or email: ana@example.com', 'Language: en-US', `Answers: ${shown.slice(1).join('; ')}`, '/wp-admin/admin.php?page=smp-widget-requests']) {
      assert.ok(mail.message.includes(line), `${line} in:\n${mail.message}`);
    }

    // Private: not in the REST API, not queryable, not searchable.
    for (const path of ['/index.php/wp-json/wp/v2/smp_lead', `/?post_type=smp_lead&p=${stored.id}`, `/?p=${stored.id}`, '/?s=Ruiz', '/index.php/wp-json/wp/v2/search?search=Ruiz', '/index.php/wp-json/wp/v2/types']) {
      const body = await fetchPage(path);
      assert.ok(!body.includes('Ana Ruiz') && !body.includes('ana@example.com') && !body.includes('smp_lead'), `${path} shows nothing of the request`);
    }

    await logIn(browser, site, USERS.admin);
    await browser.goto(`${site.origin}/wp-admin/admin.php?page=smp-widget-requests`);
    const row = await browser.run(`const r = document.querySelector('.smp-widget-request'); return { name: r.querySelector('.smp-request-name').textContent, contact: r.querySelector('.smp-request-contact a').getAttribute('href'), result: r.querySelector('.smp-request-result').textContent }`);
    assert.equal(row.name, 'Ana Ruiz');
    assert.equal(row.contact, 'mailto:ana@example.com');
    for (const answer of shown.slice(1)) assert.ok(row.result.includes(answer), answer);
    await shot('requests.png', await fullPage());
  });

  test('hostile settings: script tags in the clinic name and a javascript: booking link are refused with a clear notice, and nothing is unescaped', async () => {
    try {
      await logIn(browser, site, USERS.admin);
      await browser.goto(`${site.origin}/wp-admin/options-general.php?page=smp-widget`);
      await type(browser, '#smp-widget-clinic', '<script>alert(1)</script>Desert <img src=x onerror=alert(2)> Skin "Studio" & Co\'s');
      await type(browser, '#smp-widget-booking-url', 'javascript:alert(1)');
      await browser.click(await browser.find('#submit'));
      await browser.waitFor(`document.querySelector('#setting-error-smp-widget-booking_url')`, 'the booking link refused');
      const notices = await browser.run(`return ['clinic', 'booking_url'].map((k) => document.querySelector('#setting-error-smp-widget-' + k)?.textContent.trim())`);
      assert.match(notices[0], /Clinic name: HTML tags and line breaks are not allowed, so they were removed\. Saved: "Desert Skin "Studio" & Co's"\./);
      assert.match(notices[1], /Booking link: only an https:\/\/ address is accepted, so "javascript:alert\(1\)" was not saved\./);
      assert.equal(await browser.run(`return document.querySelectorAll('img[src="x"], .wrap script:not([src])').length`), 0);
      assert.equal(await browser.run(`return document.querySelector('#smp-widget-booking-url').value`), CLINIC['booking-url'], 'the saved link is kept');
      // Other schemes and tricks, through the same sanitising callback.
      const kept = site.php(`return array_map(fn($u) => \\SmpWidget\\sanitize_settings(array_merge(get_option('smp_widget_settings'), array('booking_url' => $u)))['booking_url'],
        array('http://desertskin.example/book', ' JaVaScRiPt:alert(1)', '//evil.example/x', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'java\tscript:alert(1)'));`);
      assert.deepEqual(kept, Array(6).fill(CLINIC['booking-url']));

      await logOut(browser);
      await browser.goto(blockPage);
      await widgetsReady();
      const html = await fetchPage(new URL(blockPage).pathname);
      assert.ok(html.includes('clinic="Desert Skin &quot;Studio&quot; &amp; Co&#039;s"'), 'the attribute is escaped');
      assert.ok(!/<img src=x|alert\(/.test(html), 'nothing of the markup reaches the page');
      assert.equal(await browser.run(`return document.querySelector('smp-widget').getAttribute('clinic')`), 'Desert Skin "Studio" & Co\'s');
      assert.equal(await browser.run(`return document.querySelector('smp-widget').getAttribute('booking-url')`), CLINIC['booking-url']);
      await walkToOutcome(browser);
      assert.ok((await browser.run(`return ${root}.querySelector('.consent').textContent`)).includes('Desert Skin "Studio" & Co\'s'), 'shown as text');
      assert.equal(await browser.run(`return document.querySelectorAll('img[src="x"]').length + ${root}.querySelectorAll('img, script').length`), 0);
      assert.equal(await browser.run('return window.__alerts'), 0);
    } finally {
      site.php(`$s = get_option('smp_widget_settings'); $s['clinic'] = 'Desert Skin Studio'; return update_option('smp_widget_settings', $s);`);
    }
  });

  test('hostile contact requests: oversized, malformed, wrong type, unknown fields, cross-site, a flood of 30 — each a clear refusal', async () => {
    const good = { name: 'Bea Soto', contact: '(760) 555-0101', lang: 'es-US', source: 'smp-widget' };
    const refusal = async (response, status, code) => {
      const body = await response.json();
      assert.equal(response.status, status, JSON.stringify(body));
      if (code) assert.equal(body.code, code);
      assert.match(body.message, /\w/, 'says why');
      return body;
    };
    const before = (await requests()).length;
    await resetRateLimit();
    await refusal(await post({ ...good, name: 'x'.repeat(100000) }), 413, 'smp_widget_too_large');
    await refusal(await post(JSON.stringify(good), { type: 'text/plain' }), 415, 'smp_widget_not_json');
    await refusal(await post(good, { origin: 'https://evil.example' }), 403, 'smp_widget_cross_site');
    await refusal(await post(good, { origin: `http://127.0.0.1:${Number(new URL(site.origin).port) + 1}` }), 403, 'smp_widget_cross_site');
    await refusal(await post(good, { origin: 'null' }), 403, 'smp_widget_cross_site');
    await refusal(await post(good, { origin: null }), 403, 'smp_widget_cross_site');
    const invalid = [
      ['{"name": "Bea", ', 'rest_invalid_json'],
      ['[1, 2]', 'smp_widget_invalid_request'],
      [{ ...good, extra: 'x' }, 'smp_widget_invalid_request', /extra/],
      [{ ...good, name: 'n'.repeat(81) }, 'smp_widget_invalid_request', /name/],
      [{ ...good, name: '   ' }, 'smp_widget_invalid_request', /name/],
      [{ ...good, contact: 'call me' }, 'smp_widget_invalid_request', /contact/],
      [{ ...good, lang: 'fr-FR' }, 'smp_widget_invalid_request', /lang/],
      [{ ...good, source: 'other' }, 'smp_widget_invalid_request', /source/],
      [{ ...good, outcome: 'cured' }, 'smp_widget_invalid_request', /outcome/],
      [{ ...good, answers: 'all of them' }, 'smp_widget_invalid_request', /answers/],
      [{ ...good, answers: Array(13).fill('Shaved') }, 'smp_widget_invalid_request', /answers/],
      [{ name: 'Bea' }, 'smp_widget_invalid_request', /contact/],
    ];
    for (const [body, code, says] of invalid) {
      await resetRateLimit();
      const answer = await refusal(await post(body), 400, code);
      if (says) assert.match(answer.message, says);
    }
    assert.equal((await requests()).length, before, 'nothing stored');

    // 30 in a minute from one client: the first five are taken, the rest wait.
    await resetRateLimit();
    const statuses = [];
    for (let i = 1; i <= 30; i++) {
      const response = await post({ ...good, name: `Flood ${i}` });
      statuses.push(response.status);
      if (response.status === 429) {
        const wait = Number(response.headers.get('retry-after'));
        assert.ok(Number.isInteger(wait) && wait > 0 && wait <= 600, `Retry-After: ${wait}`);
        await refusal(response, 429, 'smp_widget_rate_limited');
      } else {
        await response.body?.cancel();
      }
    }
    assert.deepEqual(statuses, [...Array(5).fill(201), ...Array(25).fill(429)]);
    assert.equal((await requests()).filter((r) => r.name.startsWith('Flood')).length, 5);

    // Markup in a request is stored as text, and the list shows stored markup as text.
    await resetRateLimit();
    assert.equal((await post({ ...good, name: '"><svg onload=alert(1)>Eve', answers: ['<b>Shaved</b>', 'Healthy'] })).status, 201);
    site.php(`return wp_insert_post(array('post_type' => 'smp_lead', 'post_status' => 'private', 'post_title' => 'x', 'meta_input' => array('_smp_name' => '<img src=x onerror=alert(3)>Mallory', '_smp_contact' => '<script>alert(4)</script>', '_smp_lang' => 'en-US', '_smp_outcome' => '<i>great</i>', '_smp_answers' => array('<img src=y onerror=alert(5)>'))));`);
    const eve = (await requests()).find((r) => r.name.endsWith('Eve'));
    assert.deepEqual([eve.name, eve.answers], ['">Eve', ['Shaved', 'Healthy']]);
    await logIn(browser, site, USERS.admin);
    await browser.goto(`${site.origin}/wp-admin/admin.php?page=smp-widget-requests`);
    const names = await browser.run(`return [...document.querySelectorAll('.smp-request-name')].map((n) => n.textContent)`);
    assert.ok(names.includes('">Eve') && names.includes('<img src=x onerror=alert(3)>Mallory'), names.join(' | '));
    assert.equal(await browser.run(`return document.querySelectorAll('.smp-widget-requests svg, .smp-widget-requests img, .smp-widget-requests script, .smp-widget-requests i').length`), 0);
  });

  test('an Author cannot reach the settings, the requests or their delete action (403)', async () => {
    await logIn(browser, site, USERS.author);
    const statuses = await browser.runAsync(`const done = arguments[0];
      const form = new FormData(); form.append('action', 'smp_widget_delete_request'); form.append('request', '1');
      Promise.all([
        fetch('/wp-admin/options-general.php?page=smp-widget'),
        fetch('/wp-admin/admin.php?page=smp-widget-requests'),
        fetch('/wp-admin/admin-post.php', { method: 'POST', body: form }),
        fetch('/wp-admin/options.php', { method: 'POST', body: new URLSearchParams({ option_page: 'smp_widget', action: 'update', 'smp_widget_settings[clinic]': 'Hijacked' }) }),
      ]).then((r) => done(r.map((x) => x.status)), (e) => done(String(e)));`);
    assert.deepEqual(statuses, [403, 403, 403, 403]);
    assert.equal(await browser.run(`return document.querySelectorAll('#adminmenu a[href*="smp-widget"]').length`), 0, 'no menu entries');
    assert.equal(site.php(`return get_option('smp_widget_settings')['clinic'];`), 'Desert Skin Studio');
  });

  test('an administrator deletes a request from the list', async () => {
    await logIn(browser, site, USERS.admin);
    await browser.goto(`${site.origin}/wp-admin/admin.php?page=smp-widget-requests`);
    const id = await browser.run(`const row = [...document.querySelectorAll('.smp-widget-request')].find((r) => r.querySelector('.smp-request-name').textContent === 'Ana Ruiz'); row.querySelector('.smp-request-delete').setAttribute('data-e2e', ''); return row.dataset.id`);
    await browser.click(await browser.find('[data-e2e]'));
    assert.equal(await browser.cmd('GET', '/alert/text'), 'Delete this contact request for good?');
    await browser.cmd('POST', '/alert/accept', {});
    await browser.waitFor(`document.querySelector('.smp-widget-requests .notice-success')?.textContent.includes('The request was deleted.')`, 'the list again, with the notice');
    assert.equal(await browser.run(`return document.querySelector('.smp-widget-request[data-id="${id}"]')`), null);
    assert.equal(site.php(`return get_post(${id});`), null);
  });

  test('retention: the daily run deletes requests older than the setting (90 days), and keeps the rest', async () => {
    const ids = [91, 89].map((days) => oldRequest(site, `Old ${days}`, days));
    assert.equal(site.php(`return get_option('smp_widget_settings')['retention_days'];`), 90);
    site.php(`do_action('smp_widget_purge_requests'); return true;`);
    assert.deepEqual(site.php(`return array_map(fn($id) => (bool) get_post($id), ${JSON.stringify(ids)});`), [false, true]);
  });

  test('privacy: WordPress\'s exporter and eraser find requests by email address', async () => {
    site.php(`foreach (array('Privacy@Example.com', 'privacy@example.com', '760 555 0199') as $c) wp_insert_post(array('post_type' => 'smp_lead', 'post_status' => 'private', 'post_title' => 'x', 'meta_input' => array('_smp_name' => 'Pia', '_smp_contact' => $c, '_smp_lang' => 'en-US'))); return true;`);
    const exported = site.php(`$e = apply_filters('wp_privacy_personal_data_exporters', array())['smp-widget']; return call_user_func($e['callback'], 'privacy@example.com', 1);`);
    assert.equal(exported.done, true);
    assert.equal(exported.data.length, 2);
    assert.deepEqual(exported.data[0].data.map((d) => d.name), ['Received', 'Name', 'Phone or email', 'Language']);
    const erased = site.php(`$e = apply_filters('wp_privacy_personal_data_erasers', array())['smp-widget']; return call_user_func($e['callback'], 'PRIVACY@example.com', 1);`);
    assert.deepEqual([erased.items_removed, erased.done], [true, true]);
    assert.deepEqual((await requests()).filter((r) => r.name === 'Pia').map((r) => r.contact), ['760 555 0199']);
    // The suggested policy text, in Settings → Privacy → Policy Guide.
    await logIn(browser, site, USERS.admin);
    await browser.goto(`${site.origin}/wp-admin/privacy-policy-guide.php`);
    const guide = await browser.run(`return document.querySelector('.privacy-settings-accordion-wrapper, #wpbody-content').textContent`);
    assert.match(guide, /SMP self-assessment/);
    assert.match(guide, /delete them after 90 days/);
  });

  test('the shortcode in the classic editor: a popup at the end of the page takes no room, and its attributes are escaped', async () => {
    const id = site.php(`return wp_insert_post(wp_slash(array('post_type' => 'page', 'post_status' => 'publish', 'post_title' => 'Popup',
      'post_content' => ${JSON.stringify(`<p>Our clinic.</p>\n[smp_widget mode="popup" lang="es" city='" onmouseover=alert(1) x="']\n<p id="below">More text.</p>`)})));`, { user: USERS.admin.login });
    popupPage = site.php(`return get_permalink(${id});`);
    await logOut(browser);
    await browser.goto(popupPage);
    await widgetsReady();
    const element = await browser.run(`const e = document.querySelector('smp-widget'); return { mode: e.getAttribute('mode'), lang: e.getAttribute('lang'), city: e.getAttribute('city'), handler: e.hasAttribute('onmouseover'), inContent: !!e.closest('.wp-block-post-content'), height: e.getBoundingClientRect().height }`);
    // At the end of the page, as EMBEDDING.md advises: its call link goes when it opens, and no text moves.
    assert.deepEqual({ ...element, height: undefined }, { mode: 'popup', lang: 'es', city: '" onmouseover=alert(1) x="', handler: false, inContent: false, height: undefined });
    assert.ok(element.height < 40, `the popup keeps a ${element.height} px box`);
    await browser.clickInShadow('smp-widget', '.smp-launcher');
    await browser.waitFor(`${root}.querySelector('dialog[open] .start-button')`, 'the dialog open');
    assert.equal(await browser.run('return window.__alerts'), 0);
    assert.equal(await browser.run('return window.__layoutShift'), 0);
  });

  test('the loader only where a widget is; jsDelivr when the settings say so, with the same integrity', async () => {
    const plain = await fetchPage('/?page_id=2'); // the sample page
    assert.ok(plain.includes('Sample Page') && !plain.includes('smp-widget'), 'no loader, no rules on a page without a widget');
    site.php(`$s = get_option('smp_widget_settings'); $s['source'] = 'jsdelivr'; return update_option('smp_widget_settings', $s);`);
    try {
      const html = await fetchPage(new URL(blockPage).pathname);
      const tag = html.match(/<script[^>]*loader\.js[^>]*>/)[0];
      assert.ok(tag.includes(`src='https://cdn.jsdelivr.net/npm/${meta.name}@${meta.version}/loader.js'`), tag);
      assert.ok(tag.includes(`async integrity="${made.integrity}" crossorigin="anonymous"`), tag);
    } finally {
      site.php(`$s = get_option('smp_widget_settings'); $s['source'] = 'local'; return update_option('smp_widget_settings', $s);`);
    }
  });

  test('no PHP notice, warning or error from the plugin', () => {
    const lines = site.debugLog().split('\n').filter((line) => line.includes('plugins/smp-widget/'));
    assert.deepEqual(lines, []);
  });

  test('uninstall: settings and every request removed by default; with "Keep the contact requests" ticked, the requests stay', async () => {
    const count = () => site.php(`global $wpdb; return array((int) $wpdb->get_var("SELECT COUNT(*) FROM {$wpdb->posts} WHERE post_type = 'smp_lead'"), (int) $wpdb->get_var("SELECT COUNT(*) FROM {$wpdb->postmeta} WHERE meta_key LIKE '_smp_%'"));`);
    assert.ok(count()[0] > 0);
    const deleted = site.php(`
      require_once ABSPATH . 'wp-admin/includes/plugin.php';
      require_once ABSPATH . 'wp-admin/includes/file.php';
      deactivate_plugins('${PLUGIN}');
      $r = delete_plugins(array('${PLUGIN}'));
      global $wpdb;
      return array(is_wp_error($r) ? $r->get_error_message() : $r, get_option('smp_widget_settings'), wp_next_scheduled('smp_widget_purge_requests'),
        (int) $wpdb->get_var("SELECT COUNT(*) FROM {$wpdb->options} WHERE option_name LIKE '%smp_widget%'"));`);
    assert.deepEqual(deleted, [true, false, false, 0]);
    assert.deepEqual(count(), [0, 0], 'no request and none of their fields left');
    assert.ok(!existsSync(join(site.content, 'plugins', 'smp-widget')));

    // Again from the zip; the administrator ticks "keep" and deletes it from the Plugins screen.
    await logIn(browser, site, USERS.admin);
    await browser.goto(`${site.origin}/wp-admin/plugin-install.php?tab=upload`);
    await browser.cmd('POST', `/element/${await browser.find('#pluginzip')}/value`, { text: made.plugin });
    await browser.click(await browser.find('#install-plugin-submit'));
    await browser.waitFor(`document.querySelector('a.button-primary[href*="action=activate"]')`, 'installed again');
    await browser.click(await browser.find('a.button-primary[href*="action=activate"]'));
    await browser.waitFor(`document.querySelector('tr.active[data-plugin="${PLUGIN}"]')`, 'active again');
    site.php(`foreach (array('Kept One', 'Kept Two') as $n) wp_insert_post(array('post_type' => 'smp_lead', 'post_status' => 'private', 'post_title' => 'x', 'meta_input' => array('_smp_name' => $n, '_smp_contact' => 'kept@example.com', '_smp_lang' => 'en-US'))); return true;`);
    await browser.goto(`${site.origin}/wp-admin/options-general.php?page=smp-widget`);
    await browser.click(await browser.find('#smp-widget-keep-requests-on-uninstall'));
    await browser.click(await browser.find('#submit'));
    await browser.waitFor(`document.querySelector('#setting-error-settings_updated')`, 'Settings saved.');
    await browser.goto(`${site.origin}/wp-admin/plugins.php`);
    await browser.click(await browser.find(`tr[data-plugin="${PLUGIN}"] .deactivate a`));
    await browser.waitFor(`document.querySelector('tr.inactive[data-plugin="${PLUGIN}"] .delete a')`, 'deactivated');
    await browser.click(await browser.find(`tr[data-plugin="${PLUGIN}"] .delete a`));
    await browser.cmd('POST', '/alert/accept', {}); // "Are you sure you want to delete SMP self-assessment?"
    await browser.waitFor(`document.querySelector('tr.plugin-deleted-tr')?.textContent.includes('was successfully deleted')`, 'deleted');
    assert.ok(!existsSync(join(site.content, 'plugins', 'smp-widget')));
    assert.deepEqual(count(), [2, 6], 'both requests kept, with their fields');
    assert.equal(site.php(`return get_option('smp_widget_settings');`), false);
  });
});
