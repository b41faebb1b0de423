// Issue 28: a marketer's mistake is named in words they can act on — the attribute or file
// as they wrote it, what is wrong, what to do — at one console level; a CSP that blocks
// the widget's files is named as the cause; the popup button stays out of the way on a
// phone; and the security review's low findings on the loader's paths (per-element state
// and a polluted Object.prototype, the config-src size cap without a Content-Length, UTM
// parameters only to the page's own booking link).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { shadow, withSite } from './lib/harness.mjs';
import { atWidth } from './lib/paste.mjs';

const root = shadow();

describe('a marketer\'s mistakes, named so they can fix them', () => {
  let page = null; // the test's page: { body, head, csp, lang }
  let file = null; // the test's config-src answer: (req, res-like) => response | null

  const { site, browser } = withSite({
    pageRoute: (req, url) => {
      if (url.pathname === '/config.json' && file) return file(req, url);
      if (url.pathname !== '/t.html' || !page) return null;
      const headers = { 'content-type': 'text/html; charset=utf-8' };
      if (page.csp) headers['content-security-policy'] = page.csp(site.assetOrigin);
      return {
        status: 200,
        headers,
        body: `<!doctype html><html lang="${page.lang ?? 'en'}"><head><meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <script src="/test-hooks.js"></script>${page.head ?? ''}
          <script src="${site.assetOrigin}/smp-widget/v1/loader.js" async></script></head>
          <body style="margin:0;font:16px/1.5 system-ui,sans-serif">${page.body}</body></html>`,
      };
    },
  });

  const lines = async () => (await browser.run('return window.__smpTestLog')).filter((l) => l.text.startsWith('[smp-widget]'));
  const open = async (spec, query = '') => {
    page = spec;
    await browser.goto(`${site.pageOrigin}/t.html${query}`);
  };
  const ready = () => browser.waitFor(`${root}?.querySelector('.widget')`, 'the widget');

  test('booking-url="htp://x" is named as written, says there is no default, at the level of every line', async () => {
    await open({ body: `<smp-widget booking-url="htp://x"><a href="tel:7605550100">Call</a></smp-widget>` });
    await ready();
    const found = await lines();
    assert.deepEqual(found, [{
      level: 'error',
      text: '[smp-widget] config-invalid: booking-url rejected: scheme not allowed, only https:// ("htp://x" in the attribute); there is no default: no Book button until it is fixed',
    }]);
  });

  test('a JSON block with a trailing comma says where it breaks', async () => {
    const block = '{\n  "clinic": "Ana\'s Clinic",\n  "city": "Indio, CA",\n}';
    await open({ body: `<smp-widget radius="wide"><script type="application/json">${block}</script><a href="tel:7605550100">Call</a></smp-widget>` });
    await ready();
    const found = await lines();
    assert.deepEqual(found.map((l) => l.level), ['error', 'error'], 'one level for every line');
    assert.equal(found[0].text, '[smp-widget] config-invalid: config rejected: the JSON block is not valid JSON at line 4, column 1 (character 53): expected a name in quotes (remove the comma before }); it sets nothing until it is fixed');
    assert.match(found[1].text, /^\[smp-widget\] config-invalid: radius rejected: must be a number \("wide" in the attribute\); the default is used until it is fixed$/);
  });

  test('a CSP whose connect-src leaves the widget\'s origin out is named as the cause, with the fix; the fallback stays', async () => {
    await open({
      csp: (assets) => `default-src 'self'; script-src 'self' ${assets} 'wasm-unsafe-eval'; style-src 'self'`,
      body: `<smp-widget><a id="fallback-link" href="tel:7605550100">Call</a></smp-widget>`,
    });
    await browser.waitFor(`window.__smpTestLog.some((l) => l.text.startsWith('[smp-widget] csp-'))`, 'the CSP line', 12000);
    const found = await lines();
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].level, 'error');
    assert.equal(
      found[0].text,
      `[smp-widget] csp-blocked: the page's Content-Security-Policy (connect-src) refused ${site.assetOrigin}/smp-widget/v1/smp-widget_bg.wasm: add ${site.assetOrigin} to connect-src; showing the fallback content`,
    );
    assert.ok(await browser.run(`return document.getElementById('fallback-link').getBoundingClientRect().width > 0`));
  });

  test('a polluted Object.prototype cannot stop a widget from starting, nor hide its fallback', async () => {
    // What a careless library (or an attacker's gadget) adds to every object on the page:
    // the names the loader once kept on the element, and a shadow root's dictionary member.
    const pollute = `<script>for (const k of ['__smpHandle', '__smpNear', '__smpBooting', '__smpKept', '__smpReady', '__smpPopup',
        '__smpLauncherElement', 'handle', 'near', 'booting', 'popup', 'inline', 'launcher', 'smpKind'])
        Object.defineProperty(Object.prototype, k, { value: { reconfigure() {}, open() {}, unmount() {} }, writable: true, configurable: true });
      Object.defineProperty(Object.prototype, 'slotAssignment', { value: 'manual', writable: true, configurable: true });</script>`;
    // (Not enumerable, which the loader's reads do not care about, so that WebDriver can
    // still serialise what the test reads back.)
    // The widget far below the fold, so that its fallback is there to look at until the
    // visitor scrolls to it.
    const far = `<div style="height: 5000px"></div><smp-widget clinic="Polluted Page"><a id="fallback-link" href="tel:7605550100">Call</a></smp-widget>`;
    await open({ head: pollute, body: far });
    await browser.waitFor(`!!document.querySelector('smp-widget').shadowRoot`, 'the loader ran');
    assert.equal(await browser.run(`return document.getElementById('fallback-link').getBoundingClientRect().width > 0`), true, 'the fallback shows');
    await browser.run(`document.querySelector('smp-widget').scrollIntoView(); return true`);
    await browser.waitFor(`!!${root}?.querySelector('.widget')`, 'the widget');
    assert.equal(await browser.run(`return /Polluted Page/.test(${root}.querySelector('.help').textContent)`), true);
    const popup = `<smp-widget mode="popup" clinic="Polluted Popup"><a href="tel:7605550100">Call</a></smp-widget>`;
    await open({ head: pollute, body: popup });
    await browser.waitFor(`!!${root}?.querySelector('.smp-launcher')`, 'the launcher');
    await browser.run(`${root}.querySelector('.smp-launcher').click(); return true`);
    await browser.waitFor(`!!${root}.querySelector('dialog[open] .start-button')`, 'the dialog');
  });

  test('a config-src file that keeps coming without a Content-Length is cut at 64 KB, not read to its end', async () => {
    let stop = false;
    file = () => ({
      status: 200,
      headers: { 'content-type': 'application/json', 'access-control-allow-origin': '*' },
      // 16 KB every 20 ms, no Content-Length, no end: cut at 64 KB, long before the boot's
      // 8 s (a loader that reads to the end waits for its time limit).
      stream: async (res) => {
        res.write('{"clinic": "Huge", "pad": "');
        while (!stop && !res.destroyed) {
          res.write('x'.repeat(16384));
          await new Promise((r) => setTimeout(r, 20));
        }
      },
    });
    try {
      const start = Date.now();
      await open({ body: `<smp-widget clinic="Page Clinic" config-src="${site.pageOrigin}/config.json"><a href="tel:7605550100">Call</a></smp-widget>` });
      await ready();
      const found = await lines();
      assert.equal(found.length, 1, JSON.stringify(found));
      assert.match(found[0].text, /^\[smp-widget\] config-invalid: config-src file .*config\.json could not be used \(larger than 64 KB\)/);
      assert.ok(Date.now() - start < 4000, `started in ${Date.now() - start} ms`);
      assert.match(await browser.run(`return ${root}.querySelector('.help').textContent`), /Page Clinic/);
    } finally {
      stop = true;
      file = null;
      site.releaseHung();
    }
  });

  test('with utm on, the page\'s UTM parameters go only to a booking link the page set, never one from config-src', async () => {
    file = () => ({
      status: 200,
      headers: { 'content-type': 'application/json', 'access-control-allow-origin': '*' },
      body: JSON.stringify({ booking_url: 'https://agency.example/book' }),
    });
    try {
      const src = `config-src="${site.pageOrigin}/config.json"`;
      await open({ body: `<smp-widget utm="true" ${src}><a href="tel:7605550100">Call</a></smp-widget>` }, '?utm_source=news&utm_campaign=spring');
      await ready();
      assert.equal(await browser.run(`return ${root}.querySelector('.cta-book').getAttribute('href')`), 'https://agency.example/book');
      await open({ body: `<smp-widget utm="true" ${src} booking-url="https://clinic.example/book"><a href="tel:7605550100">Call</a></smp-widget>` }, '?utm_source=news');
      await ready();
      assert.equal(await browser.run(`return ${root}.querySelector('.cta-book').getAttribute('href')`), 'https://clinic.example/book?utm_source=news');
    } finally {
      file = null;
    }
  });

  // Issue 28 item 5: one line, at most 48 px, clear of the page's own controls once the
  // page is at rest, in both languages, on 320 and 375 px phones; its words say what it is.
  // The page: text with a link now and then, a cookie bar fixed to the bottom with a button
  // in each corner (where the button first lands), a footer with a link in each corner.
  const text = 'Scalp micropigmentation places fine dots of pigment in the skin of the scalp. ';
  const paragraphs = Array.from({ length: 30 }, (_, i) => `<p>${i % 5 ? '' : `<a href="#p${i}">Read part ${i}</a> `}${text.repeat(3)}</p>`).join('');
  const phonePage = `<main style="padding:0 12px">${paragraphs}</main>
    <footer style="display:flex;justify-content:space-between;padding:8px 12px 72px"><a href="#privacy">Privacy</a><a href="#terms">Terms</a></footer>
    <div style="position:fixed;left:0;right:0;bottom:0;display:flex;justify-content:space-between;padding:8px;background:#eee">
      <button type="button">Decline</button><button type="button">Accept all cookies</button></div>
    <smp-widget mode="popup"><a href="tel:7605550100">Call</a></smp-widget>`;

  /** The button's box, its line height, and the page's controls under it. */
  const launcherNow = () => browser.run(`
    const b = ${root}.querySelector('.smp-launcher');
    const r = b.getBoundingClientRect();
    const covered = [...document.querySelectorAll('a[href], button')].filter((e) => {
      const q = e.getBoundingClientRect();
      return q.width && q.right > r.left && q.left < r.right && q.bottom > r.top && q.top < r.bottom;
    }).map((e) => e.textContent);
    return { width: r.width, height: r.height, left: r.left, right: innerWidth - r.right, line: parseFloat(getComputedStyle(b).lineHeight),
             shown: getComputedStyle(b).visibility === 'visible', covered };`);
  // At rest: the loader places the button 150 ms after the last scroll or resize.
  const atRest = () => browser.runAsync(`const done = arguments[0]; setTimeout(() => requestAnimationFrame(() => done()), 400)`);

  for (const lang of ['en', 'es']) {
    test(`the popup button on a phone (${lang}): one line, ≤ 48 px, never over the page's own controls at rest`, async () => {
      for (const width of [320, 375]) {
        await atWidth(browser, width, async () => {
          await open({ lang, body: phonePage });
          await browser.waitFor(`${root}?.querySelector('.smp-launcher')`, 'the launcher');
          const words = await browser.run(`return ${root}.querySelector('.smp-launcher').textContent`);
          // The procedure by name, not the acronym (issue 25).
          assert.match(words, lang === 'es' ? /micropigmentación/ : /^Micropigmentation quiz$/, `${lang} at ${width}: it says what it is`);
          for (const at of [0, 0.25, 0.5, 0.75, 1]) {
            await browser.run(`scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * ${at})`);
            await atRest();
            const button = await launcherNow();
            const where = `${lang} at ${width} px, scrolled ${at * 100} %`;
            assert.ok(button.shown, `${where}: the button shows (a clear spot exists on this page)`);
            assert.ok(button.height <= 48, `${where}: ${button.height} px tall`);
            assert.ok(button.height < 2 * button.line + 24, `${where}: one line`);
            assert.ok(button.left >= 8 && button.right >= 8, `${where}: inside the screen (${JSON.stringify(button)})`);
            assert.deepEqual(button.covered, [], `${where}: the button covers the page's own controls`);
          }
        });
      }
    });
  }

  test('on a page of controls with no clear spot, the popup button steps aside at rest rather than cover one', async () => {
    const rows = Array.from({ length: 80 }, (_, i) => `<button type="button" style="display:block;width:100%;height:40px;margin:0">Row ${i}</button>`).join('');
    await atWidth(browser, 375, async () => {
      await open({ lang: 'en', body: `${rows}<smp-widget mode="popup"><a href="tel:7605550100">Call</a></smp-widget>` });
      await browser.waitFor(`${root}?.querySelector('.smp-launcher')`, 'the launcher');
      await browser.run('scrollTo(0, 600)');
      await atRest();
      const button = await launcherNow();
      assert.ok(!button.shown || button.covered.length === 0, JSON.stringify(button));
      assert.equal(button.shown, false, 'stepped aside');
    });
  });
});
