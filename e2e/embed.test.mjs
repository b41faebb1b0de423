// Embedding as marketers do it: several widgets, hostile pages, single-page apps, a strict
// CSP, lazy loading, popup mode, and the events a page can listen to.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';

import { clickText, headingWith, shadow, withSite, walk } from './lib/harness.mjs';
import { takeJourney } from './lib/journeys.mjs';
import { KEY } from './lib/webdriver.mjs';

const STRICT_CSP = (assets) =>
  `script-src 'self' ${assets} 'wasm-unsafe-eval'; style-src 'self'; object-src 'none'; base-uri 'none'`;

describe('embed: one script tag on any clinic page', () => {

  const { site, browser } = withSite({
      pageHeaders: (path, assets) => (path === '/csp.html' ? { 'content-security-policy': STRICT_CSP(assets) } : {}),
    });

  const ready = (n = 0) => browser.waitFor(`${shadow(n)}?.querySelector('.widget')`, `widget ${n} rendered`);
  const log = () => browser.run('return window.__smpTestLog');

  // Checks A11Y-7 (docs/reliability.md).
  test('two widgets with different configurations work independently, from another origin', async () => {
    await browser.goto(`${site.pageOrigin}/two-widgets.html`);
    await ready(0);
    await ready(1);
    assert.match(await browser.run(`return ${shadow(0)}.querySelector('h2').textContent`), /Is scalp micropigmentation right for you/);
    // The second: Spanish, estimator only, its own city, its own clinic.
    assert.match(await browser.run(`return ${shadow(1)}.querySelector('h2').textContent`), /Calcule su costo/);
    assert.equal(await browser.run(`return ${shadow(1)}.querySelector('#smp-city').selectedOptions[0].textContent`), 'Austin, TX');
    assert.match(await browser.run(`return ${shadow(1)}.querySelector('.help').textContent`), /Clínica Sur/);
    assert.match(await browser.run(`return ${shadow(0)}.querySelector('.help').textContent`), /North Clinic/);
    // Money in Spanish formatting, through Intl.
    assert.match(await browser.run(`return ${shadow(1)}.querySelector('.estimate-range').textContent`), /1800.*US\$|US\$.*1800|1\.800|1,800/);
    // Yellow fails 4.5:1 under white text: adjusted, with one warning naming the field.
    const warnings = (await log()).filter((l) => l.text.includes('brand-color'));
    assert.equal(warnings.length, 1, JSON.stringify(warnings));
    assert.match(warnings[0].text, /^\[smp-widget\] config-invalid: brand-color adjusted: white text on it is below 4\.5:1/);
    const contrast = await browser.run(
      `const bg = getComputedStyle(${shadow(1)}.querySelector('.cta-book')).backgroundColor.match(/\\d+/g).map(Number);
       const lum = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
       const l = 0.2126 * lum(bg[0]) + 0.7152 * lum(bg[1]) + 0.0722 * lum(bg[2]);
       return 1.05 / (l + 0.05);`,
    );
    assert.ok(contrast >= 4.5, `contrast ${contrast}`);
    // Starting the first does not touch the second.
    await clickText(browser, 'button', 'Start the self-assessment', { n: 0 });
    await headingWith(browser, 'Which picture', 0);
    assert.match(await browser.run(`return ${shadow(1)}.querySelector('h2').textContent`), /Calcule su costo/);
  });

  test('CLS: the page does not move while the widget loads and takes its fallback\'s place', async () => {
    await browser.goto(`${site.pageOrigin}/steady.html`);
    const below = () => browser.run(`return document.getElementById('below').getBoundingClientRect().top`);
    const before = await below();
    await ready(0);
    await browser.frames();
    assert.equal(await browser.run('return window.__fallbackAndWidgetShown'), false, 'a frame showed the fallback and the widget together');
    assert.equal(await browser.run(`return ${shadow(0)}.querySelector('slot')`), null, 'the fallback is gone');
    assert.equal(await below(), before, 'the text below the widget moved');
    assert.equal(await browser.run('return window.__layoutShift'), 0);
  });

  test('CLS: the reserved box holds the first screen on phones, tablets and desktops, in both languages', async () => {
    const cdp = (cmd, params = {}) => browser.cmd('POST', '/goog/cdp/execute', { cmd, params });
    const box = () => browser.run(
      `const e = document.querySelector('smp-widget');
       return { height: e.getBoundingClientRect().height, reserved: parseFloat(getComputedStyle(e).minHeight), screen: innerHeight };`,
    );
    const load = async (query) => {
      await browser.goto(`${site.pageOrigin}/reserve.html?${query}`);
      await browser.waitFor(`document.querySelector('smp-widget').getAttribute('data-state') === 'ready'`, `ready: ${query}`);
    };
    // The page's rules (demo/reserve.css, which the demo, configurator and these pages use)
    // are the ones EMBEDDING.md tells marketers to paste.
    const rules = (text) => text.replace(/\/\*[^]*?\*\//g, '').trim();
    const guide = readFileSync(new URL('../EMBEDDING.md', import.meta.url), 'utf8').match(/```css\n([^]*?)```/)[1];
    assert.equal(rules(guide), rules(readFileSync(new URL('../demo/reserve.css', import.meta.url), 'utf8')));
    try {
      // The widget as wide as the screen, or in a column 40 px narrower (a theme's padding).
      // The box is the one the loader and widget reserve; EMBEDDING.md's page rules match it.
      for (const width of [320, 360, 375, 414, 480, 540, 600, 700, 768, 1280]) {
        await cdp('Emulation.setDeviceMetricsOverride', { width, height: 800, deviceScaleFactor: 1, mobile: width < 800 });
        await load('lang=en&css=1');
        const page = (await box()).reserved;
        for (const pad of [0, 20]) {
          for (const lang of ['en', 'es']) {
            await load(`lang=${lang}&pad=${pad}`);
            const { height, reserved } = await box();
            assert.ok(height <= reserved, `${width} px screen, ${pad} px padding, ${lang}: the start screen is ${height} px, the box ${reserved} px`);
            assert.equal(page, reserved, `${width} px screen: EMBEDDING.md's rules reserve ${page} px, the widget ${reserved} px`);
          }
        }
      }
      // The estimator alone is taller than any screen: its box is a screen tall, so nothing
      // below it is in view while it grows.
      for (const width of [375, 1280]) {
        await cdp('Emulation.setDeviceMetricsOverride', { width, height: 800, deviceScaleFactor: 1, mobile: width < 800 });
        await load('lang=es&parts=estimator');
        const { height, reserved, screen } = await box();
        assert.equal(reserved, screen);
        assert.ok(height >= screen, `${width} px: the estimator is ${height} px`);
        // With EMBEDDING.md's rules in the page, as a marketer pastes them: nothing moves.
        await load('lang=es&parts=estimator&css=1');
        assert.equal((await box()).reserved, screen);
        assert.equal(await browser.run('return window.__layoutShift'), 0, `${width} px: the page moved`);
      }
    } finally {
      await cdp('Emulation.clearDeviceMetricsOverride');
    }
  });

  // Checks ISO-1, ISO-2 (docs/reliability.md).
  test('a hostile host stylesheet changes nothing inside, and the widget changes nothing outside', async () => {
    const measure = async (page) => {
      // The host's own elements on the same page without the widget, once loaded.
      await browser.goto(`${site.pageOrigin}/${page}?no-widget`);
      const before = await browser.run('return window.__hostStyles()');
      await browser.goto(`${site.pageOrigin}/${page}`);
      await ready();
      await browser.clickInShadow('smp-widget', '.start-button');
      await headingWith(browser, 'Which picture');
      const inside = await browser.run(
        `const r = ${shadow()};
         const box = (s) => { const e = r.querySelector(s); const b = e.getBoundingClientRect(); const c = getComputedStyle(e);
           return [Math.round(b.width), Math.round(b.height), c.fontSize, c.lineHeight, c.color, c.display, c.textTransform]; };
         return { next: box('.next-button'), choice: box('.choice'), heading: box('h2'), picture: box('.pattern-picture') };`,
      );
      return { inside, before, after: await browser.run('return window.__hostStyles()') };
    };
    const plain = await measure('plain.html');
    const hostile = await measure('hostile.html');
    for (const key of Object.keys(plain.inside)) {
      const [pw, ph, ...pstyle] = plain.inside[key];
      const [hw, hh, ...hstyle] = hostile.inside[key];
      assert.ok(Math.abs(pw - hw) <= 1 && Math.abs(ph - hh) <= 1, `${key}: ${pw}x${ph} vs ${hw}x${hh}`);
      assert.deepEqual(hstyle, pstyle, key);
    }
    assert.notEqual(hostile.inside.next[5], 'none', 'the hostile `button { display: none }` does not hide ours');
    // The widget's styles do not reach the host's own heading and button.
    assert.deepEqual(hostile.after, hostile.before);
    assert.deepEqual(plain.after, plain.before);
  });

  // Checks SEC-7 (docs/reliability.md).
  test('a single-page app adds, moves, removes and re-adds widgets; the script twice defines one element', async () => {
    await browser.goto(`${site.pageOrigin}/spa.html`);
    await browser.waitFor(`customElements.get('smp-widget')`, 'the element defined');
    const add = (id, where = 'app') =>
      browser.run(
        `const w = document.createElement('smp-widget'); w.id = arguments[0];
         w.setAttribute('clinic', 'SPA ' + arguments[0]); w.setAttribute('lang', 'en');
         document.getElementById(arguments[1]).appendChild(w);`,
        id,
        where,
      );
    await add('one');
    await add('two');
    await ready(0);
    await ready(1);
    await clickText(browser, 'button', 'Start the self-assessment', { n: 0 });
    await headingWith(browser, 'Which picture', 0);
    // Moving keeps the visitor where they were.
    await browser.run(`document.getElementById('elsewhere').appendChild(document.getElementById('one'))`);
    await browser.waitFor(`document.getElementById('one').shadowRoot.querySelector('.progress-text')`, 'the question kept after a move');
    // Removing cleans up; the same element re-added goes on where the visitor was (issue 18:
    // a keep-alive cache; e2e/lifecycle.test.mjs), a new element starts fresh.
    await browser.run(`window.__removed = document.getElementById('one'); window.__removed.remove()`);
    await browser.waitFor(`!window.__removed.shadowRoot.querySelector('.widget')`, 'the removed widget unmounted');
    await browser.run(`document.getElementById('app').appendChild(window.__removed)`);
    await browser.waitFor(`window.__removed.shadowRoot.querySelector('.progress-text')`, 'the re-added widget, on its question');
    await add('three');
    await browser.waitFor(`document.getElementById('three').shadowRoot.querySelector('.start-button')`, 'a new widget, at the start');
    await browser.run(`document.getElementById('three').remove()`);
    assert.equal(await browser.run(`return document.querySelectorAll('smp-widget').length`), 2);
    // Attribute changes after mount are applied.
    await browser.run(`document.getElementById('two').setAttribute('clinic', 'Renamed Clinic')`);
    await browser.waitFor(`document.getElementById('two').shadowRoot.querySelector('.help').textContent.includes('Renamed Clinic')`, 'the new name');
    assert.deepEqual(await browser.run('return window.__hostErrors'), []);
  });

  // Checks CSP-1, CSP-5 (docs/reliability.md).
  test('under a strict CSP (no unsafe-inline, no unsafe-eval) the whole journey runs with zero violations', async () => {
    await browser.goto(`${site.pageOrigin}/csp.html`);
    await ready();
    await takeJourney(browser, 'greatFit');
    await browser.clickInShadow('smp-widget', '.see-cost');
    await headingWith(browser, 'Estimate your cost');
    // Styles applied (constructable sheets are allowed by style-src 'self').
    const bg = await browser.run(`return getComputedStyle(${shadow()}.querySelector('.cta-call')).borderTopColor`);
    assert.equal(bg, 'rgb(11, 92, 102)');
    assert.deepEqual(await browser.run('return window.__cspViolations'), []);
    assert.deepEqual(await browser.run('return window.__hostErrors'), []);
  });

  // Checks REL-2 (docs/reliability.md).
  test('a widget far below the fold fetches no wasm until the visitor scrolls near it', async () => {
    site.assetRequests.length = 0;
    await browser.goto(`${site.pageOrigin}/lazy.html`);
    await browser.waitFor(`customElements.get('smp-widget') && document.readyState === 'complete'`, 'the loader ran');
    // Two frames: any intersection callback for the far widget has been delivered by then.
    await browser.frames();
    assert.ok(site.assetRequests.some((p) => p.endsWith('/loader.js')));
    assert.ok(!site.assetRequests.some((p) => p.endsWith('.wasm')), site.assetRequests.join(', '));
    assert.ok(await browser.run(`return !!document.querySelector('smp-widget').shadowRoot.querySelector('slot')`), 'fallback shown meanwhile');
    await browser.run(`document.getElementById('far').scrollIntoView()`);
    await ready();
    assert.ok(site.assetRequests.some((p) => p.endsWith('.wasm')));
  });

  test('popup mode: the launcher opens a modal dialog, focus stays inside, Escape closes and returns focus', async () => {
    site.assetRequests.length = 0;
    await browser.goto(`${site.pageOrigin}/popup.html`);
    await browser.waitFor(`document.getElementById('floating').shadowRoot?.querySelector('.smp-launcher')`, 'the launcher');
    assert.ok(!site.assetRequests.some((p) => p.endsWith('.wasm')), 'nothing loaded before the launcher is pressed');
    const launcher = await browser.findInShadow('#floating', '.smp-launcher');
    await browser.click(launcher);
    const root = `document.getElementById('floating').shadowRoot`;
    await browser.waitFor(`${root}.querySelector('dialog[open]')`, 'the open dialog');
    // Focus is inside the dialog and stays there through many Tabs.
    for (let i = 0; i < 12; i++) {
      await browser.keys(KEY.TAB);
      const inside = await browser.run(
        `const a = document.activeElement; return a && a.id === 'floating' && !!${root}.activeElement && !!${root}.activeElement.closest('dialog')`,
      );
      assert.ok(inside, `focus left the dialog after ${i + 1} Tab(s)`);
    }
    await browser.keys(KEY.ESCAPE);
    await browser.waitFor(`!${root}.querySelector('dialog[open]')`, 'the dialog closed');
    assert.ok(await browser.run(`return ${root}.activeElement?.classList.contains('smp-launcher')`), 'focus back on the launcher');
    // The marketer's own button opens the other widget; the API opens and closes it too.
    await browser.click(await browser.find('#own-launcher'));
    await browser.waitFor(`document.getElementById('own').shadowRoot.querySelector('dialog[open]')`, 'the own-launcher dialog');
    await browser.run(`document.getElementById('own').close()`);
    await browser.waitFor(`!document.getElementById('own').shadowRoot.querySelector('dialog[open]')`, 'closed by the API');
    await browser.run(`document.getElementById('own').open()`);
    await browser.waitFor(`document.getElementById('own').shadowRoot.querySelector('dialog[open]')`, 'opened by the API');
    assert.deepEqual(await browser.run('return window.__hostErrors'), []);
  });

  test('options merge in order: config-src, then the JSON block, then attributes; a foreign config-src is refused', async () => {
    await browser.goto(`${site.pageOrigin}/config-src.html`);
    await ready(0);
    await ready(1);
    const layers = `document.getElementById('layers').shadowRoot`;
    assert.match(await browser.run(`return ${layers}.querySelector('.help').textContent`), /Remote Config Clinic/, 'clinic from config-src');
    assert.equal(await browser.run(`return ${layers}.querySelector('.cta-call').getAttribute('href')`), 'tel:3055550199', 'phone from the block');
    assert.equal(await browser.run(`return ${layers}.querySelector('#smp-city').selectedOptions[0].textContent`), 'Miami, FL', 'city from the attribute');
    assert.match(await browser.run(`return ${layers}.querySelector('h2').textContent`), /Estimate your cost/, 'parts from config-src');
    const refused = (await browser.run('return window.__smpTestLog')).filter((l) => l.text.includes('config-src'));
    assert.equal(refused.length, 1);
    assert.match(refused[0].text, /^\[smp-widget\] config-invalid: config-src rejected: must be https:\/\/ \(http only on localhost\), without a user name or password \("http:\/\/evil\.example\/config\.json" in the attribute\); ignored until it is fixed$/);
    assert.match(await browser.run(`return document.getElementById('bad-src').shadowRoot.querySelector('.help').textContent`), /Beverly Hills Hair Restoration/);
  });

  test('popup mode fills the screen on a phone', async () => {
    await browser.setWindowSize(390, 800);
    try {
      await browser.goto(`${site.pageOrigin}/popup.html`);
      await browser.waitFor(`document.getElementById('floating').shadowRoot?.querySelector('.smp-launcher')`, 'the launcher');
      await browser.click(await browser.findInShadow('#floating', '.smp-launcher'));
      const root = `document.getElementById('floating').shadowRoot`;
      await browser.waitFor(`${root}.querySelector('dialog[open] h2')`, 'the dialog');
      const [width, height, vw, vh] = await browser.run(
        `const r = ${root}.querySelector('dialog').getBoundingClientRect(); return [r.width, r.height, innerWidth, innerHeight]`,
      );
      assert.ok(Math.abs(width - vw) <= 1 && Math.abs(height - vh) <= 1, `${width}x${height} in ${vw}x${vh}`);
    } finally {
      await browser.setWindowSize(1280, 900);
    }
  });

  // Checks PRIV-2 (docs/reliability.md).
  test('events reach listeners on document once per action and never carry an answer', async () => {
    const journey = async (answers) => {
      await browser.goto(`${site.pageOrigin}/basic.html`);
      await ready();
      // Keep the page here when a CTA link is followed.
      await browser.run(`document.addEventListener('click', (e) => { if (e.composedPath()[0].closest?.('a')) e.preventDefault(); }, true)`);
      await browser.clickInShadow('smp-widget', '.start-button');
      await headingWith(browser, 'Which picture');
      for (const label of answers) {
        await clickText(browser, 'label.choice', label);
        await browser.clickInShadow('smp-widget', '.next-button');
        await browser.waitFor(`!${shadow()}.querySelector('input:checked') || ${shadow()}.querySelector('.outcome')`, 'the next step');
      }
      await browser.waitFor(`${shadow()}.querySelector('.outcome')`, 'the outcome');
      await browser.clickInShadow('smp-widget', '.see-cost');
      await headingWith(browser, 'Estimate your cost');
      await browser.clickInShadow('smp-widget', '.cta-call');
      await browser.waitFor(`window.__smpEvents.some((e) => e.name === 'smp:cta')`, 'the cta event');
      return browser.run('return window.__smpEvents');
    };
    const great = await journey(['Complete or near-complete loss', 'Shaved or buzzed', 'Healthy, no skin condition', 'No, never', "I've been thinking"]);
    const wait = await journey(['Thinning or bald crown', 'Longer, and', 'Acne is flaring', "I'm not sure", 'popular right now']);
    const expected = [
      { name: 'smp:ready', detail: {} },
      { name: 'smp:start', detail: {} },
      { name: 'smp:complete', detail: {} },
      { name: 'smp:estimate', detail: { city: 'not-listed' } },
      { name: 'smp:cta', detail: { cta: 'call' } },
    ];
    const strip = (events) => events.map(({ name, detail }) => ({ name, detail }));
    assert.deepEqual(strip(great), expected);
    assert.deepEqual(strip(wait), expected, 'the same payloads whatever the answers');
    const text = JSON.stringify(great.concat(wait)).toLowerCase();
    for (const word of ['psoriasis', 'acne', 'keloid', 'shaved', 'crown', 'great', 'wait', 'darker', '5000', '2000']) {
      assert.ok(!text.includes(word), `an event mentions "${word}"`);
    }
  });
});
