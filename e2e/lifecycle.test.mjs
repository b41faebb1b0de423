// Issue 18 item 5: a long single-page session. Widgets mounted and unmounted as React, Vue or
// a pushState page does leave nothing behind (REL-4), a re-inserted element's `ready` waits
// for its new render and a removed one stops saying it is ready (REL-6), and an element
// moved in the page — at once, or kept aside a while by a keep-alive cache — keeps the
// visitor's progress.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { withSite } from './lib/harness.mjs';
import { counters, cycles } from './lib/lifecycle.mjs';
import { startChromium } from './lib/webdriver.mjs';

describe('lifecycle: mount, unmount, move and return in a single-page app', () => {
  // V8's optimising tiers off: they add compiled code to the heap while the widget's code
  // warms up (+44 KB between cycles 5 and 25, then flat), which is not memory the page
  // keeps. With them held still, what the heap keeps is what the page keeps.
  const { site, browser } = withSite({}, { start: () => startChromium({ args: ['--js-flags=--no-opt --no-maglev --no-sparkplug'] }) });

  const open = async () => {
    await browser.goto(`${site.pageOrigin}/lifecycle.html`);
    await browser.waitFor(`customElements.get('smp-widget')`, 'the element defined');
  };

  // Checks REL-4 (docs/reliability.md).
  test('200 mount/unmount cycles leave listeners and detached nodes as after 5, JS heap and wasm memory within 5 %', async () => {
    await open();
    await cycles(browser, 5);
    const five = await counters(browser);
    await cycles(browser, 195);
    const all = await counters(browser);
    const report = `after 5: ${JSON.stringify(five)}; after 200: ${JSON.stringify(all)}`;
    assert.equal(all.listeners, five.listeners, `event listeners: ${report}`);
    assert.equal(all.nodes, five.nodes, `DOM nodes (detached ones included): ${report}`);
    // Yew 0.23 left each unmounted widget's container alive with its listeners (issue 18).
    assert.equal(all.detached, 0, `widget containers alive outside the page: ${report}`);
    assert.equal(all.detachedListeners, 0, report);
    assert.ok(all.heapKB <= five.heapKB * 1.05, `JS heap: ${report}`);
    assert.ok(five.wasmKB > 0 && all.wasmKB <= five.wasmKB * 1.05, `wasm memory: ${report}`);
    assert.deepEqual(await browser.run('return window.__hostErrors'), []);
  });

  // Checks REL-4 (docs/reliability.md).
  test('the same with the visitor\'s progress kept on each removed element: freed with the element', async () => {
    await open();
    await cycles(browser, 5, 'smp-widget', { start: true });
    const five = await counters(browser);
    await cycles(browser, 195, 'smp-widget', { start: true });
    const all = await counters(browser);
    const report = `after 5: ${JSON.stringify(five)}; after 200: ${JSON.stringify(all)}`;
    assert.equal(all.listeners, five.listeners, report);
    assert.equal(all.nodes, five.nodes, report);
    assert.equal(all.detached, 0, report);
    assert.ok(all.heapKB <= five.heapKB * 1.05, `JS heap: ${report}`);
    assert.ok(all.wasmKB <= five.wasmKB * 1.05, `wasm memory: ${report}`);
  });

  // Checks REL-6 (docs/reliability.md).
  test('a re-inserted element\'s ready resolves only after it has rendered again; a removed one shows its fallback and drops data-state', async () => {
    await open();
    const result = await browser.runAsync(
      `const done = arguments[0];
       (async () => {
         const element = document.createElement('smp-widget');
         element.setAttribute('lang', 'en');
         element.innerHTML = '<a href="tel:7605550100">Call the clinic</a>';
         document.getElementById('app').appendChild(element);
         const first = element.ready;
         await first;
         const rendered = (e) => !!e.shadowRoot.querySelector('.smp-app .start-button') && !e.shadowRoot.querySelector('slot');
         const seen = { firstRendered: rendered(element), firstState: element.getAttribute('data-state') };
         element.remove();
         // The widget leaves after the task that removed it (a move in the same task keeps it);
         // two frames later any render that caused has reached the page.
         const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
         await frames();
         seen.removedState = element.getAttribute('data-state');
         seen.removedFallback = !!element.shadowRoot.querySelector('slot') && !element.shadowRoot.querySelector('.smp-app');
         seen.renewed = element.ready !== first;
         let settled = false;
         element.ready.then(() => { settled = true; });
         await frames();
         seen.settledWhileOut = settled;
         document.getElementById('app').appendChild(element);
         const again = await element.ready;
         // Checked in the same microtask the promise resolved in: nothing may be pending.
         seen.sameElement = again === element;
         seen.againRendered = rendered(element);
         seen.againState = element.getAttribute('data-state');
         return seen;
       })().then(done, (error) => done(String(error)));`,
    );
    assert.deepEqual(result, {
      firstRendered: true,
      firstState: 'ready',
      removedState: null,
      removedFallback: true,
      renewed: true,
      settledWhileOut: false,
      sameElement: true,
      againRendered: true,
      againState: 'ready',
    });
    assert.deepEqual(await browser.run('return window.__hostErrors'), []);
  });

  // From issue 18.
  test('an element moved in the page, or kept aside a while (keep-alive), keeps the visitor\'s progress', async () => {
    await open();
    const step = (id) =>
      browser.run(
        `const root = document.getElementById(arguments[0]).shadowRoot;
         const checked = root.querySelector('input:checked');
         return { heading: root.querySelector('h2')?.textContent ?? null, checked: checked ? checked.value || checked.id : null };`,
        id,
      );
    await browser.run(
      `for (const id of ['kept', 'fresh']) {
         const element = document.createElement('smp-widget');
         element.id = id;
         element.setAttribute('lang', 'en');
         element.setAttribute('clinic', 'Clinic ' + id);
         document.getElementById('app').appendChild(element);
       }`,
    );
    await browser.waitFor(`document.getElementById('kept').getAttribute('data-state') === 'ready'`, 'the widget');
    // The visitor starts and picks a picture.
    await browser.run(`document.getElementById('kept').shadowRoot.querySelector('.start-button').click()`);
    await browser.waitFor(`document.getElementById('kept').shadowRoot.querySelector('.picture-choice input')`, 'the first question');
    await browser.run(`document.getElementById('kept').shadowRoot.querySelector('.picture-choice input').click()`);
    const before = await step('kept');
    assert.ok(before.heading && before.checked, JSON.stringify(before));
    // Moved within one task (a carousel reordering its slides): the same widget, untouched.
    await browser.run(`document.getElementById('elsewhere').appendChild(document.getElementById('kept'))`);
    // The element's disconnect check runs in a microtask; two frames let any render it
    // caused reach the page.
    await browser.frames();
    assert.deepEqual(await step('kept'), before);
    // Kept aside (Vue's <KeepAlive> moves it into a detached container), then back: the
    // widget was unmounted meanwhile, and resumes where the visitor was, with an option the
    // page changed meanwhile applied.
    await browser.run(`window.__aside = document.createElement('div'); window.__aside.appendChild(document.getElementById('kept'))`);
    await browser.waitFor(`!window.__aside.firstChild.shadowRoot.querySelector('.smp-app')`, 'the widget unmounted while aside');
    assert.equal(await browser.run(`return window.__aside.firstChild.getAttribute('data-state')`), null);
    await browser.run(`window.__aside.firstChild.setAttribute('clinic', 'Renamed Clinic')`);
    await browser.run(`document.getElementById('app').appendChild(window.__aside.firstChild)`);
    await browser.runAsync(`const done = arguments[0]; document.getElementById('kept').ready.then(() => done())`);
    assert.deepEqual(await step('kept'), before);
    assert.match(await browser.run(`return document.getElementById('kept').shadowRoot.querySelector('.help').textContent`), /Renamed Clinic/);
    // Focus stays with the page: returning is not a step the visitor took.
    assert.equal(await browser.run(`return document.getElementById('kept').shadowRoot.activeElement`), null);
    // Another element is another visitor's widget: it starts at the start.
    assert.ok(await browser.run(`return !!document.getElementById('fresh').shadowRoot.querySelector('.start-button')`));
    assert.deepEqual(await browser.run('return window.__hostErrors'), []);
  });

  test('reset() while the element is kept aside: it comes back at the start, and a reload does not bring the answers back', async () => {
    await open();
    const kept = `document.getElementById('again').shadowRoot`;
    await browser.run(
      `localStorage.clear();
       const element = document.createElement('smp-widget');
       element.id = 'again';
       element.setAttribute('lang', 'en');
       document.getElementById('app').appendChild(element);`,
    );
    await browser.waitFor(`document.getElementById('again').getAttribute('data-state') === 'ready'`, 'the widget');
    // The visitor asks to be remembered, starts and picks a picture.
    await browser.run(`${kept}.querySelector('.remember-box').click()`);
    await browser.run(`${kept}.querySelector('.start-button').click()`);
    await browser.waitFor(`${kept}.querySelector('.picture-choice input')`, 'the first question');
    await browser.run(`${kept}.querySelector('.picture-choice input').click()`);
    await browser.run(`${kept}.querySelector('.next-button').click()`);
    await browser.waitFor(`${kept}.querySelector('.progress, h2') && !${kept}.querySelector('h2').textContent.includes('Which picture')`, 'the second question');
    // Kept aside by a keep-alive cache; the app resets it meanwhile, then shows it again.
    await browser.run(`window.__aside = document.createElement('div'); window.__aside.appendChild(document.getElementById('again'))`);
    await browser.waitFor(`!window.__aside.firstChild.shadowRoot.querySelector('.smp-app')`, 'the widget unmounted while aside');
    await browser.run(`window.__aside.firstChild.reset()`);
    await browser.run(`document.getElementById('app').appendChild(window.__aside.firstChild)`);
    await browser.runAsync(`const done = arguments[0]; document.getElementById('again').ready.then(() => done())`);
    assert.ok(await browser.run(`return !!${kept}.querySelector('.start-button')`), 'back at the start');
    assert.ok(await browser.run(`return ${kept}.querySelector('.remember-box').checked`), 'still remembered, as Start over keeps it');
    // What this device keeps is the start too: a reload does not bring the answers back.
    await browser.goto(`${site.pageOrigin}/lifecycle.html`);
    await browser.waitFor(`customElements.get('smp-widget')`, 'the element defined');
    await browser.run(`const element = document.createElement('smp-widget'); element.id = 'again'; element.setAttribute('lang', 'en'); document.getElementById('app').appendChild(element);`);
    await browser.waitFor(`document.getElementById('again').getAttribute('data-state') === 'ready'`, 'the widget after a reload');
    assert.ok(await browser.run(`return !!${kept}.querySelector('.start-button')`), 'the start after a reload');
    assert.deepEqual(await browser.run('return window.__hostErrors'), []);
  });
});
