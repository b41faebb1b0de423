// Issue 13: every privacy and integrity promise on every path. Each test is named after the
// issue's item and the docs/reliability.md id it checks (PRIV-8, PRIV-9, SEC-12, SEC-13, REL-5).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';

import { expectFallback, TAMPERED, vendorLines as linesOf } from './lib/failures.mjs';
import { DIST, ROOT, clickText, headingWith, shadow, withSite } from './lib/harness.mjs';
import { startChromium } from './lib/webdriver.mjs';

const root = shadow();
// JSON with keys sorted at every level: the same value compares equal whatever order the
// browser kept its keys in.
const canon = (value) => JSON.stringify(value, (_, v) => (v && typeof v === 'object' && !Array.isArray(v)
  ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]]))
  : v));
const escape = (s) => String(s).replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

// Everything a page script can observe, in order: DOM events on document (with payloads)
// and dataLayer pushes. The page defines dataLayer itself, as a tag manager does.
const RECORDER = `<script>
  window.__stream = [];
  window.dataLayer = [];
  const push = window.dataLayer.push.bind(window.dataLayer);
  window.dataLayer.push = (...entries) => {
    for (const e of entries) window.__stream.push({ via: 'dataLayer', ...JSON.parse(JSON.stringify(e)) });
    return push(...entries);
  };
  for (const name of ['smp:ready', 'smp:start', 'smp:step', 'smp:complete', 'smp:outcome', 'smp:estimate', 'smp:cta']) {
    document.addEventListener(name, (e) => window.__stream.push({ via: 'document', name, detail: JSON.parse(JSON.stringify(e.detail ?? null)) }));
  }
</script>`;

