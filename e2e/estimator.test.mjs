// The cost estimator and treatment plan, on its own and after the quiz.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { clickText, headingWith, shadow, startSite, walk, withAttributes } from './lib/harness.mjs';
import { startChromium } from './lib/webdriver.mjs';

const root = shadow();

describe('estimator: city, sessions, chart and dated plan', () => {
  let site;
  let browser;

  before(async () => {
    site = await startSite();
    browser = await startChromium();
  });
  after(async () => {
    await browser?.quit();
    await site?.close();
  });

  const read = (selector) => browser.run(`return ${root}.querySelector(${JSON.stringify(selector)})?.textContent ?? null`);

  async function openEstimator(page) {
    await browser.goto(`${site.pageOrigin}/${page}`);
    await browser.waitFor(`${root}?.querySelector('.skip-to-cost')`, 'the widget');
    await browser.clickInShadow('smp-widget', '.skip-to-cost');
    await headingWith(browser, 'Estimate your cost');
  }

  async function selectCity(label) {
    // A person picks from the native select: focus it, then choose the option.
    await browser.run(
      `const s = ${root}.querySelector('#smp-city');
       const o = [...s.options].find((o) => o.textContent.includes(arguments[0]));
       s.value = o.value; s.dispatchEvent(new Event('change', { bubbles: true }));`,
      label,
    );
  }

  // Checks MED-4, A11Y-9 (docs/reliability.md).
  test('works on its own: the marketer city is pre-selected, the range is labelled, the chart and plan show', async () => {
    await openEstimator('estimator.html');
    assert.equal(await browser.run(`return ${root}.querySelector('#smp-city').selectedOptions[0].textContent`), 'Miami, FL');
    assert.equal(await read('.estimate-range'), '$2,000–$5,000');
    assert.match(await read('.estimate-covers'), /whole treatment, usually 3 to 4 sessions\. Average price range for Miami, FL/);
    assert.match(await read('.not-a-quote'), /estimate, not a quote/);
    assert.match(await read('.estimate-date'), /Prices published .*Dec.*19.*2022/);
    assert.match(await read('.stale-prices'), /may be out of date/);
    assert.match(await read('.estimate-monthly'), /\$167 to \$417 a month for 12 months at 0% APR/);
    // Chart: the clinic and six cities, the chosen one highlighted and labelled.
    assert.equal(await browser.run(`return ${root}.querySelectorAll('.city-chart .bar-row').length`), 7);
    assert.match(await browser.run(`return ${root}.querySelector('.city-chart .is-chosen').textContent`), /Miami, FL.*\$2,000–\$5,000/);
    assert.match(await browser.run(`return ${root}.querySelector('.city-chart .is-clinic').textContent`), /Desert Skin Studio/);
    // Issue 15: a real table; the chosen row says so in words too.
    assert.match(await read('.city-chart .is-chosen th[scope=row]'), /Miami, FL\(your choice\)/);
    // Plan: 3 sessions (the default without a quiz), a picture and a dated list.
    assert.equal(await browser.run(`return ${root}.querySelectorAll('.timeline-picture .tl-session').length`), 3);
    assert.equal(await browser.run(`return ${root}.querySelectorAll('.plan-list .plan-session').length`), 3);
    // The call and book links carry the configured phone and URL, byte for byte.
    assert.equal(await browser.run(`return ${root}.querySelector('.cta-call').getAttribute('href')`), 'tel:+17605550100');
    assert.equal(await browser.run(`return ${root}.querySelector('.cta-book').getAttribute('href')`), 'https://clinic.example/book?x=1#y');
    assert.equal(await browser.run(`return ${root}.querySelector('.cta-book').getAttribute('rel')`), 'noopener noreferrer');
  });

  test('straight to the cost from the start screen, and back to it; the estimator alone has no way back', async () => {
    await openEstimator('estimator.html');
    assert.equal(await browser.run(`return ${root}.querySelector('.back-to-result')`), null, 'no result to go back to');
    assert.equal(await read('.back-to-start'), 'Back to the start');
    await browser.clickInShadow('smp-widget', '.back-to-start');
    await browser.waitFor(`${root}.querySelector('.start-button')`, 'the start screen');
    // The visitor can take the quiz from there.
    await browser.clickInShadow('smp-widget', '.start-button');
    await headingWith(browser, 'Which picture');
    // Where the marketer offers only the estimator, it is the only page.
    await browser.goto(`${site.pageOrigin}/two-widgets.html`);
    const second = `document.getElementById('second').shadowRoot`;
    await browser.waitFor(`${second}?.querySelector('#smp-city')`, 'the estimator alone');
    assert.equal(await browser.run(`return ${second}.querySelectorAll('.back-to-start, .back-to-result').length`), 0);
  });

  // Checks MED-4 (docs/reliability.md).
  test('past the marketer\'s limit, the out-of-date notice says how old the prices are, on the screen and in the printed summary', async () => {
    // The demo's prices are dated Dec 19, 2022: their age in whole years, today.
    const now = new Date();
    const months = (now.getFullYear() - 2022) * 12 + now.getMonth() - 11 - (now.getDate() < 19 ? 1 : 0);
    const notice = `These prices are more than ${Math.floor(months / 12)} years old and may be out of date.`;
    await openEstimator(withAttributes('estimator.html', { 'max-price-age-months': 30 }));
    assert.equal(await read('.stale-prices'), notice);
    assert.ok((await read('.print-summary')).includes(`2022. ${notice}`), await read('.print-summary'));
    // A limit the prices are within: no notice anywhere.
    await openEstimator(withAttributes('estimator.html', { 'max-price-age-months': 120 }));
    assert.equal(await read('.stale-prices'), null);
    assert.doesNotMatch(await read('.print-summary'), /out of date/);
  });

  test('choosing the clinic, a city and sessions updates the range; the live region follows', async () => {
    await openEstimator('estimator.html');
    await selectCity('Desert Skin Studio');
    await browser.waitFor(`${root}.querySelector('.estimate-range').textContent === '$2,500–$4,200'`, 'the clinic range');
    assert.match(await read('.estimate-covers'), /The clinic's own price range/);
    await selectCity('Birmingham, AL');
    await clickText(browser, 'label.choice', '1 (a touch-up)');
    await browser.waitFor(`${root}.querySelector('.estimate-range').textContent === '$440–$1,330'`, 'the scaled range');
    assert.match(await read('.estimate-covers'), /A rough figure this tool worked out from the whole-treatment price/);
    assert.match(await read('.estimate-hours'), /3–4 hours/);
    assert.match(await read('[role=status]'), /Estimated cost: \$440–\$1,330/);
    await selectCity('Another city');
    await browser.waitFor(`${root}.querySelector('.estimate-range').textContent === '$440–$1,670'`, 'the derived range');
    assert.match(await read('.estimate-covers'), /range across all listed cities/);
  });

  test('changing the start date moves every date of the plan', async () => {
    await openEstimator('estimator.html');
    await browser.run(
      `const i = ${root}.querySelector('#smp-start'); i.value = '2027-03-01'; i.dispatchEvent(new Event('change', { bubbles: true }));`,
    );
    await browser.waitFor(`${root}.querySelector('.plan-session').textContent.includes('Mar 1, 2027')`, 'the new first session');
    const sessions = await browser.run(`return [...${root}.querySelectorAll('.plan-session')].map((e) => e.textContent)`);
    assert.match(sessions[0], /Session 1: Mon, Mar 1, 2027/);
    assert.match(sessions[1], /Session 2: Mon, Mar 8, 2027/);
    assert.match(sessions[2], /Session 3: Mon, Mar 15, 2027/);
    assert.match(await read('.plan-settled'), /Apr 12, 2027/);
    // The printable summary holds the plan, the estimate and the clinic's contact.
    const summary = await read('.print-summary');
    assert.match(summary, /Session 1: Mon, Mar 1, 2027/);
    assert.match(summary, /\$2,000–\$5,000/);
    assert.match(summary, /Desert Skin Studio, \+1 \(760\) 555-0100/);
  });

  test('after the quiz, its sessions carry over and the summary holds the outcome', async () => {
    await browser.goto(`${site.pageOrigin}/basic.html`);
    await browser.waitFor(`${root}?.querySelector('.start-button')`, 'the widget');
    await browser.clickInShadow('smp-widget', '.start-button');
    await walk(browser, [
      ['Only a scar or birthmark on my scalp', 'How do you wear'],
      ['Shaved or buzzed', 'skin on your scalp'],
      ['Healthy, no skin condition', 'keloid'],
      ['No, never', 'why you'],
      ["I've been thinking about it", 'great fit'],
    ]);
    await browser.clickInShadow('smp-widget', '.see-cost');
    await headingWith(browser, 'Estimate your cost');
    assert.match(await read('.from-quiz'), /From your answers: 3–4/);
    assert.equal(await browser.run(`return ${root}.querySelector('input[name=sessions]:checked').closest('label').textContent`), '4 (typical)');
    // No price for Palm Desert in the article: none is invented.
    assert.equal(await browser.run(`return ${root}.querySelector('#smp-city').selectedOptions[0].value`), 'other');
    assert.match(await read('.no-clinic-price'), /Desert Skin Studio \(Palm Desert, CA\) has not published a price here/);
    assert.match(await read('.print-summary'), /Result: Scalp micropigmentation looks like a great fit/);
    await browser.clickInShadow('smp-widget', '.back-to-result');
    await headingWith(browser, 'great fit');
  });
});
