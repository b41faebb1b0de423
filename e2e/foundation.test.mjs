// The embed path end to end: the built loader and wasm, served from another origin than
// the host page, rendering into an open shadow root that a person can click through.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { shadow, withSite } from './lib/harness.mjs';

describe('foundation: the widget embeds from one script tag', () => {
  let hangWasm = false;
  const { site, browser } = withSite({
    assetRoute: (req, url) => (hangWasm && url.pathname.endsWith('.wasm') ? { hang: true } : null),
  });

  test('a visitor on a host page from another origin starts the quiz and answers the first question', async () => {
    await browser.goto(`${site.pageOrigin}/basic.html`);
    const root = shadow();
    await browser.waitFor(`${root}?.querySelector('.start-button')`, 'the start button');
    // Ready: the fallback slot is gone and the host says so.
    assert.equal(await browser.run(`return !!${root}.querySelector('slot')`), false);
    assert.equal(await browser.run(`return document.querySelector('smp-widget').dataset.state`), 'ready');
    assert.equal(await browser.run(`return ${root}.mode`), 'open');
    // Styles arrive as a constructable stylesheet, not a <style> element.
    assert.equal(await browser.run(`return ${root}.adoptedStyleSheets.length`), 3, 'host rules, widget, theme');
    assert.equal(await browser.run(`return ${root}.querySelectorAll('style').length`), 0);
    // The marketer's text is rendered as configured.
    const help = await browser.run(`return ${root}.querySelector('.help').textContent`);
    assert.match(help, /Desert Skin Studio/);

    await browser.clickInShadow('smp-widget', '.start-button');
    const heading = await browser.waitFor(
      `${root}.activeElement?.matches('h2') && ${root}.activeElement.textContent`,
      'focus on the first question heading',
    );
    assert.match(heading, /Which picture looks most like your hair loss\?/);
    assert.equal(await browser.run(`return ${root}.querySelectorAll('.picture-choice svg').length`), 8);
    assert.match(await browser.run(`return ${root}.querySelector('.progress-text').textContent`), /Step 1 of 5/);

    // Next without an answer explains itself instead of moving on.
    await browser.clickInShadow('smp-widget', '.next-button');
    await browser.waitFor(`${root}.querySelector('.error')`, 'the choose-one message');

    // Pick "Thinning or bald crown" by clicking its picture label, as a person would.
    const labels = await browser.run(
      `return [...${root}.querySelectorAll('.picture-choice')].map((l) => l.textContent.trim())`,
    );
    const crown = labels.indexOf('Thinning or bald crown');
    assert.ok(crown >= 0, `labels: ${labels}`);
    await browser.clickInShadow('smp-widget', `.picture-choice:nth-of-type(${crown + 1}) svg`);
    await browser.waitFor(`${root}.querySelectorAll('input:checked').length === 1`, 'a checked answer');
    assert.equal(
      await browser.run(`return ${root}.querySelector('input:checked').closest('label').textContent.trim()`),
      'Thinning or bald crown',
    );

    await browser.clickInShadow('smp-widget', '.next-button');
    const second = await browser.waitFor(
      `${root}.activeElement?.matches('h2') && !${root}.activeElement.textContent.includes('picture') && ${root}.activeElement.textContent`,
      'the second question',
    );
    assert.match(second, /How do you wear your hair/);
    assert.match(await browser.run(`return ${root}.querySelector('.progress-text').textContent`), /Step 2 of 5/);

    // Back keeps the answer.
    await browser.clickInShadow('smp-widget', '.back-button');
    await browser.waitFor(`${root}.querySelector('input:checked')`, 'the kept answer');
    assert.deepEqual(await browser.run('return window.__hostErrors'), []);
  });

  test('the marketer\'s fallback link stays visible until the widget is ready', async () => {
    hangWasm = true;
    try {
      await browser.goto(`${site.pageOrigin}/basic.html`);
      await browser.waitFor(`${shadow()}?.querySelector('slot')`, 'the shadow root with its slot');
      const box = await browser.run(
        `const r = document.getElementById('fallback-link').getBoundingClientRect(); return [r.width, r.height]`,
      );
      assert.ok(box[0] > 0 && box[1] > 0, `fallback link box ${box}`);
      assert.equal(await browser.run(`return ${shadow()}.querySelector('.widget')`), null);
      // The host page is not held up: its own button works meanwhile.
      await browser.run(`document.getElementById('host-button').onclick = () => { window.__clicked = true; }`);
      await browser.click(await browser.find('#host-button'));
      assert.equal(await browser.run('return window.__clicked'), true);
    } finally {
      hangWasm = false;
      site.releaseHung();
    }
  });

  test('the demo clinic page serves the widget the way a marketer embeds it', async () => {
    await browser.goto(`${site.assetOrigin}/index.html`);
    await browser.waitFor(`${shadow()}?.querySelector('.start-button')`, 'the widget on the demo page');
    const scripts = await browser.run(
      `return [...document.scripts].map((s) => s.getAttribute('src') || 'inline')`,
    );
    assert.deepEqual(scripts, ['/smp-widget/v1/loader.js']);
    assert.match(await browser.run(`return ${shadow()}.querySelector('.help').textContent`), /760\.501\.0080/);
  });
});
