// A broken setup shows up in Tools → Site Health before visitors meet it.
// The release's plugin zip in a real WordPress 6.1 (lib/wordpress.mjs); each check is broken
// on purpose the way a host breaks it, run as WordPress runs it (the `site_status_tests`
// filter's callbacks, and once on the Site Health screen in Chromium as an administrator),
// then repaired and run again. Everything is stopped and deleted afterwards.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { cargoPackage } from '../packaging/meta.mjs';
import { startChromium } from './lib/webdriver.mjs';
import { USERS, fullPageScreenshot, logIn, withPluginSite } from './lib/wordpress.mjs';

const SHOTS = process.env.SMP_WP_SHOTS ?? '/tmp/wp-shots';
const DAY = 24 * 60 * 60;
const IDS = ['smp_widget_files', 'smp_widget_wasm_type', 'smp_widget_integrity', 'smp_widget_https', 'smp_widget_purge'];

describe('Site Health: a broken setup of the plugin shows up under Tools → Site Health, with its fix', () => {
  const { version } = cargoPackage();
  // Issue 24, item 6. A browser only for the Site Health screen, at the end.
  const suite = withPluginSite({ title: 'Desert Skin Studio', browser: false });
  let site;
  let browser;
  let widget; // the installed plugin's widget/ folder
  let files; // widget/<version>/

  before(() => {
    site = suite.site();
    widget = join(site.content, 'plugins', 'smp-widget', 'widget');
    files = join(widget, version);
  });
  after(async () => {
    await browser?.quit();
  });

  /**
   * The plugin's Site Health results, by test id, as the Site Health screen gets them: every
   * direct test WordPress's `site_status_tests` filter lists, through `site_status_test_result`.
   * `setup`: PHP run first in the same request (filters that stand in for a site elsewhere).
   */
  const health = (setup = '') => site.php(`
    ${setup}
    require_once ABSPATH . 'wp-admin/includes/class-wp-site-health.php';
    $results = array();
    foreach (WP_Site_Health::get_tests()['direct'] as $id => $test) {
      if (0 === strpos($id, 'smp_widget_') && is_callable($test['test'])) {
        $results[$id] = apply_filters('site_status_test_result', call_user_func($test['test']));
      }
    }
    return $results;`);
  /** The description as an administrator reads it: the text, without the markup. */
  const text = (result) => result.description.replace(/<[^>]+>/g, ' ')
    .replace(/&#0?39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ').trim();
  const statuses = (results) => Object.fromEntries(Object.entries(results).map(([id, r]) => [id, r.status]));
  /** Moves `path` aside for `body`, then back, whatever happened. */
  const without = async (path, body) => {
    renameSync(path, `${path}.off`);
    try {
      return await body();
    } finally {
      renameSync(`${path}.off`, path);
    }
  };

  test('on a working install the files, the WebAssembly type, integrity and the purge pass, each under the plugin\'s badge', async () => {
    const results = await health();
    assert.deepEqual(Object.keys(results).sort(), [...IDS].sort());
    for (const [id, result] of Object.entries(results)) {
      assert.equal(result.test, id);
      assert.deepEqual(result.badge, { label: 'SMP widget', color: 'blue' });
      assert.ok(result.label && result.description.startsWith('<p>'), id);
    }
    assert.deepEqual(statuses(results), {
      smp_widget_files: 'good',
      smp_widget_wasm_type: 'good',
      smp_widget_integrity: 'good',
      smp_widget_https: 'recommended', // the test site is http (below)
      smp_widget_purge: 'good',
    });
    assert.equal(results.smp_widget_wasm_type.label, 'The SMP widget\'s WebAssembly is served as application/wasm');
    assert.equal(results.smp_widget_integrity.label, 'The SMP widget\'s files match their integrity hashes');
  });

  test('a .wasm served without application/wasm (the plugin\'s widget/.htaccess gone) is a critical issue saying how to set the type', async () => {
    const wasmUrl = `${site.origin}/wp-content/plugins/smp-widget/widget/${version}/smp-widget_bg.wasm`;
    /** The type a visitor's browser gets (the body read, so the connection is free again). */
    const wasmType = async () => {
      const response = await fetch(wasmUrl);
      await response.arrayBuffer();
      return response.headers.get('content-type');
    };
    await without(join(widget, '.htaccess'), async () => {
      // Broken for real: a visitor's browser gets no wasm type (Apache's own list has none here).
      assert.notEqual(await wasmType(), 'application/wasm');
      const results = await health();
      const wasm = results.smp_widget_wasm_type;
      assert.equal(wasm.status, 'critical');
      assert.equal(wasm.label, 'The SMP widget\'s WebAssembly is not served as application/wasm');
      assert.match(text(wasm), /The server sends smp-widget_bg\.wasm with .+, so the widget does not start/);
      assert.match(text(wasm), /Fix: Keep the plugin's widget\/\.htaccess and let Apache read it \(AllowOverride FileInfo\), or add the type .*AddType application\/wasm \.wasm/);
      // Only that: the files still arrive, byte for byte.
      assert.equal(results.smp_widget_files.status, 'good');
      assert.equal(results.smp_widget_integrity.status, 'good');
    });
    assert.equal(await wasmType(), 'application/wasm');
    assert.equal((await health()).smp_widget_wasm_type.status, 'good');
  });

  test('a loader.js changed by one byte fails the integrity check, naming the file and the fix', async () => {
    const path = join(files, 'loader.js');
    const original = readFileSync(path);
    const changed = Buffer.from(original);
    const at = changed.indexOf('function');
    changed[at] = 'F'.charCodeAt(0); // what a "minify and combine" setting does, at its smallest
    writeFileSync(path, changed);
    try {
      const results = await health();
      const integrity = results.smp_widget_integrity;
      assert.equal(integrity.status, 'critical');
      assert.equal(integrity.label, 'The SMP widget\'s files fail their integrity check');
      assert.match(text(integrity), /the widget does not start for visitors; these differ: loader\.js\./);
      assert.match(text(integrity), /Fix: Reinstall the plugin from its release zip, and exclude its widget\/ folder from any plugin or CDN setting that minifies or rewrites JavaScript\./);
      assert.equal(results.smp_widget_files.status, 'good');
    } finally {
      writeFileSync(path, original);
    }
    assert.equal((await health()).smp_widget_integrity.status, 'good');
  });

  test('a file that does not reach visitors (404) is a critical issue with its address, and what depends on it says it could not be checked', async () => {
    await without(join(files, 'smp-widget.js'), async () => {
      const results = await health();
      assert.equal(results.smp_widget_files.status, 'critical');
      assert.equal(results.smp_widget_files.label, 'The SMP widget\'s files cannot be fetched');
      assert.ok(text(results.smp_widget_files).includes(`${site.origin}/wp-content/plugins/smp-widget/widget/${version}/smp-widget.js : HTTP 404 Not Found`), text(results.smp_widget_files));
      assert.match(text(results.smp_widget_files), /Fix: Reinstall the plugin from its release zip/);
      assert.equal(results.smp_widget_integrity.status, 'recommended');
      assert.equal(results.smp_widget_integrity.label, 'The integrity of the SMP widget\'s files could not be checked');
      assert.equal(results.smp_widget_wasm_type.status, 'good', 'the .wasm still arrives, and with its type');
    });
    const repaired = await health();
    assert.deepEqual([repaired.smp_widget_files.status, repaired.smp_widget_integrity.status], ['good', 'good']);
  });

  test('contact requests received on http: a recommendation on this local address, critical on a public one, fine on https or when requests go elsewhere', async () => {
    // This site, as it is: http://127.0.0.1:<port>, where the widget still offers the form.
    const local = (await health()).smp_widget_https;
    assert.equal(local.status, 'recommended');
    assert.equal(local.label, 'The site receives contact requests without https');
    assert.ok(text(local).includes(`Contact requests are received at ${site.origin}/`), text(local));
    assert.match(text(local), /the widget offers the form on this local address only, so on a public http address visitors would get no contact form/);
    assert.match(text(local), /Fix: Serve the site over https \(most hosts offer a free certificate\) and change both addresses under Settings → General to https:\/\//);
    assert.match(local.actions, /options-general\.php\?page=smp-widget/);
    // The same site on a public http address, and on https (the REST URL is what the widget posts to).
    const at = (origin) => `add_filter('rest_url', fn($url) => preg_replace('#^https?://[^/]+#', '${origin}', $url));`;
    const public_ = (await health(at('http://desertskin.example'))).smp_widget_https;
    assert.equal(public_.status, 'critical');
    assert.match(text(public_), /received at http:\/\/desertskin\.example\/.*the widget sends a request only over https, so visitors get no contact form/);
    const secure = (await health(at('https://desertskin.example'))).smp_widget_https;
    assert.deepEqual([secure.status, secure.label], ['good', 'Contact requests are received over https']);
    // Requests sent to another address, or off: this site needs no https for them.
    for (const leads of ['url', 'off']) {
      const elsewhere = (await health(`add_filter('option_smp_widget_settings', fn($v) => array_merge((array) $v, array('leads' => '${leads}')));`)).smp_widget_https;
      assert.deepEqual([elsewhere.status, elsewhere.label], ['good', 'Contact requests are not received on this site'], leads);
    }
  });

  test('a purge that has not run for two days is a critical issue with the fix for this site\'s WP-Cron, and clears once the purge runs', async () => {
    const set = (values) => site.php(`
      foreach (json_decode('${JSON.stringify(values)}', true) as $name => $value) {
        if (null === $value) delete_option($name); else update_option($name, time() + $value, false);
      }
      return true;`);
    try {
      // Ran three days ago, then stopped.
      await set({ smp_widget_purge_last_run: -3 * DAY });
      let purge = (await health()).smp_widget_purge;
      assert.equal(purge.status, 'critical');
      assert.equal(purge.label, 'Old contact requests are not being deleted');
      assert.match(text(purge), /The daily deletion of old contact requests last ran on .+ \(3 days ago\), so requests are kept longer than the privacy text promises\./);
      // The test site sets DISABLE_WP_CRON, as a site with a server cron does.
      assert.ok(text(purge).includes(`Fix: WP-Cron is turned off on this site (DISABLE_WP_CRON), so have the server's cron request ${site.origin}/wp-cron.php every 15 minutes.`), text(purge));

      // Never ran since an activation three days ago.
      await set({ smp_widget_purge_last_run: null, smp_widget_activated_at: -3 * DAY });
      purge = (await health()).smp_widget_purge;
      assert.equal(purge.status, 'critical');
      assert.match(text(purge), /has not run since the plugin was activated on .+ \(3 days ago\)/);

      // A day without a run is not yet overdue; neither time known: nothing claimed.
      await set({ smp_widget_purge_last_run: -1 * DAY });
      assert.equal((await health()).smp_widget_purge.status, 'good');
      await set({ smp_widget_purge_last_run: null, smp_widget_activated_at: null });
      assert.equal((await health()).smp_widget_purge.status, 'good');

      // Overdue, then the daily event runs (as WP-Cron would run it): the issue is gone.
      await set({ smp_widget_purge_last_run: -3 * DAY });
      assert.equal((await health()).smp_widget_purge.status, 'critical');
      await site.php(`do_action('smp_widget_purge_requests'); return true;`);
      const fixed = (await health()).smp_widget_purge;
      assert.deepEqual([fixed.status, fixed.label], ['good', 'Old contact requests are deleted on time']);
    } finally {
      await set({ smp_widget_purge_last_run: 0, smp_widget_activated_at: 0 });
    }
  });

  test('an administrator sees a broken .wasm type on Tools → Site Health as a critical issue, and opens it to read the fix', async () => {
    browser = await startChromium({ width: 1280, height: 900 });
    await logIn(browser, site, USERS.admin);
    await without(join(widget, '.htaccess'), async () => {
      await browser.goto(`${site.origin}/wp-admin/site-health.php`);
      const label = 'The SMP widget\'s WebAssembly is not served as application/wasm';
      await browser.waitFor(
        `[...document.querySelectorAll('#health-check-site-status-critical .health-check-accordion-trigger')].some((b) => b.textContent.includes(${JSON.stringify(label)}))`,
        'the critical issue listed',
      );
      const trigger = await browser.find('#health-check-site-status-critical [aria-controls="health-check-accordion-block-smp_widget_wasm_type"]');
      assert.match(await browser.text(trigger), /SMP widget/, 'the plugin\'s badge');
      await browser.click(trigger);
      const panel = await browser.find('#health-check-accordion-block-smp_widget_wasm_type');
      await browser.waitFor(`!document.getElementById('health-check-accordion-block-smp_widget_wasm_type').hidden`, 'the issue opened');
      assert.match(await browser.text(panel), /Fix: Keep the plugin's widget\/\.htaccess and let Apache read it/);
      // This http site's recommendation is listed too; what works is under the passed tests.
      await browser.waitFor(
        `document.querySelector('#health-check-site-status-recommended [aria-controls="health-check-accordion-block-smp_widget_https"]')
         && document.querySelector('#health-check-site-status-good [aria-controls="health-check-accordion-block-smp_widget_integrity"]')`,
        'the https recommendation and the passed integrity test',
      );
      mkdirSync(SHOTS, { recursive: true });
      writeFileSync(join(SHOTS, 'site-health-wasm-type.png'), await fullPageScreenshot(browser));
      console.log(`# screenshot ${join(SHOTS, 'site-health-wasm-type.png')}`);
    });
  });

  test('the checks log no PHP notice, warning or error from the plugin', () => {
    assert.ok(!/plugins\/smp-widget\//.test(site.debugLog()), site.debugLog().slice(-3000));
  });
});
