// Everyone can use it: axe (WCAG 2.2 AA) in every state, keyboard only, focus and live
// region, 320 px, reduced motion, and Spanish.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { audit } from './lib/axe.mjs';
import { clickText, headingWith, shadow, startSite } from './lib/harness.mjs';
import { KEY, startChromium } from './lib/webdriver.mjs';

const root = shadow();

describe('accessibility: WCAG 2.2 AA, keyboard, screen readers, Spanish', () => {
  let site;
  let browser;
  let wasmMissing = false;

  before(async () => {
    site = await startSite({
      assetRoute: (req, url) => (wasmMissing && url.pathname.endsWith('.wasm') ? { status: 404, body: 'gone' } : null),
    });
    browser = await startChromium();
  });
  after(async () => {
    await browser?.quit();
    await site?.close();
  });

  const noViolations = async (state, selector) => {
    const violations = await audit(browser, selector);
    assert.deepEqual(violations, [], `${state}: ${JSON.stringify(violations, null, 1)}`);
  };

  async function open(page) {
    await browser.goto(`${site.pageOrigin}/${page}`);
    await browser.waitFor(`${root}?.querySelector('.widget')`, 'the widget');
  }

  async function answer(label, next) {
    await clickText(browser, 'label.choice', label);
    await browser.clickInShadow('smp-widget', '.next-button');
    await headingWith(browser, next);
  }

  // Checks A11Y-1 (docs/reliability.md).
  test('axe finds no violation on any quiz step, outcome, the estimator and the validation message', async () => {
    await open('basic.html');
    await noViolations('start');
    await browser.clickInShadow('smp-widget', '.start-button');
    await headingWith(browser, 'Which picture');
    await noViolations('pattern question');
    await browser.clickInShadow('smp-widget', '.next-button');
    await browser.waitFor(`${root}.querySelector('.error')`, 'the validation message');
    await noViolations('validation error');
    await answer('Receding hairline', 'How do you wear');
    await noViolations('hair length');
    await answer('Longer, and', 'skin on your scalp');
    await noViolations('skin condition');
    await answer('Acne is flaring', 'keloid');
    await noViolations('keloid');
    await answer('Yes, I have had a keloid', 'skin tone');
    await noViolations('skin tone');
    await answer('Darker', 'why you');
    await noViolations('motivation');
    await answer('popular right now', 'Talk to a specialist');
    await noViolations('outcome: specialist');
    await browser.clickInShadow('smp-widget', '.see-cost');
    await headingWith(browser, 'Estimate your cost');
    await noViolations('estimator and plan');
    // The other branch and the other outcomes.
    await browser.clickInShadow('smp-widget', '.back-to-result');
    await headingWith(browser, 'Talk to a specialist');
    await browser.clickInShadow('smp-widget', '.start-over');
    await headingWith(browser, 'Is scalp micropigmentation');
    await browser.clickInShadow('smp-widget', '.start-button');
    await headingWith(browser, 'Which picture');
    await answer('Another area', 'Which area');
    await noViolations('area');
    await answer('Eyebrows', 'eyebrows');
    await noViolations('area detail');
    await answer('thinned with age', 'apply to you');
    await noViolations('makeup');
    await answer('None of these', 'skin in that area');
    await answer('Healthy', 'keloid');
    await answer("I'm not sure", 'why you');
    await answer('thinking about it', 'with a few notes');
    await noViolations('outcome: good with notes');
    // The two remaining outcomes.
    for (const [skin, title] of [['Healthy', 'great fit'], ['Acne is flaring', 'Wait until']]) {
      await browser.clickInShadow('smp-widget', '.start-over');
      await headingWith(browser, 'Is scalp micropigmentation');
      await browser.clickInShadow('smp-widget', '.start-button');
      await headingWith(browser, 'Which picture');
      await answer('Complete or near-complete loss', 'How do you wear');
      await answer('Shaved', 'skin on your scalp');
      await answer(skin, 'keloid');
      await answer('No, never', 'why you');
      await answer('thinking about it', title);
      await noViolations(`outcome: ${title}`);
    }
  });

  // Checks A11Y-1 (docs/reliability.md).
  test('axe finds no violation with a broken configuration, in popup mode, or in the fallback', async () => {
    await open('bad-config.html');
    await noViolations('configuration-warning state');
    assert.equal(await browser.run(`return ${root}.querySelector('img')`), null, 'the clinic name stays text');
    await browser.goto(`${site.pageOrigin}/popup.html`);
    await browser.waitFor(`document.getElementById('floating').shadowRoot?.querySelector('.smp-launcher')`, 'the launcher');
    await noViolations('popup launcher', '#floating');
    await browser.click(await browser.findInShadow('#floating', '.smp-launcher'));
    await browser.waitFor(`document.getElementById('floating').shadowRoot.querySelector('dialog[open] h2')`, 'the dialog');
    await noViolations('popup open', '#floating');
    wasmMissing = true;
    try {
      await browser.goto(`${site.pageOrigin}/basic.html`);
      await browser.waitFor(`window.__smpTestLog.some((l) => l.text.startsWith('[smp-widget] fetch-failed'))`, 'the failure line');
      await noViolations('fallback');
    } finally {
      wasmMissing = false;
    }
  });

  // Checks A11Y-2 (docs/reliability.md).
  test('the whole journey works with the keyboard alone', async () => {
    await open('basic.html');
    const focused = () => browser.run(
      `const a = ${root}.activeElement; return a ? (a.className || a.tagName) + '|' + a.textContent.trim().slice(0, 40) : String(document.activeElement.id)`,
    );
    // Tab until focus reaches `what` (a test in the page); fails if it never does.
    const tabTo = async (what, label, shift = false) => {
      for (let i = 0; i < 30; i++) {
        if (await browser.run(`const a = ${root}.activeElement; return !!(a && (${what}))`)) return;
        await browser.keys(shift ? KEY.SHIFT + KEY.TAB : KEY.TAB);
      }
      throw new Error(`Tab never reached ${label}; focus on ${await focused()}`);
    };
    await tabTo(`a.matches('.start-button')`, 'the start button');
    await browser.keys(KEY.ENTER);
    await headingWith(browser, 'Which picture');
    // Into the radio group, then arrows move and check, as for any native radio group.
    await tabTo(`a.matches('input[type=radio]')`, 'the first picture');
    await browser.keys(KEY.DOWN);
    await browser.keys(KEY.DOWN);
    await browser.waitFor(`${root}.querySelector('input:checked')?.closest('label').textContent.includes('Receding hairline and crown')`, 'the third picture checked');
    await tabTo(`a.matches('.next-button')`, 'Next');
    await browser.keys(KEY.ENTER);
    await headingWith(browser, 'How do you wear');
    for (const next of ['skin on your scalp', 'keloid', 'why you', 'great fit']) {
      await tabTo(`a.matches('input[type=radio]')`, 'an answer');
      await browser.keys(KEY.SPACE);
      await tabTo(`a.matches('.next-button')`, 'Next');
      await browser.keys(KEY.ENTER);
      await headingWith(browser, next);
    }
    await tabTo(`a.matches('.see-cost')`, 'the cost button');
    // Shift+Tab goes back the way it came, Tab forward again.
    await browser.keys(KEY.SHIFT + KEY.TAB);
    assert.ok(await browser.run(`return ${root}.activeElement.matches('.change-answer')`), 'Shift+Tab reaches the last change link');
    await browser.keys(KEY.TAB);
    assert.ok(await browser.run(`return ${root}.activeElement.matches('.see-cost')`));
    await browser.keys(KEY.ENTER);
    await headingWith(browser, 'Estimate your cost');
    await tabTo(`a.matches('#smp-city')`, 'the city select');
    await browser.keys(KEY.DOWN);
    await browser.waitFor(`${root}.querySelector('[role=status]').textContent.includes('Estimated cost')`, 'an announced estimate');
    await tabTo(`a.matches('.cta-book')`, 'the book link');
    assert.equal(await browser.run(`return ${root}.activeElement.getAttribute('href')`), 'https://clinic.example/book?x=1#y');
    assert.deepEqual(await browser.run('return window.__hostErrors'), []);
  });

  // Checks A11Y-9 (docs/reliability.md).
  test('keyboard focus is always visible, and call/book help keeps its place on every step', async () => {
    await open('basic.html');
    const helpPlace = () => browser.run(
      `const w = ${root}.querySelector('.widget'); const kids = [...w.children].map((e) => e.className.split(' ')[0] || e.tagName);
       return kids.indexOf('help') + '/' + kids.length + ':' + (w.querySelector('.help .cta-call') ? 'call' : '-');`,
    );
    const outlineOnFocus = async (selector) => {
      await browser.run(`${root}.querySelector(${JSON.stringify(selector)}).blur()`);
      // Keyboard focus, so :focus-visible applies: Shift+Tab then Tab lands back on it.
      await browser.run(`${root}.querySelector(${JSON.stringify(selector)}).focus()`);
      await browser.keys(KEY.SHIFT + KEY.TAB);
      await browser.keys(KEY.TAB);
      return browser.run(
        `const a = ${root}.activeElement; const s = getComputedStyle(a);
         return a.matches(${JSON.stringify(selector)}) ? s.outlineStyle + ' ' + parseFloat(s.outlineWidth) : 'focus went to ' + a.className;`,
      );
    };
    const places = [await helpPlace()];
    assert.match(await outlineOnFocus('.start-button'), /^solid [1-9]/);
    await browser.clickInShadow('smp-widget', '.start-button');
    await headingWith(browser, 'Which picture');
    places.push(await helpPlace());
    assert.match(await outlineOnFocus('.next-button'), /^solid [1-9]/);
    for (const [label, next] of [['Thinning or bald crown', 'How do you wear'], ['Shaved', 'skin'], ['Healthy', 'keloid'], ['No, never', 'why you'], ['thinking', 'great fit']]) {
      await answer(label, next);
    }
    places.push(await helpPlace());
    assert.match(await outlineOnFocus('.change-answer'), /^solid [1-9]/);
    await browser.clickInShadow('smp-widget', '.see-cost');
    await headingWith(browser, 'Estimate your cost');
    places.push(await helpPlace());
    assert.match(await outlineOnFocus('#smp-city'), /^solid [1-9]/);
    assert.equal(new Set(places.map((p) => p.split('/')[0] + p.split(':')[1])).size, 1, `help moved: ${places}`);
  });

  // Checks A11Y-3, A11Y-4, A11Y-5 (docs/reliability.md).
  test('focus moves to each new heading; one live region from the first render announces results', async () => {
    await open('basic.html');
    await browser.run(
      `const r = ${root}; window.__status = r.querySelector('[role=status]'); window.__newLiveRegions = 0;
       new MutationObserver((records) => { for (const m of records) for (const n of m.addedNodes)
         if (n.nodeType === 1 && (n.matches('[role=status],[aria-live]') || n.querySelector('[role=status],[aria-live]'))) window.__newLiveRegions++; })
         .observe(r, { childList: true, subtree: true });`,
    );
    await browser.clickInShadow('smp-widget', '.start-button');
    await headingWith(browser, 'Which picture');
    for (const [label, next] of [['Widening part', 'How do you wear'], ['Shaved', 'skin'], ['Healthy', 'keloid'], ['No, never', 'why you'], ['thinking', 'great fit']]) {
      await answer(label, next);
    }
    assert.match(await browser.run('return window.__status.textContent'), /great fit/);
    await browser.clickInShadow('smp-widget', '.see-cost');
    await headingWith(browser, 'Estimate your cost');
    assert.match(await browser.run('return window.__status.textContent'), /Estimated cost: \$1,750–\$5,000/);
    assert.equal(await browser.run(`return ${root}.querySelectorAll('[role=status]').length`), 1);
    assert.equal(await browser.run(`return ${root}.querySelector('[role=status]') === window.__status`), true);
    assert.equal(await browser.run('return window.__newLiveRegions'), 0);
    // Every label is in the same shadow root as its control.
    const orphans = await browser.run(
      `const r = ${root};
       return [...r.querySelectorAll('[for],[aria-labelledby],[aria-describedby]')].filter((e) =>
         [e.getAttribute('for'), e.getAttribute('aria-labelledby'), e.getAttribute('aria-describedby')]
           .filter(Boolean).join(' ').split(/\\s+/).some((id) => !r.getElementById(id))).length`,
    );
    assert.equal(orphans, 0);
  });

  // Checks A11Y-6 (docs/reliability.md).
  test('at 320 px: no horizontal scrolling, every target at least 24×24; the same at 1280 px', async () => {
    for (const width of [320, 1280]) {
      await browser.setWindowSize(width, 900);
      await open('basic.html');
      const check = async (state) => {
        // Measure the settled layout, after the step has faded in.
        await browser.runAsync(
          `const done = arguments[0]; const r = ${root};
           Promise.all([...r.children].flatMap((e) => e.getAnimations({ subtree: true })).map((a) => a.finished.catch(() => null))).then(() => done());`,
        );
        const result = await browser.run(
          `const r = ${root}; const vw = document.documentElement.clientWidth;
           const small = [...r.querySelectorAll('button, a[href], input, select')].filter((e) => e.offsetParent)
             .map((e) => [e.className || e.tagName, e.getBoundingClientRect()])
             .filter(([, b]) => b.width < 23.5 || b.height < 23.5) /* 24 px, less subpixel rounding */.map(([n, b]) => n + ' ' + Math.round(b.width) + 'x' + Math.round(b.height));
           return { scroll: document.documentElement.scrollWidth - vw, small, vw };`,
        );
        assert.ok(result.scroll <= 0, `${width}px ${state}: scrolls sideways by ${result.scroll}px`);
        assert.deepEqual(result.small, [], `${width}px ${state}: small targets`);
      };
      await check('start');
      await browser.clickInShadow('smp-widget', '.start-button');
      await headingWith(browser, 'Which picture');
      await check('pattern question');
      await browser.clickInShadow('smp-widget', '.back-button');
      await headingWith(browser, 'Is scalp');
      await browser.clickInShadow('smp-widget', '.skip-to-cost');
      await headingWith(browser, 'Estimate your cost');
      await check('estimator');
    }
    await browser.setWindowSize(1280, 900);
  });

  // Checks A11Y-8 (docs/reliability.md).
  test('reduced motion turns animations and transitions off', async () => {
    await browser.cmd('POST', '/goog/cdp/execute', {
      cmd: 'Emulation.setEmulatedMedia',
      params: { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] },
    });
    try {
      await open('basic.html');
      const motion = await browser.run(
        `const s = getComputedStyle(${root}.querySelector('.step')); const c = getComputedStyle(${root}.querySelector('.choice') || ${root}.querySelector('.button'));
         return [s.animationName, s.animationDuration, s.transitionDuration, c.transitionDuration];`,
      );
      assert.deepEqual(motion, ['none', '0s', '0s', '0s']);
    } finally {
      await browser.cmd('POST', '/goog/cdp/execute', { cmd: 'Emulation.setEmulatedMedia', params: { features: [] } });
    }
    await open('basic.html');
    assert.equal(await browser.run(`return getComputedStyle(${root}.querySelector('.step')).animationName`), 'smp-enter', 'motion returns without the preference');
  });

  test('in Spanish: from the page language, Spanish money and dates, and switching language keeps the answers', async () => {
    await open('es.html');
    assert.match(await browser.run(`return ${root}.querySelector('h2').textContent`), /¿Es la micropigmentación capilar adecuada para usted\?/);
    assert.equal(await browser.run(`return ${root}.querySelector('.widget').lang`), 'es-US');
    await clickText(browser, 'button', 'Comenzar la autoevaluación');
    await headingWith(browser, '¿Qué imagen');
    await answer('Pérdida total o casi total', '¿Cómo lleva el cabello');
    assert.match(await browser.run(`return ${root}.querySelector('.progress-text').textContent`), /Paso 2 de 5/);
    await answer('Rapado o al ras', 'cuero cabelludo');
    // Switch to English mid-way: same question, same answers.
    await browser.clickInShadow('smp-widget', '.lang-switch');
    // The text changes; focus stays on the switch (the visitor did not move).
    await browser.waitFor(`${root}.querySelector('h2').textContent.includes('How is the skin on your scalp')`, 'the English question');
    assert.ok(await browser.run(`return ${root}.activeElement.classList.contains('lang-switch')`));
    await browser.clickInShadow('smp-widget', '.back-button');
    await headingWith(browser, 'How do you wear');
    assert.match(await browser.run(`return ${root}.querySelector('input:checked').closest('label').textContent`), /Shaved or buzzed/);
    await browser.clickInShadow('smp-widget', '.lang-switch');
    await browser.waitFor(`${root}.querySelector('h2').textContent.includes('¿Cómo lleva el cabello')`, 'Spanish again');
    await browser.clickInShadow('smp-widget', '.next-button');
    await headingWith(browser, 'cuero cabelludo');
    await answer('Sana, sin ninguna afección', 'queloide');
    await answer('No, nunca', 'por qué le interesa');
    await answer('Lo he estado pensando', 'excelente opción');
    const outcome = await browser.run(`return ${root}.querySelector('.step').innerText`);
    assert.match(outcome, /autoevaluación, no un diagnóstico/);
    assert.match(outcome, /No hace crecer el cabello/);
    assert.match(outcome, /3–4 sesiones/);
    await clickText(browser, 'button', 'Ver cuánto podría costar');
    await headingWith(browser, 'Calcule su costo');
    // What a Spanish reader in the US sees: US dollars written as in US Spanish (es-US),
    // whole dollars, an en dash between them.
    assert.equal(await browser.run(`return ${root}.querySelector('.estimate-range').textContent`), '$2,000–$5,000');
    assert.match(await browser.run(`return ${root}.querySelector('.estimate-date').textContent`), /^Precios publicados el 19 de diciembre de 2022\.$/);
    assert.match(await browser.run(`return ${root}.querySelector('.plan-session').textContent`), /Sesión 1: lun/);
    await noViolations('Spanish estimator');
  });
});
