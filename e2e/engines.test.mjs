// REL-1: the visitor journey and the fallback cases in all three engines a visitor may
// bring: Chromium, Firefox (ESR) and WebKit (WebKitGTK, Safari's engine family), through
// plain W3C WebDriver. SMP_ENGINES=chromium,firefox,webkit (the default) picks them.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { expectFallback, TAMPERED, vendorLines as linesOf } from './lib/failures.mjs';
import { clickText, shadow, withSite } from './lib/harness.mjs';
import { ENGINES } from './lib/webdriver.mjs';

const root = shadow();
const engines = (process.env.SMP_ENGINES ?? 'chromium,firefox,webkit').split(',').filter(Boolean);

for (const engine of engines) {
  // Checks REL-1 (docs/reliability.md).
  describe(`the journey and the fallback cases in ${engine}`, () => {
    let asset = null;
    const { site, browser } = withSite({ assetRoute: (req, url) => (asset ? asset(url.pathname, req) : null) }, { start: ENGINES[engine] });

    const heading = (text) =>
      browser.waitFor(`${root}?.querySelector('h2')?.textContent.includes(${JSON.stringify(text)})`, `a heading with "${text}"`);
    const vendorLines = () => linesOf(browser);

    test(`${engine}: quiz, outcome, estimate, call and book`, async () => {
      await browser.goto(`${site.pageOrigin}/basic.html`);
      await browser.waitFor(`${root}?.querySelector('.start-button')`, 'the widget');
      await browser.clickInShadow('smp-widget', '.start-button');
      await heading('Which picture');
      for (const [label, next] of [
        ['Receding hairline and crown', 'How do you wear'],
        ['Shaved or buzzed', 'skin on your scalp'],
        ['Psoriasis or another', 'keloid'],
        ['No, never', 'why you'],
        ["I've been thinking", 'Wait until the flare-up has settled'],
      ]) {
        await clickText(browser, 'label.choice', label);
        await browser.clickInShadow('smp-widget', '.next-button');
        await heading(next);
      }
      const outcome = await browser.run(`return ${root}.querySelector('.outcome').textContent`);
      assert.match(outcome, /not a diagnosis/);
      assert.match(outcome, /3–4 sessions/);
      await browser.clickInShadow('smp-widget', '.see-cost');
      await heading('Estimate your cost');
      assert.equal(await browser.run(`return ${root}.querySelector('.estimate-range').textContent`), '$1,750–$5,000');
      assert.equal(await browser.run(`return ${root}.querySelectorAll('.plan-session').length`), 4);
      assert.equal(await browser.run(`return ${root}.querySelector('.cta-call').getAttribute('href')`), 'tel:+17605550100');
      assert.equal(await browser.run(`return ${root}.querySelector('.cta-book').getAttribute('href')`), 'https://clinic.example/book?x=1#y');
      // Styles arrived (constructable sheets) and no error reached the page.
      assert.equal(await browser.run(`return getComputedStyle(${root}.querySelector('.cta-book')).backgroundColor`), 'rgb(11, 92, 102)');
      assert.deepEqual(await browser.run('return window.__hostErrors'), []);
      assert.deepEqual(await vendorLines(), []);
    });

    const fallbackCases = [
      ['fetch-failed', 'a 404 on the .wasm', 'basic.html', (path) => (path.endsWith('.wasm') ? { status: 404, body: 'gone' } : null)],
      ['integrity-failed', 'a tampered .wasm', 'basic.html', TAMPERED.wasm],
      ['no-wasm', 'no WebAssembly', 'no-wasm.html', null],
      // Issue 13 item 2, SEC-12: the glue is checked too; the changed code never runs.
      ['integrity-failed', 'a tampered glue (smp-widget.js)', 'basic.html', TAMPERED.glue],
    ];
    for (const [kind, name, page, route] of fallbackCases) {
      test(`${engine}: ${name} leaves the fallback link and one "${kind}" line`, async () => {
        asset = route;
        try {
          await browser.goto(`${site.pageOrigin}/${page}`);
          await expectFallback(browser, kind);
        } finally {
          asset = null;
        }
      });
    }
  });
}
