// REL-6 (issue 14 item 2): every option EMBEDDING.md says may change after mount changes a
// mounted widget — set with plain setAttribute, as React, Vue or a page script does.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { clickText, headingWith, shadow, walk, withSite } from './lib/harness.mjs';
import { JOURNEYS } from './lib/journeys.mjs';

const root = shadow();

// Checks REL-6 (docs/reliability.md).
describe('options changed on a mounted widget apply live', () => {

  const { site, browser } = withSite();

  const mounted = async () => {
    await browser.goto(`${site.pageOrigin}/basic.html`);
    await browser.waitFor(`${root}?.querySelector('.start-button')`, 'the widget');
  };
  const set = (name, value = '') => browser.run(`document.querySelector('smp-widget').setAttribute(arguments[0], arguments[1])`, name, value);

  // Checks REL-6 (docs/reliability.md).
  test('lang: switching the attribute from en to es speaks Spanish at once, where the visitor is', async () => {
    await mounted();
    await browser.clickInShadow('smp-widget', '.start-button');
    await headingWith(browser, 'Which picture');
    await set('lang', 'es');
    await browser.waitFor(`${root}.querySelector('h2').textContent.includes('¿Qué imagen')`, 'the question in Spanish');
    assert.match(await browser.run(`return ${root}.querySelector('.widget').lang`), /^es/);
    await set('lang', 'en');
    await browser.waitFor(`${root}.querySelector('h2').textContent.includes('Which picture')`, 'back in English');
  });

  // Checks REL-6 (docs/reliability.md).
  test('parts: the start screen becomes the estimator alone and back; a visitor mid-quiz keeps their question', async () => {
    await mounted();
    await set('parts', 'estimator');
    await browser.waitFor(`${root}.querySelector('#smp-city') && !${root}.querySelector('.back-to-start, .start-button')`, 'the estimator alone');
    await set('parts', 'both');
    await browser.waitFor(`${root}.querySelector('.back-to-start')`, 'the estimator with its way back to the start');
    await set('parts', 'quiz');
    await browser.waitFor(`${root}.querySelector('.start-button') && !${root}.querySelector('.skip-to-cost')`, 'the quiz alone');
    await browser.clickInShadow('smp-widget', '.start-button');
    await headingWith(browser, 'Which picture');
    await set('parts', 'estimator');
    // A change the visitor sees, made after it: once it shows, the parts change has applied.
    await set('clinic', 'Parts Changed Clinic');
    await browser.waitFor(`${root}.querySelector('.help').textContent.includes('Parts Changed Clinic')`, 'the later change shown');
    assert.match(await browser.run(`return ${root}.querySelector('h2').textContent`), /Which picture/, 'the question stays');
    // Back at the start, the marketer's choice holds: the estimator alone.
    await browser.clickInShadow('smp-widget', '.back-button');
    await browser.waitFor(`${root}.querySelector('#smp-city') && !${root}.querySelector('.start-button, .back-to-start')`, 'the estimator alone at the start');
  });

  // Checks REL-6 (docs/reliability.md).
  test('mode: inline to popup and back; the launcher, the box and the dialog follow', async () => {
    await mounted();
    await set('mode', 'popup');
    await browser.waitFor(`${root}.querySelector('.smp-launcher')`, 'a launcher');
    await browser.waitFor(`!${root}.querySelector('dialog[open]') && ${root}.querySelector('dialog')`, 'a closed dialog');
    assert.ok(await browser.run(`return document.querySelector('smp-widget').getBoundingClientRect().height < 60`), 'a popup reserves no box');
    await browser.clickInShadow('smp-widget', '.smp-launcher');
    await browser.waitFor(`${root}.querySelector('dialog[open] .start-button')`, 'the open dialog');
    await browser.run(`${root}.querySelector('dialog').close()`);
    // Mounted as a popup now: still no box, and the launcher opens it again.
    assert.ok(await browser.run(`return document.querySelector('smp-widget').getBoundingClientRect().height < 60`), 'no box once mounted');
    await browser.clickInShadow('smp-widget', '.smp-launcher');
    await browser.waitFor(`${root}.querySelector('dialog[open] .start-button')`, 'the dialog again');
    await browser.run(`${root}.querySelector('dialog').close()`);
    await set('mode', 'inline');
    await browser.waitFor(`!${root}.querySelector('.smp-launcher') && !${root}.querySelector('dialog') && ${root}.querySelector('.start-button')`, 'inline again');
    assert.ok(await browser.run(`return ${root}.querySelector('.start-button').getBoundingClientRect().height > 0`), 'visible in the page');
  });

  // Checks REL-6 (docs/reliability.md).
  test('data-layer and share-outcome: turned on after mount, they take effect', async () => {
    await mounted();
    await set('data-layer');
    await set('share-outcome');
    await browser.clickInShadow('smp-widget', '.start-button');
    await headingWith(browser, 'Which picture');
    await browser.waitFor(`(window.dataLayer || []).some((e) => e.event === 'smp:start')`, 'smp:start pushed to dataLayer');
    await walk(browser, JOURNEYS.greatFit);
    assert.ok(await browser.run(`return !!${root}.querySelector('.share-outcome-box')`), 'the share box is offered');
    await browser.run(`document.querySelector('smp-widget').removeAttribute('share-outcome')`);
    await browser.waitFor(`!${root}.querySelector('.share-outcome-box')`, 'the box gone with the option');
  });

  // Checks REL-6 (docs/reliability.md).
  test('clinic: a text option changes too', async () => {
    await mounted();
    await set('clinic', 'Live Change Clinic');
    await browser.waitFor(`${root}.querySelector('.help').textContent.includes('Live Change Clinic')`, 'the new clinic name');
    await clickText(browser, 'button', 'Start the self-assessment');
    await headingWith(browser, 'Which picture');
  });
});
