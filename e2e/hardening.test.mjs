// docs/reliability.md's checks, each test named with its check id: CSP, config hardening, host
// isolation, failures that leave the fallback, privacy, medical copy.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';

import { DIST, DIST_HOOKS, clickText, headingWith, shadow, startSite, withSite } from './lib/harness.mjs';

const root = shadow();
const V1 = join(DIST, 'smp-widget/v1');
const escape = (s) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

describe('hardening: docs/reliability.md checks', () => {
  let asset = null; // per-test override of the widget's files: (path) => response | null

  const { site, browser } = withSite({
      assetRoute: (req, url) => (asset ? asset(url.pathname, req) : null),
      pageHeaders: (path, assets) => {
        const base = `script-src 'self' ${assets}`;
        if (path === '/csp.html?no-wasm-eval') return { 'content-security-policy': `${base}; style-src 'self'; object-src 'none'` };
        if (path === '/csp.html?trusted-types') {
          return { 'content-security-policy': `${base} 'wasm-unsafe-eval'; style-src 'self'; require-trusted-types-for 'script'; trusted-types smp-widget` };
        }
        return {};
      },
      pageRoute: (req, url) => {
        if (url.pathname !== '/one.html') return null;
        const name = url.searchParams.get('attr');
        const value = url.searchParams.get('value');
        const shown = url.searchParams.has('raw') ? value : escape(value);
        return {
          status: 200,
          headers: { 'content-type': 'text/html; charset=utf-8' },
          body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><script src="/test-hooks.js"></script>
            <script src="${site.assetOrigin}/smp-widget/v1/loader.js" async></script></head><body>
            <smp-widget ${name === 'phone' ? '' : 'phone="760 555 0100"'} ${name === 'lang' ? '' : 'lang="en"'} ${name}="${shown}"><a id="fallback-link" href="tel:7605550100">Call</a></smp-widget></body></html>`,
        };
      },
    });

  const vendorLines = async () => (await browser.run('return window.__smpTestLog')).filter((l) => l.text.startsWith('[smp-widget]'));
  const ready = async () => {
    try {
      await browser.waitFor(`${root}?.querySelector('.widget')`, 'the widget');
    } catch (error) {
      const log = await browser.run('return window.__smpTestLog').catch(() => null);
      throw new Error(`${error.message}; console: ${JSON.stringify(log)}; last widget requests: ${site.assetRequests.slice(-4)}`);
    }
  };

  /** Fallback visible, clickable, host button working, exactly one vendor line of `kind`. */
  async function assertFallback(kind, { level = 'error', onerror = [] } = {}) {
    await browser.waitFor(`window.__smpTestLog.some((l) => l.text.startsWith('[smp-widget] ${kind}'))`, `the ${kind} line`, 12000);
    const lines = await vendorLines();
    assert.equal(lines.length, 1, JSON.stringify(lines));
    assert.equal(lines[0].level, level);
    const box = await browser.run(`const r = document.getElementById('fallback-link').getBoundingClientRect(); return r.width > 0 && r.height > 0`);
    assert.ok(box, 'the fallback link is visible');
    assert.ok(await browser.run(`return !!${root}?.querySelector('slot')`), 'the slot shows the fallback');
    // Clickable: a real click reaches it (navigation to tel: is stopped here).
    await browser.run(`document.getElementById('fallback-link').addEventListener('click', (e) => { e.preventDefault(); window.__fallbackClicked = true; })`);
    await browser.click(await browser.find('#fallback-link'));
    assert.equal(await browser.run('return window.__fallbackClicked'), true);
    assert.deepEqual(await browser.run('return window.__onerrorCalls'), onerror);
    return lines[0];
  }

  // Checks CSP-2, REL-3 (csp-wasm) (docs/reliability.md).
  test('without wasm-unsafe-eval, one wasm-eval violation, the fallback, one line naming the directive', async () => {
    await browser.goto(`${site.pageOrigin}/csp.html?no-wasm-eval`);
    const line = await assertFallback('csp-wasm');
    assert.match(line.text, /wasm-unsafe-eval/);
    const violations = await browser.run('return window.__cspViolations');
    assert.deepEqual(violations.filter((v) => v.endsWith('wasm-eval')).length, 1, JSON.stringify(violations));
    assert.deepEqual(await browser.run('return window.__hostErrors'), []);
  });

  // Checks CSP-3 (docs/reliability.md).
  test('no eval, new Function or Function( in the loader or the wasm-bindgen glue', () => {
    for (const file of ['loader.js', 'smp-widget.js']) {
      const text = readFileSync(join(V1, file), 'utf8');
      // A call or construction, not the text "Function(" inside a template literal (the
      // glue's debug printer writes `Function(${name})`).
      const calls = text.match(/(?<![\w$.`{])(?:new\s+)?(?:Function|eval)\s*\(/g) ?? [];
      assert.deepEqual(calls, [], `${file} calls ${calls}`);
    }
    assert.ok(readFileSync(join(V1, 'smp-widget.js'), 'utf8').includes('`Function(${'), 'the pattern still sees the glue');
  });

  // Checks CSP-4 (docs/reliability.md).
  test('under Trusted Types the widget boots with no violation; no HTML string sinks in the build', async () => {
    const loader = readFileSync(join(V1, 'loader.js'), 'utf8');
    for (const sink of ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write']) {
      assert.ok(!loader.includes(sink), `loader.js uses ${sink}`);
    }
    // One script URL is set: the glue's, through the smp-widget Trusted Types policy where
    // the page has Trusted Types (the run below reports any string reaching the sink).
    assert.equal(loader.match(/\.src=/g)?.length ?? 0, 1, 'one script.src assignment');
    assert.ok(loader.includes("createPolicy('smp-widget'") || loader.includes('createPolicy("smp-widget"'), 'through the smp-widget policy');
    // The glue's only HTML sink is Yew's raw-HTML node binding; our source never builds one
    // (and the Trusted Types run below would report any string reaching it). The glue ships
    // minified, so spacing is not part of the match.
    const glue = readFileSync(join(V1, 'smp-widget.js'), 'utf8');
    const sinks = glue.match(/\.(?:innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write/g) ?? [];
    assert.deepEqual(sinks.map((s) => s.replace(/\s/g, '')), ['.innerHTML=']);
    const source = (dir) => readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.rs')).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    assert.ok(!/from_html_unchecked|VRaw|set_inner_html|inner_html/.test(source(join(DIST, '..', 'src'))));
    await browser.goto(`${site.pageOrigin}/csp.html?trusted-types`);
    await ready();
    await browser.clickInShadow('smp-widget', '.start-button');
    await headingWith(browser, 'Which picture');
    assert.deepEqual(await browser.run('return window.__cspViolations'), []);
    assert.deepEqual(await vendorLines(), []);
  });

  // SEC-1, SEC-2, SEC-3, SEC-4, SEC-6 and the table of bad configurations: each row
  // is one bad attribute; the widget renders with the default, one line names the field.
  const rows = [
    ['booking-url', 'javascript:alert(1)', 'booking-url rejected: scheme not allowed', 'error'],
    ['booking-url', 'JaVaScRiPt:alert(1)', 'booking-url rejected: scheme not allowed', 'error'],
    ['booking-url', ' javascript:alert(1)', 'booking-url rejected: scheme not allowed', 'error'],
    ['booking-url', 'java\tscript:alert(1)', 'booking-url rejected: scheme not allowed', 'error'],
    ['booking-url', '&#106;avascript:alert(1)', 'booking-url rejected: scheme not allowed', 'error', true],
    ['booking-url', 'data:text/html,<script>alert(1)</script>', 'booking-url rejected: scheme not allowed', 'error'],
    ['booking-url', 'vbscript:msgbox(1)', 'booking-url rejected: scheme not allowed', 'error'],
    ['booking-url', '//evil.example', 'booking-url rejected: scheme not allowed', 'error'],
    ['booking-url', 'http://clinic.example/book', 'booking-url rejected: scheme not allowed', 'error'],
    ['booking-url', 'https:/clinic.example', 'booking-url rejected: must be an absolute https:// address', 'error'],
    ['booking-url', 'https://clinic.example/a b', 'booking-url rejected: spaces', 'error'],
    ['phone', 'call us!', 'phone rejected', 'error'],
    ['phone', '<b>760</b>', 'phone rejected', 'error'],
    ['phone', '12345', 'phone rejected', 'error'],
    ['phone', '760-501-0080 ext 2', 'phone rejected', 'error'],
    ['phone', '1+760 555 0100', 'phone rejected', 'error'],
    ['clinic', '', 'clinic rejected: is empty', 'error'],
    ['clinic', 'x'.repeat(121), 'clinic rejected: is longer than 120 characters', 'error'],
    ['city', '   ', 'city rejected: is empty', 'error'],
    ['lang', 'fr', 'lang rejected', 'error'],
    ['brand-color', 'red', 'brand-color rejected', 'error'],
    ['brand-color', '#12345', 'brand-color rejected', 'error'],
    ['brand-color', 'url(x)', 'brand-color rejected', 'error'],
    ['brand-color', '#ffff00', 'brand-color adjusted', 'error'],
    ['radius', '99', 'radius rejected', 'error'],
    ['radius', 'abc', 'radius rejected', 'error'],
    ['font', 'x;}body{display:none', 'font rejected', 'error'],
    ['z-index', '-4', 'z-index rejected', 'error'],
    ['mode', 'sideways', 'mode rejected', 'error'],
    ['parts', 'everything', 'parts rejected', 'error'],
    ['clinic-price', '4000-2500', 'clinic-price rejected: low is greater than high', 'error'],
    ['clinic-price', 'cheap', 'clinic-price rejected', 'error'],
    ['max-price-age-months', 'NaN', 'max-price-age-months rejected', 'error'],
    ['payment-apr', '99', 'payment-apr rejected: must be 0 to 36', 'error'],
    ['price-basis', 'hour', 'price-basis rejected', 'error'],
    ['prices-as-of', 'yesterday', 'prices-as-of rejected', 'error'],
    ['share-outcome', 'maybe', 'share-outcome rejected', 'error'],
  ];
  // Checks SEC-1, SEC-2, SEC-3, SEC-4, SEC-6, REL-3 (config-invalid) (docs/reliability.md).
  test(`${rows.length} bad configurations, one line each, defaults kept`, async () => {
    for (const [name, value, expected, level, raw] of rows) {
      await browser.goto(`${site.pageOrigin}/one.html?attr=${name}&value=${encodeURIComponent(value)}${raw ? '&raw' : ''}`);
      await ready();
      const lines = await vendorLines();
      const label = `${name}=${JSON.stringify(value)}`;
      assert.equal(lines.length, 1, `${label}: ${JSON.stringify(lines)}`);
      assert.ok(lines[0].text.startsWith(`[smp-widget] config-invalid: ${expected}`), `${label}: ${lines[0].text}`);
      assert.equal(lines[0].level, level, label);
      // The widget runs (fallback gone) with safe defaults.
      assert.equal(await browser.run(`return !!${root}.querySelector('slot')`), false, label);
      assert.equal(await browser.run(`return ${root}.querySelector('.cta-book')`), null, `${label}: no booking link`);
      assert.match(await browser.run(`return ${root}.querySelector('.cta-call').getAttribute('href')`), /^tel:\+?\d+$/, label);
      assert.equal(await browser.run('return window.__alerts'), 0, label);
      assert.deepEqual(await browser.run('return window.__hostErrors'), [], label);
    }
  });

  // Checks SEC-3 (docs/reliability.md).
  test('an https booking link is kept byte for byte and opens safely', async () => {
    const url = 'https://clinic.example/book?x=1&y=%20#y';
    await browser.goto(`${site.pageOrigin}/one.html?attr=booking-url&value=${encodeURIComponent(url)}`);
    await ready();
    const link = await browser.run(`const a = ${root}.querySelector('.cta-book'); return [a.getAttribute('href'), a.target, a.rel]`);
    assert.deepEqual(link, [url, '_blank', 'noopener noreferrer']);
    assert.deepEqual(await vendorLines(), []);
  });

  // Checks SEC-4 (docs/reliability.md).
  test('a valid phone renders as tel: with the formatting stripped', async () => {
    await browser.goto(`${site.pageOrigin}/one.html?attr=data-x&value=1`);
    await ready();
    assert.equal(await browser.run(`return ${root}.querySelector('.cta-call').getAttribute('href')`), 'tel:7605550100');
  });

  // Checks SEC-5, SEC-6 (docs/reliability.md).
  test('a clinic name of HTML is text; malformed JSON and unknown keys warn per field and never throw', async () => {
    await browser.goto(`${site.pageOrigin}/bad-config.html`);
    await ready();
    assert.equal(await browser.run(`return ${root}.querySelector('img')`), null);
    assert.match(await browser.run(`return ${root}.querySelector('.help').textContent`), /<img src=x onerror=alert\(1\)>/);
    const lines = (await vendorLines()).map((l) => l.text.replace('[smp-widget] config-invalid: ', '').split(' ')[0]);
    assert.deepEqual(lines.sort(), ['booking-url', 'brand-color', 'colour', 'lang', 'mode', 'phone', 'prices', 'prices', 'radius'].sort());
    assert.equal(await browser.run('return window.__alerts'), 0);
    assert.deepEqual(await browser.run('return window.__hostErrors'), []);
  });

  // Checks SEC-8 (docs/reliability.md).
  test('at most one new global, no built-in prototype touched', async () => {
    const diff = () => browser.run(
      `const before = new Set(window.__windowKeysBefore);
       // Set aside: test instrumentation (__*) and chromedriver's own helpers.
       return Object.keys(window).filter((k) => !before.has(k) && !k.startsWith('__') && !/^(se_|ret_nodes$)/.test(k));`,
    );
    // What WebDriver itself leaves on a page without the widget, to set aside.
    await browser.goto(`${site.pageOrigin}/empty.html`);
    await browser.run(`return document.title`);
    const driver = new Set(await diff());
    await browser.goto(`${site.pageOrigin}/basic.html`);
    await ready();
    await browser.clickInShadow('smp-widget', '.start-button');
    await headingWith(browser, 'Which picture');
    const added = (await diff()).filter((k) => !driver.has(k));
    assert.deepEqual(added, [], 'new globals');
    const result = await browser.run(
      `const before = new Set(window.__windowKeysBefore);
       const added = Object.keys(window).filter((k) => !before.has(k));
       const now = [Array.prototype.push, Array.prototype.map, Element.prototype.attachShadow,
         Element.prototype.setAttribute, Function.prototype.call, Function.prototype.apply, Object.assign, JSON.parse];
       return { same: now.every((f, i) => f === window.__builtinsBefore[i]) };`,
    );
    assert.equal(result.same, true);
  });

  // Checks SEC-9 (docs/reliability.md).
  test('the versioned loader works with integrity and CORS; one changed byte is refused and the fallback stays', async () => {
    await browser.goto(`${site.pageOrigin}/sri.html`);
    await ready();
    asset = (path) => {
      if (!path.endsWith('/loader.js')) return null;
      const body = readFileSync(join(V1, 'loader.js'), 'utf8').replace('smp-widget', 'smp-widgeT');
      return { status: 200, headers: { 'content-type': 'text/javascript', 'access-control-allow-origin': '*' }, body };
    };
    try {
      await browser.goto(`${site.pageOrigin}/sri.html`);
      await browser.waitFor(`document.readyState === 'complete'`, 'the page loaded');
      assert.equal(await browser.run(`return customElements.get('smp-widget') === undefined && customElements.get('smp-widgeT') === undefined`), true);
      const box = await browser.run(`const r = document.getElementById('fallback-link').getBoundingClientRect(); return r.width > 0`);
      assert.ok(box, 'the fallback link stays visible');
    } finally {
      asset = null;
    }
  });

  // Checks SEC-10, REL-3 (integrity-failed) (docs/reliability.md).
  test('a tampered .wasm is refused and never instantiated', async () => {
    asset = (path, req) => {
      if (!path.endsWith('.wasm') || req.method === 'HEAD') return null;
      const bytes = readFileSync(join(V1, 'smp-widget_bg.wasm'));
      bytes[bytes.length - 1] ^= 1;
      return { status: 200, headers: { 'content-type': 'application/wasm', 'access-control-allow-origin': '*' }, body: bytes };
    };
    try {
      await browser.goto(`${site.pageOrigin}/basic.html`);
      const line = await assertFallback('integrity-failed');
      assert.match(line.text, /integrity/);
      assert.equal(await browser.run(`return ${root}.querySelector('.widget')`), null);
    } finally {
      asset = null;
    }
  });

  // Checks ISO-3, REL-3 (panic) (docs/reliability.md).
  test('a panic: one line, the fallback, one tagged onerror, the host keeps working', async () => {
    // The release has no way to make a widget panic (issue 13 item 6): this test runs
    // against the test build, whose only difference is the simulate_panic hook.
    const hooks = await startSite({ dist: DIST_HOOKS });
    try {
      await panicTest(hooks);
    } finally {
      await hooks.close();
    }
  });

  async function panicTest(hooks) {
    await browser.goto(`${hooks.pageOrigin}/basic.html`);
    await ready();
    await browser.run(`window.__hostClicks = 0; document.getElementById('host-button').addEventListener('click', () => window.__hostClicks++)`);
    // The test-only trigger, fired from a timer as a bug in an event handler would be.
    await browser.run(`setTimeout(() => document.querySelector('smp-widget').simulate_panic())`);
    await assertFallback('panic', { onerror: ['Uncaught Error: [smp-widget] panic: the widget stopped'] }).catch(async (e) => {
      throw new Error(`${e.message}; onerror: ${JSON.stringify(await browser.run('return window.__onerrorCalls'))}`);
    });
    await browser.click(await browser.find('#host-button'));
    assert.equal(await browser.run('return window.__hostClicks'), 1);
    // The dead widget stays quiet: API calls and attribute changes do nothing.
    await browser.run(`const w = document.querySelector('smp-widget'); w.reset(); w.open(); w.setAttribute('clinic', 'x')`);
    await browser.click(await browser.find('#fallback-link'));
    assert.equal((await vendorLines()).length, 1);
    assert.equal((await browser.run('return window.__onerrorCalls')).length, 1);
  }

  for (const [name, response, kind] of [
    ['a 404', () => ({ status: 404, body: 'gone' }), 'fetch-failed'],
    ['a wrong MIME type', () => ({ status: 200, headers: { 'content-type': 'text/plain', 'access-control-allow-origin': '*' }, body: readFileSync(join(V1, 'smp-widget_bg.wasm')) }), 'fetch-failed'],
    ['a 10 s hang', () => ({ hang: true }), 'timeout'],
  ]) {
    // Checks ISO-4 and REL-3's failure class `kind` (docs/reliability.md).
    test(`${name} on the .wasm leaves the fallback and never delays the page's load event`, async () => {
      asset = (path, req) => (path.endsWith('.wasm') && (req.method !== 'HEAD' || name === 'a 404') ? response() : null);
      try {
        await browser.goto(`${site.pageOrigin}/basic.html`);
        // WebDriver's navigation returns at the load event: it fired, the widget did not hold it.
        assert.equal(await browser.run('return document.readyState'), 'complete');
        await assertFallback(kind);
      } finally {
        asset = null;
        site.releaseHung();
      }
    });
  }

  // Checks ISO-5, REL-3 (no-wasm) (docs/reliability.md).
  test('without WebAssembly (Lockdown Mode) the fallback stays with one info line', async () => {
    await browser.goto(`${site.pageOrigin}/no-wasm.html`);
    await assertFallback('no-wasm', { level: 'info' });
    assert.equal(await browser.run(`return performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.wasm')).length`), 0);
  });

  // Checks PRIV-1, PRIV-7 (docs/reliability.md).
  test('a whole quiz and estimate requests only the widget\'s files; no cookies, no geolocation', async () => {
    await browser.goto(`${site.pageOrigin}/basic.html`);
    await browser.run(
      `window.__geo = 0; for (const m of ['getCurrentPosition', 'watchPosition']) navigator.geolocation[m] = () => { window.__geo++; };`,
    );
    const cookies = await browser.run('return document.cookie');
    await ready();
    await browser.clickInShadow('smp-widget', '.start-button');
    for (const [label, next] of [['Crown', 'How do you wear'], ['Shaved', 'skin'], ['Healthy', 'keloid'], ['No, never', 'why you'], ['thinking', 'great fit']]) {
      await clickText(browser, 'label.choice', label.replace('Crown', 'Thinning or bald crown'));
      await browser.clickInShadow('smp-widget', '.next-button');
      await headingWith(browser, next);
    }
    await browser.clickInShadow('smp-widget', '.see-cost');
    await headingWith(browser, 'Estimate your cost');
    const urls = await browser.run(`return performance.getEntriesByType('resource').map((e) => e.name)`);
    // The host page's own files (its test hooks, the browser's favicon request) aside.
    const host = [site.pageOrigin + '/test-hooks.js', site.pageOrigin + '/favicon.ico'];
    const allowed = urls.filter((u) => !host.includes(u) && !/\/smp-widget\/v1\/(loader\.js|smp-widget\.js|smp-widget_bg\.wasm)$/.test(u));
    assert.deepEqual(allowed, []);
    assert.equal(await browser.run('return document.cookie'), cookies);
    assert.equal(await browser.run('return window.__geo'), 0);
  });

  // Checks PRIV-2 (docs/reliability.md).
  test('with dataLayer and outcome sharing on, payloads follow a strict schema, identical across answers but the category', async () => {
    const run = async (answers) => {
      await browser.goto(`${site.pageOrigin}/analytics.html?utm_source=news&utm_campaign=smp&email=x@y.z`);
      await ready();
      await browser.clickInShadow('smp-widget', '.start-button');
      await headingWith(browser, 'Which picture');
      for (const label of answers) {
        await clickText(browser, 'label.choice', label);
        await browser.clickInShadow('smp-widget', '.next-button');
        await browser.waitFor(`!${root}.querySelector('input:checked') || ${root}.querySelector('.outcome')`, 'next');
      }
      await browser.waitFor(`${root}.querySelector('.outcome')`, 'the outcome');
      const bookHref = await browser.run(`return ${root}.querySelector('.cta-book').getAttribute('href')`);
      // The category leaves only with the visitor's tick (issue 13 item 3).
      await browser.clickInShadow('smp-widget', '.share-outcome-box');
      await browser.waitFor(`window.dataLayer.some((e) => e.event === 'smp:outcome')`, 'the shared outcome');
      return { layer: await browser.run('return window.dataLayer'), bookHref };
    };
    const pick = (xs, n) => xs[n % xs.length];
    const outcomes = new Set();
    let first = null;
    for (let n = 0; n < 4; n++) {
      const answers = [
        pick(['Receding hairline', 'Thinning or bald crown', 'Widening part', 'Complete or near-complete loss'], n),
        pick(['Shaved or buzzed', 'Short, and', 'Longer, and'], n),
        pick(['Healthy', 'Acne is flaring', 'no flare-up right now', 'Psoriasis'], n),
        pick(['No, never', "I'm not sure"], n),
        pick(["I've been thinking", 'touch-up', 'popular right now'], n),
      ];
      const { layer, bookHref } = await run(answers);
      assert.equal(bookHref, 'https://clinic.example/book?utm_source=news&utm_campaign=smp', 'UTM passes; nothing else does');
      for (const entry of layer) {
        const keys = Object.keys(entry).sort().join(',');
        assert.ok(['event', 'event,outcome'].includes(keys), `schema: ${JSON.stringify(entry)}`);
        if (entry.outcome) {
          assert.ok(['great-candidate', 'good-candidate-with-notes', 'wait-for-flare-up', 'talk-to-specialist'].includes(entry.outcome));
          outcomes.add(entry.outcome);
        }
      }
      const withoutCategory = JSON.stringify(layer.map(({ outcome, ...rest }) => rest));
      first ??= withoutCategory;
      assert.equal(withoutCategory, first, 'the same payloads whatever the answers');
      for (const word of ['receding', 'crown', 'shaved', 'acne', 'psoriasis', 'keloid', 'touch', 'trend', 'email']) {
        assert.ok(!JSON.stringify(layer).toLowerCase().includes(word), word);
      }
    }
    assert.ok(outcomes.size >= 2, 'the answer sets reached different outcomes');
  });

  // Checks PRIV-5 (docs/reliability.md).
  test('after the quiz no storage holds anything of the widget\'s', async () => {
    await browser.goto(`${site.pageOrigin}/basic.html`);
    await ready();
    await browser.clickInShadow('smp-widget', '.start-button');
    await clickText(browser, 'label.choice', 'Receding hairline');
    await browser.clickInShadow('smp-widget', '.next-button');
    await headingWith(browser, 'How do you wear');
    const stored = await browser.run(`return [localStorage.length, sessionStorage.length, document.cookie]`);
    assert.deepEqual(stored, [0, 0, '']);
  });

  // Checks MED-1, MED-3 (docs/reliability.md).
  test('every result carries the notes and a way to call; flare-ups and keloids never read as a plain yes', async () => {
    for (const [answers, title] of [
      [['Receding hairline', 'Shaved', 'Psoriasis', 'No, never', "I've been thinking"], 'Wait until the flare-up has settled'],
      [['Receding hairline', 'Shaved', 'Healthy', 'Yes, I have had a keloid', 'Lighter', "I've been thinking"], 'Talk to a specialist first'],
    ]) {
      await browser.goto(`${site.pageOrigin}/bad-config.html`);
      await ready();
      await browser.clickInShadow('smp-widget', '.start-button');
      await headingWith(browser, 'Which picture');
      for (const label of answers) {
        // Every question ends in "?": wait for a heading other than this one, not for "?".
        const shown = await browser.run(`return ${root}.querySelector('h2').textContent`);
        await clickText(browser, 'label.choice', label);
        await browser.clickInShadow('smp-widget', '.next-button');
        await browser.waitFor(`${root}.querySelector('h2')?.textContent !== ${JSON.stringify(shown)}`, `the step after "${label}"`);
      }
      await headingWith(browser, title);
      const text = await browser.run(`return ${root}.querySelector('.outcome').innerText`);
      assert.doesNotMatch(text, /great fit|good fit/i);
      assert.match(text, /not a diagnosis/);
      assert.match(text, /grows no hair and does not treat hair loss/);
      assert.match(text, /a specialist will confirm whether it is right for you/);
      assert.ok(await browser.run(`return !!${root}.querySelector('.cta-call')`));
    }
  });
});