// From issue 13.
describe('privacy and integrity on every path', () => {
  let asset = null; // per-test override of the widget's files
  let page = null; // per-test override of the page origin's answers

  const { site, browser } = withSite({
      assetRoute: (req, url) => (asset ? asset(url.pathname, req) : null),
      pageRoute: (req, url) => {
        if (page) {
          const custom = page(url, req);
          if (custom) return custom;
        }
        if (url.pathname !== '/widget.html') return null;
        // /widget.html?a=<attributes as JSON>&json=<inline block>&record
        const attributes = JSON.parse(url.searchParams.get('a') ?? '{}');
        const attrs = Object.entries(attributes).map(([k, v]) => (v === true ? k : `${k}="${escape(v)}"`)).join(' ');
        const block = url.searchParams.get('json');
        return {
          status: 200,
          headers: { 'content-type': 'text/html; charset=utf-8' },
          body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><script src="/test-hooks.js"></script>
            ${url.searchParams.has('record') ? RECORDER : ''}
            ${url.searchParams.get('before') ?? ''}
            <script src="${site.assetOrigin}/smp-widget/v1/loader.js" async></script></head><body>
            <button id="host-button" type="button">Host</button>
            <smp-widget phone="760 555 0100" ${attrs}>${block ? `<script type="application/json">${block}</script>` : ''}<a id="fallback-link" href="tel:7605550100">Call</a></smp-widget>
            </body></html>`,
        };
      },
  });

  const widgetPage = (attributes, { json = null, record = false, before = '' } = {}) => {
    const query = new URLSearchParams({ a: JSON.stringify(attributes) });
    if (json !== null) query.set('json', json);
    if (record) query.set('record', '');
    if (before) query.set('before', before);
    return `${site.pageOrigin}/widget.html?${query}`;
  };
  const vendorLines = () => linesOf(browser);
  const ready = () => browser.waitFor(`${root}?.querySelector('.widget')`, 'the widget');
  const streamLength = () => browser.run('return window.__stream.length');
  // Two frames: anything an answer's tick would trigger has run by then.
  const settle = () => browser.frames();

  const ANALYTICS = { clinic: 'Desert Skin Studio', lang: 'en', 'data-layer': true, 'share-outcome': true };

  /** Answers the quiz: each label is ticked, then Next; no event may fire on the tick. */
  async function answer(labels) {
    for (const label of labels) {
      const before = await streamLength();
      await clickText(browser, 'label.choice', label);
      await settle();
      assert.equal(await streamLength(), before, `ticking "${label}" told the page something`);
      await browser.clickInShadow('smp-widget', '.next-button');
      await browser.waitFor(`!${root}.querySelector('input:checked') || ${root}.querySelector('.outcome')`, 'the next step');
    }
    await browser.waitFor(`${root}.querySelector('.outcome')`, 'the outcome');
  }

  // Checks PRIV-8; issue 13 item 1 (docs/reliability.md).
  test('every branch of the quiz gives the page the same events, payloads and count up to smp:complete', async () => {
    const branches = [];
    for (const start of [['Receding hairline', 'Shaved or buzzed'], ['Another area', 'Eyebrows', 'thinned with age', 'None of these']]) {
      for (const keloid of ['No, never', "I'm not sure", 'Yes, I have had a keloid']) {
        const tones = keloid.startsWith('Yes') ? ['Lighter', 'Medium', 'Darker', "I'd rather not say"] : [[]];
        for (const tone of tones) branches.push([...start, 'Healthy', keloid, ...[tone].flat(), "I've been thinking"]);
      }
    }
    assert.equal(branches.length, 12);
    const streams = [];
    for (const labels of branches) {
      await browser.goto(widgetPage(ANALYTICS, { record: true }));
      await ready();
      await browser.clickInShadow('smp-widget', '.start-button');
      await headingWith(browser, 'Which picture');
      await answer(labels);
      await browser.waitFor(`window.__stream.filter((e) => e.name === 'smp:complete' || e.event === 'smp:complete').length === 2`, 'smp:complete, as event and push');
      await settle();
      streams.push(canon(await browser.run('return window.__stream')));
    }
    const expected = [
      { via: 'document', name: 'smp:ready', detail: {} },
      { via: 'dataLayer', event: 'smp:ready' },
      { via: 'document', name: 'smp:start', detail: {} },
      { via: 'dataLayer', event: 'smp:start' },
      { via: 'document', name: 'smp:complete', detail: {} },
      { via: 'dataLayer', event: 'smp:complete' },
    ];
    // The widget dispatches the DOM event, then pushes: compare as sets per step in order.
    const normalise = (s) => JSON.parse(s).map(canon);
    for (const [i, stream] of streams.entries()) {
      assert.deepEqual(normalise(stream).sort(), expected.map(canon).sort(), `branch ${branches[i].join(' / ')}`);
      assert.equal(stream, streams[0], `branch ${branches[i].join(' / ')} differs from the first`);
    }
  });

  // Checks PRIV-8; issue 13 item 3 (docs/reliability.md).
  test('the outcome category leaves only after the visitor ticks the box; the start screen says what is sent', async () => {
    await browser.goto(widgetPage(ANALYTICS, { record: true }));
    await ready();
    const intro = await browser.run(`return ${root}.querySelector('.start .meta').textContent`);
    assert.doesNotMatch(intro, /Nothing is sent anywhere/, 'this page does send counts');
    assert.match(intro, /record only your start and finish, the city you choose for prices and the buttons you press, never your answers/);
    assert.match(intro, /Your result is shared only if you check the box/);
    await browser.clickInShadow('smp-widget', '.start-button');
    await headingWith(browser, 'Which picture');
    await answer(['Receding hairline', 'Shaved or buzzed', 'Psoriasis or another', 'No, never', "I've been thinking"]);
    await headingWith(browser, 'Wait until');
    await settle();
    const before = await browser.run('return window.__stream');
    assert.ok(!JSON.stringify(before).includes('wait-for-flare-up'), 'no category before the tick');
    assert.equal(await browser.run(`return ${root}.querySelector('.share-outcome-box').checked`), false, 'default off');
    assert.match(await browser.run(`return ${root}.querySelector('.share-outcome').textContent`), /Include my result \(not my answers\) in this site's statistics/);
    await browser.clickInShadow('smp-widget', '.share-outcome-box');
    await browser.waitFor(`window.__stream.filter((e) => e.name === 'smp:outcome' || e.event === 'smp:outcome').length === 2`, 'smp:outcome');
    const shared = (await browser.run('return window.__stream')).slice(before.length);
    assert.deepEqual(shared.map(canon).sort(), [
      { via: 'document', name: 'smp:outcome', detail: { outcome: 'wait-for-flare-up' } },
      { via: 'dataLayer', event: 'smp:outcome', outcome: 'wait-for-flare-up' },
    ].map(canon).sort());

    // Each configuration's own sentence, in both languages.
    const sentences = async (attributes) => {
      await browser.goto(widgetPage(attributes));
      await ready();
      return browser.run(`return ${root}.querySelector('.start .meta').textContent`);
    };
    assert.match(await sentences({ lang: 'en' }), /Your answers stay in this browser\. Nothing is sent anywhere\./);
    assert.match(await sentences({ lang: 'es' }), /Sus respuestas se quedan en este navegador\. No se envía nada a ningún lado\./);
    const lead = await sentences({ lang: 'en', 'lead-url': 'https://forms.example-clinic.com/smp' });
    assert.match(lead, /Your details go to the clinic only if you ask it to contact you\./);
    assert.doesNotMatch(lead, /Nothing is sent/);
    const es = await sentences({ lang: 'es', 'data-layer': true });
    assert.match(es, /solo registran cuándo empieza y termina, la ciudad que elige para ver precios y los botones que presiona, nunca sus respuestas/);
    assert.doesNotMatch(es, /No se envía nada/);
  });

  // Checks PRIV-9; issue 13 item 4 (docs/reliability.md).
  test('a config-src file cannot send data elsewhere; the consent sentence names the receiving host', async () => {
    page = (url) => url.pathname === '/agency.json'
      ? {
          status: 200,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            clinic: 'Agency Clinic', lead_url: 'https://evil.example/collect', data_layer: true,
            share_outcome: true, utm: true, mode: 'popup', launcher: '#host-button',
          }),
        }
      : null;
    try {
      await browser.goto(widgetPage({ lang: 'en', 'config-src': '/agency.json' }));
      await ready();
      assert.match(await browser.run(`return ${root}.querySelector('.help').textContent`), /Agency Clinic/, 'harmless options still apply');
      assert.equal(await browser.run(`return ${root}.querySelector('.smp-launcher, dialog')`), null, 'mode from config-src is ignored');
      const lines = await vendorLines();
      const fields = lines.map((l) => l.text.replace('[smp-widget] config-invalid: ', '').split(' ')[0]).sort();
      // `launcher`, like `mode`, is wired by the loader before the file arrives: said, not
      // silently dropped.
      assert.deepEqual(fields, ['data_layer', 'launcher', 'lead_url', 'mode', 'share_outcome', 'utm'], JSON.stringify(lines));
      for (const line of lines) {
        assert.match(line.text, /may only be set on the element .* in the config-src file\); ignored: set it on the element$/);
        assert.equal(line.level, 'error', line.text);
      }
      assert.match(await browser.run(`return ${root}.querySelector('.start .meta').textContent`), /Nothing is sent anywhere/);
      await browser.clickInShadow('smp-widget', '.skip-to-cost');
      await headingWith(browser, 'Estimate your cost');
      assert.equal(await browser.run(`return ${root}.querySelector('.lead-form')`), null, 'no contact form to a foreign host');
      assert.equal(await browser.run('return window.dataLayer'), null, 'nothing pushed to a dataLayer');
    } finally {
      page = null;
    }
    // The element's own lead-url: the consent sentence names the host.
    await browser.goto(widgetPage({ lang: 'en', clinic: 'Desert Skin Studio', 'lead-url': 'https://forms.example-clinic.com/smp' }));
    await ready();
    await browser.clickInShadow('smp-widget', '.skip-to-cost');
    await headingWith(browser, 'Estimate your cost');
    const consent = await browser.run(`return ${root}.querySelector('.lead-form').textContent`);
    assert.match(consent, /Desert Skin Studio/);
    assert.match(consent, /forms\.example-clinic\.com/);
  });

  // Checks SEC-13; issue 13 item 5 (docs/reliability.md).
  test('a lead-url with user info is refused by parsing, not by prefix', async () => {
    for (const value of ['http://localhost:@evil.example/x', 'https://clinic.example@evil.example/x', 'https://user:pw@forms.example.com/x']) {
      await browser.goto(widgetPage({ lang: 'en', 'lead-url': value }));
      await ready();
      const lines = await vendorLines();
      assert.equal(lines.length, 1, `${value}: ${JSON.stringify(lines)}`);
      assert.match(lines[0].text, /^\[smp-widget\] config-invalid: lead-url rejected/, value);
      await browser.clickInShadow('smp-widget', '.skip-to-cost');
      await headingWith(browser, 'Estimate your cost');
      assert.equal(await browser.run(`return ${root}.querySelector('.lead-form')`), null, `${value}: no form`);
    }
  });

  // Checks SEC-12; issue 13 item 2 (docs/reliability.md).
  test('a tampered glue leaves the fallback with one integrity-failed line and never runs', async () => {
    asset = TAMPERED.glue;
    try {
      await browser.goto(widgetPage({ lang: 'en' }));
      const line = await expectFallback(browser, 'integrity-failed');
      assert.match(line.text, /smp-widget\.js does not match the integrity hash/);
      assert.equal(await browser.run(`return document.querySelectorAll('script[src*="smp-widget.js"]').length`), 0, 'no script element left behind');
    } finally {
      asset = null;
    }
  });

  // Checks SEC-12; issue 13 item 2 (docs/reliability.md).
  test('a loader the build never processed refuses to start', async () => {
    const before = site.assetRequests.length;
    asset = (path) => path.endsWith('/loader.js')
      ? { status: 200, headers: { 'content-type': 'text/javascript', 'access-control-allow-origin': '*' }, body: readFileSync(join(ROOT, 'loader/loader.js'), 'utf8') }
      : null;
    try {
      await browser.goto(widgetPage({ lang: 'en' }));
      await browser.waitFor(`window.__smpTestLog.some((l) => l.text.startsWith('[smp-widget] integrity-failed'))`, 'the integrity-failed line');
      assert.equal((await vendorLines()).length, 1);
      const fetched = site.assetRequests.slice(before).filter((p) => !p.endsWith('/loader.js'));
      assert.deepEqual(fetched, [], 'no glue and no wasm were fetched');
      assert.ok(await browser.run(`return document.getElementById('fallback-link').getBoundingClientRect().width > 0`));
    } finally {
      asset = null;
    }
  });

  // From issue 13 item 6.
  test('"remember for 24 hours" keeps the expiry fixed at the opt-in, and says scripts can read it', async () => {
    await browser.goto(`${site.pageOrigin}/storage.html`);
    await browser.run('localStorage.clear()');
    await browser.goto(`${site.pageOrigin}/storage.html`);
    await ready();
    assert.match(await browser.run(`return ${root}.querySelector('.remember').textContent`), /other code on this site can read them/);
    await browser.clickInShadow('smp-widget', '.remember-box');
    await browser.waitFor(`localStorage.getItem('smp-widget:progress')`, 'saved progress');
    const first = JSON.parse(await browser.run(`return localStorage.getItem('smp-widget:progress')`)).expires;
    // Later: the page is loaded again and the visitor answers on.
    await browser.goto(`${site.pageOrigin}/storage.html`);
    await ready();
    await browser.clickInShadow('smp-widget', '.start-button');
    await headingWith(browser, 'Which picture');
    await clickText(browser, 'label.choice', 'Receding hairline');
    await browser.clickInShadow('smp-widget', '.next-button');
    await headingWith(browser, 'How do you wear');
    const saved = JSON.parse(await browser.run(`return localStorage.getItem('smp-widget:progress')`));
    assert.notEqual(saved.p, '000000000', 'the new answer was saved');
    assert.equal(saved.expires, first, 'saving again does not push the expiry out');
    await browser.run('localStorage.clear()');
  });

  // From issue 13 item 6.
  test('prices-as-of in the future, a JSON number the Rust reader could not hold, and mode=" popup"', async () => {
    await browser.goto(widgetPage({ lang: 'en', 'prices-as-of': '9999-12-31' }));
    await ready();
    let lines = await vendorLines();
    assert.equal(lines.length, 1, JSON.stringify(lines));
    assert.match(lines[0].text, /config-invalid: prices-as-of rejected/);

    await browser.goto(widgetPage({ lang: 'en' }, { json: '{"clinic": "Ana\'s Clinic", "radius": 1e400}' }));
    await ready();
    lines = await vendorLines();
    assert.equal(lines.length, 1, JSON.stringify(lines));
    assert.match(lines[0].text, /config-invalid: radius rejected/);
    assert.match(await browser.run(`return ${root}.querySelector('.help').textContent`), /Ana's Clinic/, 'the other field is kept');

    await browser.goto(widgetPage({ lang: 'en', mode: ' popup' }));
    await browser.waitFor(`${root}?.querySelector('.smp-launcher')`, 'the launcher');
    assert.ok(await browser.run(`return document.querySelector('smp-widget').getBoundingClientRect().height < 60`), 'a popup reserves no box');
    await browser.clickInShadow('smp-widget', '.smp-launcher');
    await browser.waitFor(`${root}.querySelector('dialog[open] .start-button')`, 'the dialog');
    await browser.run(`${root}.querySelector('dialog').close()`);
    // Mounted: the widget's own sheet agrees with the loader (no box, the launcher works).
    assert.ok(await browser.run(`return document.querySelector('smp-widget').getBoundingClientRect().height < 60`), 'no box once mounted');
    await browser.clickInShadow('smp-widget', '.smp-launcher');
    await browser.waitFor(`${root}.querySelector('dialog[open] .start-button')`, 'the dialog, again');
    assert.deepEqual(await vendorLines(), []);
  });

  // Checks REL-5; issue 13 item 6 (docs/reliability.md).
  test('a config-src that hangs or is huge: the widget starts with its other options within the boot timeout, one line', async () => {
    for (const [name, answer, expected] of [
      ['hangs', { hang: true }, /no answer within 8 s/],
      ['is huge', { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ clinic: 'Huge', pad: 'x'.repeat(200000) }) }, /larger than 64 KB/],
    ]) {
      page = (url) => (url.pathname === '/slow.json' ? answer : null);
      try {
        await browser.goto(widgetPage({ lang: 'en', clinic: 'Page Clinic', 'config-src': '/slow.json' }));
        await browser.waitFor(`${root}?.querySelector('.widget')`, `the widget when config-src ${name}`, 12000);
        const lines = await vendorLines();
        assert.equal(lines.length, 1, `${name}: ${JSON.stringify(lines)}`);
        assert.match(lines[0].text, expected, name);
        assert.match(await browser.run(`return ${root}.querySelector('.help').textContent`), /Page Clinic/);
      } finally {
        page = null;
        site.releaseHung();
      }
    }
  });

  // From issue 13 item 6.
  test('no test hook in the release build; a polluted Object.prototype is no launcher selector; answers masked for session replay', async () => {
    assert.ok(!readFileSync(join(DIST, 'smp-widget/v1/smp-widget.js'), 'utf8').includes('simulate_panic'));
    assert.ok(!readFileSync(join(DIST, 'smp-widget/v1/smp-widget_bg.wasm')).includes('simulate_panic'));
    await browser.goto(widgetPage({ lang: 'en' }));
    await ready();
    assert.equal(await browser.run(`return typeof document.querySelector('smp-widget').simulate_panic`), 'undefined');

    // A page whose Object.prototype carries a launcher selector: the loader reads only the
    // block's own keys, so the popup keeps its own launcher.
    const pollute = `<script>Object.prototype.launcher = '#host-button';</script>`;
    await browser.goto(widgetPage({ lang: 'en', mode: 'popup' }, { json: '{"clinic": "Polluted Page"}', before: pollute }));
    await browser.waitFor(`${root}?.querySelector('.smp-launcher')`, 'the widget\'s own launcher');
    assert.equal(await browser.run(`return document.getElementById('host-button').hasAttribute('aria-haspopup')`), false, 'the host button was not taken');
  });

  // From issue 13 item 6.
  test('session replay: the result, its reasons, the status line and the printable summary are all inside the masking markers', async () => {
    await browser.goto(widgetPage({ lang: 'en' }, { record: true }));
    await ready();
    await browser.clickInShadow('smp-widget', '.start-button');
    await headingWith(browser, 'Which picture');
    await answer(['Receding hairline', 'Shaved or buzzed', 'Healthy', 'Yes, I have had a keloid', 'Darker', "I've been thinking"]);
    await browser.waitFor(`${root}.querySelector('[role=status]').textContent.trim()`, 'the status line');
    // Every text the widget shows, the hidden summary and the screen-reader line included.
    const texts = await browser.run(`
      const masked = (e) => e.closest('.fs-mask.rr-mask.ph-no-capture.sentry-mask[data-hj-suppress][data-clarity-mask="true"][data-private]');
      const walker = document.createTreeWalker(${root}, NodeFilter.SHOW_TEXT);
      const all = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.textContent.trim() && !n.parentElement.closest('style')) all.push({ text: n.textContent.trim(), masked: !!masked(n.parentElement), summary: !!n.parentElement.closest('.print-summary'), status: !!n.parentElement.closest('[role=status]') });
      }
      return all;`);
    assert.ok(texts.some((t) => t.summary && /keloid/i.test(t.text)), 'the summary holds the reasons');
    assert.ok(texts.some((t) => t.status), 'the status line has text');
    assert.deepEqual(texts.filter((t) => !t.masked).map((t) => t.text), [], 'text outside the masking markers');
  });

  // From issue 13 items 1, 2, 4, 6.
  test('EMBEDDING.md documents the events, the integrity chain, connect-src, masking and the contact request', () => {
    const doc = readFileSync(join(ROOT, 'EMBEDDING.md'), 'utf8');
    assert.ok(!doc.includes('`smp:step`'), 'no per-question event is documented');
    for (const text of ['`smp:start`', '`smp:outcome`', 'connect-src', 'integrity', 'data-hj-suppress', 'trusted-types smp-widget', 'contact request']) {
      assert.ok(doc.includes(text), `EMBEDDING.md mentions ${text}`);
    }
  });
});

// Checks SEC-13 (docs/reliability.md).
describe('config-src over plain http only from localhost to localhost', () => {
  // The page is served as http://clinic.test (a clinic's site without TLS), mapped to this
  // machine; the widget's files still come from localhost.
  const MAP = '--host-resolver-rules=MAP clinic.test 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE localhost';
  const { site, browser } = withSite({}, { start: () => startChromium({ args: [MAP] }) });

  // Checks SEC-13 (docs/reliability.md).
  test('on an http page that is not localhost, a same-origin http config-src is refused with one line; the widget starts with its other options', async () => {
    const page = new URL(`${site.pageOrigin}/config-src.html`);
    page.hostname = 'clinic.test';
    await browser.goto(page.href);
    const layers = `document.getElementById('layers').shadowRoot`;
    await browser.waitFor(`${layers}?.querySelector('.widget') && document.getElementById('bad-src').shadowRoot?.querySelector('.widget')`, 'both widgets');
    assert.doesNotMatch(await browser.run(`return ${layers}.querySelector('.help').textContent`), /Remote Config Clinic/, 'nothing from the http file');
    assert.equal(await browser.run(`return ${layers}.querySelector('#smp-city')`), null, 'parts from the file not applied: the start screen');
    const refused = (await browser.run('return window.__smpTestLog')).filter((l) => l.text.includes('config-src rejected'));
    assert.deepEqual(refused.map((l) => /\("([^"]+)" in the attribute\)/.exec(l.text)[1]), ['/clinic-config.json', 'http://evil.example/config.json']);
  });
});
