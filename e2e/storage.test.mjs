// Remembering progress only on the visitor's request, forgetting it on request, and storage
// that throws or holds garbage (PRIV-5, PRIV-6, STO-1, STO-2, STO-3).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { clickText, headingWith, shadow, withSite, walk } from './lib/harness.mjs';

const root = shadow();
const KEY = 'smp-widget:progress';

describe('storage: only with consent, and never a failure', () => {
  let preload = ''; // a script run before the loader, to break or seed storage

  const { site, browser } = withSite({
      pageRoute: (req, url) =>
        url.pathname === '/preload.js' ? { status: 200, headers: { 'content-type': 'text/javascript' }, body: preload } : null,
    });

  const open = async () => {
    await browser.goto(`${site.pageOrigin}/storage.html`);
    await browser.waitFor(`${root}?.querySelector('.widget')`, 'the widget');
  };
  const answerTwo = async () => {
    await browser.clickInShadow('smp-widget', '.start-button');
    await headingWith(browser, 'Which picture');
    await clickText(browser, 'label.choice', 'Widening part');
    await browser.clickInShadow('smp-widget', '.next-button');
    await headingWith(browser, 'How do you wear');
    await clickText(browser, 'label.choice', 'Shaved or buzzed');
    await browser.clickInShadow('smp-widget', '.next-button');
    await headingWith(browser, 'skin on your scalp');
  };
  const stored = () => browser.run(`return [localStorage.length, localStorage.getItem('${KEY}'), sessionStorage.length]`);

  // Checks PRIV-5 (docs/reliability.md).
  test('nothing is stored until the visitor ticks "remember"; then one namespaced key, 24 h, no answer names', async () => {
    preload = 'localStorage.clear();';
    await open();
    await answerTwo();
    assert.deepEqual(await stored(), [0, null, 0]);
    await browser.clickInShadow('smp-widget', '.remember-box');
    await browser.waitFor(`localStorage.getItem('${KEY}')`, 'the saved progress');
    const [count, value, session] = await stored();
    assert.equal(count, 1);
    assert.equal(session, 0);
    const saved = JSON.parse(value);
    const hours = (saved.expires - Date.now()) / 3600000;
    assert.ok(hours > 23.9 && hours <= 24, `expires in ${hours} h`);
    for (const word of ['widening', 'part', 'shaved', 'psoriasis', 'keloid', 'norwood', 'ludwig', 'tone']) {
      assert.ok(!value.toLowerCase().includes(word), `${value} names ${word}`);
    }
    // A reload brings the visitor back where they were, answers kept.
    preload = '';
    await open();
    await browser.waitFor(`${root}.querySelector('h2').textContent.includes('skin on your scalp')`, 'the restored step');
    assert.equal(await browser.run(`return ${root}.querySelector('.remember-box').checked`), true);
    await browser.clickInShadow('smp-widget', '.back-button');
    await headingWith(browser, 'How do you wear');
    assert.match(await browser.run(`return ${root}.querySelector('input:checked').closest('label').textContent`), /Shaved or buzzed/);
  });

  // Checks PRIV-6 (docs/reliability.md).
  test('"Clear my answers" empties the namespace and the memory', async () => {
    // On its own: a visitor who ticked "remember" and answered two questions.
    preload = 'localStorage.clear();';
    await open();
    await answerTwo();
    await browser.clickInShadow('smp-widget', '.remember-box');
    await browser.waitFor(`localStorage.getItem('${KEY}')`, 'saved progress');
    await browser.waitFor(`${root}.querySelector('.forget-answers')`, 'the forget button');
    await browser.clickInShadow('smp-widget', '.forget-answers');
    await headingWith(browser, 'Is scalp micropigmentation');
    assert.deepEqual(await stored(), [0, null, 0]);
    assert.equal(await browser.run(`return ${root}.querySelector('.remember-box').checked`), false);
    await browser.clickInShadow('smp-widget', '.start-button');
    await headingWith(browser, 'Which picture');
    assert.equal(await browser.run(`return ${root}.querySelectorAll('input:checked').length`), 0, 'no answer left in memory');
  });

  // Checks STO-1 (docs/reliability.md).
  test('a localStorage that throws SecurityError: the widget boots and completes, at most one debug line', async () => {
    preload = `Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('denied', 'SecurityError'); } });`;
    await open();
    await answerTwo();
    await browser.clickInShadow('smp-widget', '.remember-box');
    await walk(browser, [['Healthy', 'keloid'], ['No, never', 'why you'], ['thinking', 'great fit']]);
    const lines = (await browser.run('return window.__smpTestLog')).filter((l) => l.text.startsWith('[smp-widget]'));
    assert.ok(lines.length <= 1 && lines.every((l) => l.level === 'debug'), JSON.stringify(lines));
    assert.deepEqual(await browser.run('return window.__hostErrors'), []);
  });

  for (const variant of ["new DOMException('full', 'QuotaExceededError')", "Object.assign(new Error('full'), { code: 22 })", "Object.assign(new Error('full'), { code: 1014, name: 'NS_ERROR_DOM_QUOTA_REACHED' })"]) {
    // Checks STO-2 (docs/reliability.md).
    test(`setItem throwing ${variant.split('(')[1].split(',')[0]} (${variant.includes('1014') ? 'code 1014' : variant.includes('22') ? 'code 22' : 'by name'}): progress falls back to memory`, async () => {
      preload = `localStorage.clear(); Storage.prototype.setItem = function () { throw ${variant}; };`;
      await open();
      await answerTwo();
      await browser.clickInShadow('smp-widget', '.remember-box');
      assert.equal(await browser.run('return localStorage.length'), 0);
      // The proof of the memory fallback: the widget leaves the page and a new one is put
      // in (a single-page app's route change); it comes back where the visitor was, which
      // only a kept copy can do, since nothing reached localStorage.
      await browser.run(`window.__copy = document.querySelector('smp-widget').cloneNode(true); document.querySelector('smp-widget').remove();`);
      await browser.run(`document.body.append(window.__copy)`);
      await browser.waitFor(`${root}?.querySelector('h2')?.textContent.includes('skin on your scalp')`, 'the new widget at the remembered step');
      await browser.clickInShadow('smp-widget', '.back-button');
      await headingWith(browser, 'How do you wear');
      assert.match(await browser.run(`return ${root}.querySelector('input:checked').closest('label').textContent`), /Shaved/);
      assert.equal(await browser.run('return localStorage.length'), 0);
      assert.deepEqual(await browser.run('return window.__hostErrors'), []);
    });
  }

  for (const [name, value] of [
    ['corrupt JSON', '{"v":1,"expires":'],
    ['another version', JSON.stringify({ v: 0, expires: 9999999999999, p: '000000000', s: 10 })],
    ['an expired save', JSON.stringify({ v: 1, expires: 1, p: '200010000', s: 4 })],
    ['impossible answers', JSON.stringify({ v: 1, expires: Date.now() + 3600000, p: '999999999', s: 9 })],
  ]) {
    // Checks STO-3 (docs/reliability.md).
    test(`${name} in storage is ignored and deleted`, async () => {
      preload = `localStorage.clear(); localStorage.setItem('${KEY}', ${JSON.stringify(value)});`;
      await open();
      assert.match(await browser.run(`return ${root}.querySelector('h2').textContent`), /Is scalp micropigmentation/);
      assert.equal(await browser.run(`return localStorage.getItem('${KEY}')`), null);
      assert.deepEqual(await browser.run('return window.__hostErrors'), []);
    });
  }
});
