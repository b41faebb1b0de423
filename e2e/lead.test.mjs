// PRIV-3, PRIV-4: the optional contact request, end to end, against a fake clinic endpoint.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { audit } from './lib/axe.mjs';
import { clickText, headingWith, shadow, withSite, walk } from './lib/harness.mjs';

const root = shadow();

describe('lead request: consent first, only what the visitor sees', () => {
  const received = [];

  const { site, browser } = withSite({
      pageRoute: async (req, url) => {
        if (url.pathname !== '/lead') return null;
        let body = '';
        for await (const chunk of req) body += chunk;
        received.push({ method: req.method, type: req.headers['content-type'], cookie: req.headers.cookie ?? null, body });
        return { status: 204 };
      },
    });

  async function toOutcome() {
    await browser.goto(`${site.pageOrigin}/lead.html`);
    await browser.waitFor(`${root}?.querySelector('.start-button')`, 'the widget');
    await browser.clickInShadow('smp-widget', '.start-button');
    await walk(browser, [['Receding hairline', 'How do you wear'], ['Shaved', 'skin'], ['Acne is flaring', 'keloid'], ['No, never', 'why you'], ['thinking', 'Wait until']]);
  }

  async function fill(name, contact) {
    for (const [selector, text] of [['#smp-lead-name', name], ['#smp-lead-contact', contact]]) {
      const input = await browser.findInShadow('smp-widget', selector);
      await browser.cmd('POST', `/element/${input}/value`, { text });
    }
    // Leave the last field so its change event fires, as a person tabbing on would.
    await browser.clickInShadow('smp-widget', '.lead-form h3');
  }

  // Checks PRIV-3 (docs/reliability.md).
  test('send stays disabled until the unticked consent box, naming the clinic and purpose, is ticked', async () => {
    await toOutcome();
    assert.equal(await browser.run(`return ${root}.querySelector('.consent-box').checked`), false);
    assert.match(await browser.run(`return ${root}.querySelector('.consent').textContent`), /I agree that Desert Skin Studio may use these details to contact me about micropigmentation\./);
    await fill('Ana Ruiz', 'ana@example.com');
    assert.equal(await browser.run(`return ${root}.querySelector('.lead-send').disabled`), true);
    await browser.clickInShadow('smp-widget', '.consent-box');
    await browser.waitFor(`!${root}.querySelector('.lead-send').disabled`, 'send enabled');
    assert.deepEqual(await audit(browser), [], 'the form passes axe');
    assert.equal(received.length, 0, 'nothing sent before the visitor presses send');
  });

  // Checks PRIV-4 (docs/reliability.md).
  test('only the contact fields are posted, unless the visitor opts in, and then exactly what was shown', async () => {
    await toOutcome();
    await fill('Ana Ruiz', '(760) 555-0101');
    await browser.clickInShadow('smp-widget', '.consent-box');
    await browser.waitFor(`!${root}.querySelector('.lead-send').disabled`, 'send enabled');
    await browser.clickInShadow('smp-widget', '.lead-send');
    await browser.waitFor(`${root}.querySelector('.lead-status').textContent.includes('Thank you')`, 'the thank-you');
    assert.equal(received.length, 1);
    const first = received[0];
    assert.deepEqual([first.method, first.type, first.cookie], ['POST', 'application/json', null]);
    assert.deepEqual(JSON.parse(first.body), { name: 'Ana Ruiz', contact: '(760) 555-0101', lang: 'en-US', source: 'smp-widget' });

    await toOutcome();
    await fill('Ana Ruiz', 'ana@example.com');
    await browser.clickInShadow('smp-widget', '.consent-box');
    await browser.clickInShadow('smp-widget', '.include-box');
    await browser.waitFor(`${root}.querySelector('.lead-preview')`, 'the preview of what is sent');
    // Each item as the visitor reads it, and exactly as it is sent (issue 19: the preview
    // speaks the visitor's language; the clinic receives English and the category).
    const seen = await browser.run(`return [...${root}.querySelectorAll('.lead-preview li')].map((li) => li.textContent)`);
    assert.equal(seen[0], 'Result: Wait until the flare-up has settled');
    // In English there is nothing to say about the language the clinic reads (issue 25).
    assert.equal(await browser.run(`return ${root}.querySelectorAll('.lead-language').length`), 0);
    const shown = await browser.run(`return [...${root}.querySelectorAll('.lead-preview li')].map((li) => li.dataset.sent)`);
    await browser.clickInShadow('smp-widget', '.lead-send');
    await browser.waitFor(`${root}.querySelector('.lead-status').textContent.includes('Thank you')`, 'the thank-you');
    const second = JSON.parse(received[1].body);
    assert.deepEqual([second.outcome, ...second.answers], shown, 'exactly what the visitor saw');
    assert.equal(second.outcome, 'wait-for-flare-up');
  });
});
