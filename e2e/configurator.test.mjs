// The marketer's configurator: choose options and where the files come from, see the widget
// live, copy the snippet, paste it into a blank page on another origin, and get the
// configured widget — with the page still and no empty box, inline or as a popup.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { cargoPackage } from '../packaging/meta.mjs';
import { audit } from './lib/axe.mjs';
import { DIST, ROOT, loaderIntegrity, startSite } from './lib/harness.mjs';
import { atWidth, startPasteSite } from './lib/paste.mjs';
import { startChromium } from './lib/webdriver.mjs';

describe('configurator', () => {
  const { name, version } = cargoPackage();
  let site;
  let paste;
  let browser;
  let pasted = '';

  before(async () => {
    site = await startSite({
      pageRoute: (req, url) =>
        url.pathname === '/pasted.html'
          ? {
              status: 200,
              headers: { 'content-type': 'text/html; charset=utf-8' },
              body: `<!doctype html><html><head><meta charset="utf-8"><script src="/test-hooks.js"></script></head><body>\n${pasted}\n<p id="below">The page goes on.</p></body></html>`,
            }
          : null,
    });
    paste = await startPasteSite();
    browser = await startChromium();
  });
  after(async () => {
    await browser?.quit();
    await Promise.all([site?.close(), paste?.close()]);
  });

  const snippet = () => browser.run(`return document.getElementById('snippet').textContent`);
  /** Sets form fields by name (radio groups by value), as the form's change event sees them. */
  const set = (values) => browser.run(
    `const f = document.getElementById('options');
     for (const [k, v] of Object.entries(arguments[0])) f.elements[k].value = v;
     f.dispatchEvent(new Event('change'));`,
    values,
  );

  async function open() {
    await browser.goto(`${site.assetOrigin}/configurator.html`);
    await browser.waitFor(`document.querySelector('#preview-slot smp-widget')?.shadowRoot?.querySelector('.widget')`, 'the live preview');
    await browser.waitFor(`document.getElementById('snippet').textContent.startsWith('<style>')`, 'the snippet with the reserving rules');
  }

  test('public CDN: the snippet is pinned to this release\'s version and integrity', async () => {
    await open();
    const integrity = loaderIntegrity();
    assert.match(integrity, /^sha384-/);
    const tag = (base) => `<script src="${base}loader.js" async="" integrity="${integrity}" crossorigin="anonymous"></script>`;
    assert.ok((await snippet()).includes(tag(`https://cdn.jsdelivr.net/npm/${name}@${version}/`)), await snippet());
    await set({ source: 'unpkg' });
    assert.ok((await snippet()).includes(tag(`https://unpkg.com/${name}@${version}/`)), await snippet());
    assert.match(await browser.run(`return document.getElementById('release').textContent`), new RegExp(`${version}.*${integrity.replace(/[+/]/g, '\\$&')}`));
  });

  test('my own server: the address is checked, https only', async () => {
    await open();
    await set({ source: 'self' });
    const state = () => browser.run(
      `return [document.getElementById('base-url-error').textContent, document.getElementById('copy').disabled, document.getElementById('snippet').textContent]`,
    );
    for (const bad of ['', 'example.com/smp-widget/', 'http://www.example-clinic.com/smp-widget/0.1.0/', 'https://user:pw@www.example-clinic.com/', 'https://www.example-clinic.com/w/?v=1']) {
      await set({ 'base-url': bad });
      const [error, disabled, text] = await state();
      assert.ok(error && disabled && text === '', `"${bad}" was accepted: ${JSON.stringify([error, disabled, text])}`);
    }
    // The error is tied to its field for screen readers; the form passes axe while showing it.
    assert.deepEqual(await audit(browser, '#files'), []);
    // The folder, with or without its slash, or loader.js itself: the same snippet.
    for (const good of ['https://www.example-clinic.com/smp-widget/0.1.0', 'https://www.example-clinic.com/smp-widget/0.1.0/loader.js']) {
      await set({ 'base-url': good });
      const [error, disabled, text] = await state();
      assert.equal(error, '');
      assert.equal(disabled, false);
      assert.ok(text.includes('<script src="https://www.example-clinic.com/smp-widget/0.1.0/loader.js" async="" integrity="sha384-'), text);
    }
  });

  test('the copied snippet, pasted into a blank page, shows the configured widget', async () => {
    await open();
    // Fill the form as a marketer would: type a name, pick Spanish and a colour, and the
    // files from "my own server" (this test's, on this machine: http is allowed there only).
    const field = await browser.find('input[name=clinic]');
    await browser.cmd('POST', `/element/${field}/clear`, {});
    await browser.cmd('POST', `/element/${field}/value`, { text: 'Clínica "Snippet" & Co' });
    await set({ lang: 'es', 'brand-color': '#7a3e00', source: 'self', 'base-url': `${site.assetOrigin}/smp-widget/v1/` });
    const preview = `document.querySelector('#preview-slot smp-widget')`;
    await browser.waitFor(`${preview}.shadowRoot?.querySelector('h2')?.textContent.includes('micropigmentación')`, 'the preview in Spanish');
    pasted = await snippet();
    assert.match(pasted, /<script src="http:\/\/localhost:\d+\/smp-widget\/v1\/loader\.js" async="" integrity="sha384-[^"]+" crossorigin="anonymous"><\/script>/);
    assert.match(pasted, /clinic="Clínica &quot;Snippet&quot; &amp; Co"/);
    // The box is reserved by the page itself, before the loader runs (EMBEDDING.md's rules).
    assert.match(pasted, /^<style>\nsmp-widget:not\(\[mode=popup\]\) \{ display: block; [^]*\n<\/style>\n<script /);

    await browser.goto(`${site.pageOrigin}/pasted.html`);
    const root = `document.querySelector('smp-widget').shadowRoot`;
    await browser.waitFor(`${root}?.querySelector('.widget')`, 'the pasted widget');
    assert.match(await browser.run(`return ${root}.querySelector('h2').textContent`), /micropigmentación capilar/);
    assert.match(await browser.run(`return ${root}.querySelector('.help').textContent`), /Clínica "Snippet" & Co/);
    assert.equal(await browser.run(`return getComputedStyle(${root}.querySelector('.start-button')).backgroundColor`), 'rgb(122, 62, 0)');
    assert.deepEqual(await browser.run('return window.__hostErrors'), []);
  });

  // From issue 18.
  test('"near the top of the page" preloads the wasm and the glue, and the pasted page downloads each once', async () => {
    await open();
    const files = JSON.parse(readFileSync(join(DIST, 'smp-widget/v1/integrity.json'), 'utf8'));
    const base = `${site.assetOrigin}/smp-widget/v1/`;
    await set({ source: 'self', 'base-url': base });
    assert.ok(!(await snippet()).includes('rel="preload"'), 'no preload unless asked for');
    await browser.run(`const box = document.querySelector('input[name=near-top]'); box.checked = true; box.dispatchEvent(new Event('change', { bubbles: true }))`);
    pasted = await snippet();
    // EMBEDDING.md's lines: the loader's own request mode (CORS, no credentials to another
    // origin) and this build's integrity, right before the loader.
    // (No integrity on the wasm's: a fetch preload cannot check one, and Chromium warns.)
    const wasm = `<link rel="preload" href="${base}smp-widget_bg.wasm" as="fetch" type="application/wasm" crossorigin="anonymous">`;
    const glue = `<link rel="preload" href="${base}smp-widget.js" as="script" crossorigin="anonymous" integrity="${files['smp-widget.js']}">`;
    assert.ok(pasted.includes(`</style>\n${wasm}\n${glue}\n<script src="${base}loader.js"`), pasted);
    assert.ok(!/smp-widget\.js|_bg\.wasm/.test(pasted.replace(wasm, '').replace(glue, '')), 'the preload lines only');
    // They are EMBEDDING.md's lines, attribute for attribute.
    const documented = readFileSync(join(ROOT, 'EMBEDDING.md'), 'utf8').match(/```html\n(<link rel="preload"[^]*?)```/)[1];
    const integrities = [files['smp-widget.js']];
    assert.equal(
      documented.trim().replace(/\n\s+/g, ' ').replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/smp-widget@[^/]+\//g, base).replace(/sha384-…/g, () => integrities.shift()),
      `${wasm}\n${glue}`,
    );
    site.assetRequests.length = 0;
    await browser.goto(`${site.pageOrigin}/pasted.html`);
    // Rendered means the loader's own fetch has ended; a complete document means the
    // preloads have too (they hold the load event). A second download would be counted.
    await browser.waitFor(`document.readyState === 'complete' && document.querySelector('smp-widget').shadowRoot?.querySelector('.start-button')`, 'the pasted widget, the page loaded');
    const count = (end) => site.assetRequests.filter((p) => p.endsWith(end)).length;
    assert.deepEqual([count('_bg.wasm'), count('/smp-widget.js')], [1, 1], `one download each: ${site.assetRequests.join(', ')}`);
    assert.deepEqual(await browser.run('return window.__hostErrors'), []);
    // A popup loads when its launcher is pressed: no preload for it.
    await browser.goto(`${site.assetOrigin}/configurator.html`);
    await browser.waitFor(`document.getElementById('snippet').textContent.startsWith('<style>')`, 'the snippet');
    await browser.run(`const box = document.querySelector('input[name=near-top]'); box.checked = true; box.dispatchEvent(new Event('change', { bubbles: true }))`);
    await set({ mode: 'popup' });
    await browser.waitFor(`document.getElementById('snippet').textContent.includes('mode="popup"')`, 'the popup snippet');
    assert.ok(!(await snippet()).includes('rel="preload"'), await snippet());
  });

  test('inline and popup snippets: pasted on a phone and a desktop, the page stays still and no box stays empty', async () => {
    const snippets = {};
    for (const mode of ['inline', 'popup']) {
      await open();
      await set({ mode });
      await browser.waitFor(`document.getElementById('snippet').textContent.includes('mode="popup"') === ${mode === 'popup'}`, `the ${mode} snippet`);
      snippets[mode] = await snippet();
    }
    assert.match(snippets.inline, /^<style>\n/);
    // A popup takes no room: its snippet reserves none (a page rule would beat the widget's own).
    assert.match(snippets.popup, /^<script /);
    assert.ok(!snippets.popup.includes('<style>'));
    for (const width of [375, 1280]) {
      await atWidth(browser, width, async () => {
        for (const mode of ['inline', 'popup']) {
          await paste.paste(browser, snippets[mode]);
          await paste.check(browser, `configurator ${mode} at ${width} px`);
        }
      });
    }
  });
});
