// The marketer's configurator: choose options, see the widget live, copy the snippet, paste
// it into a blank page on another origin, and get the configured widget.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { startSite } from './lib/harness.mjs';
import { startChromium } from './lib/webdriver.mjs';

describe('configurator', () => {
  let site;
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
    browser = await startChromium();
  });
  after(async () => {
    await browser?.quit();
    await site?.close();
  });

  test('the copied snippet, pasted into a blank page, shows the configured widget', async () => {
    await browser.goto(`${site.assetOrigin}/configurator.html`);
    const preview = `document.querySelector('#preview-slot smp-widget')`;
    await browser.waitFor(`${preview}?.shadowRoot?.querySelector('.widget')`, 'the live preview');
    await browser.waitFor(`document.getElementById('snippet').textContent.includes('integrity=')`, 'the snippet with integrity');
    await browser.waitFor(`document.getElementById('snippet').textContent.startsWith('<style>')`, 'the snippet with the reserving rules');
    // Fill the form as a marketer would: type a name, pick Spanish and a colour.
    const name = await browser.find('input[name=clinic]');
    await browser.cmd('POST', `/element/${name}/clear`, {});
    await browser.cmd('POST', `/element/${name}/value`, { text: 'Clínica "Snippet" & Co' });
    await browser.run(
      `const f = document.getElementById('options');
       f.elements.lang.value = 'es'; f.elements['brand-color'].value = '#7a3e00';
       f.dispatchEvent(new Event('change'));`,
    );
    await browser.waitFor(`${preview}.shadowRoot?.querySelector('h2')?.textContent.includes('micropigmentación')`, 'the preview in Spanish');
    pasted = await browser.run(`return document.getElementById('snippet').textContent`);
    assert.match(pasted, /<script src="http:\/\/localhost:\d+\/smp-widget\/v1\/loader\.js" async="" integrity="sha384-[^"]+" crossorigin="anonymous"><\/script>/);
    assert.match(pasted, /clinic="Clínica &quot;Snippet&quot; &amp; Co"/);
    // The box is reserved by the page itself, before the loader runs (EMBEDDING.md's rules).
    assert.match(pasted, /^<style>\nsmp-widget \{ display: block; min-height: 520px; \}\n[^]*smp-widget\[parts=estimator\] \{ min-height: 100vh; \}\n<\/style>\n<script /);

    await browser.goto(`${site.pageOrigin}/pasted.html`);
    const root = `document.querySelector('smp-widget').shadowRoot`;
    await browser.waitFor(`${root}?.querySelector('.widget')`, 'the pasted widget');
    assert.match(await browser.run(`return ${root}.querySelector('h2').textContent`), /micropigmentación capilar/);
    assert.match(await browser.run(`return ${root}.querySelector('.help').textContent`), /Clínica "Snippet" & Co/);
    assert.equal(await browser.run(`return getComputedStyle(${root}.querySelector('.start-button')).backgroundColor`), 'rgb(122, 62, 0)');
    assert.deepEqual(await browser.run('return window.__hostErrors'), []);
    assert.equal(await browser.run('return window.__layoutShift'), 0, 'the pasted page jumped');
  });
});
