// Issue 28 item 1: whatever stops the widget — a wrong integrity, a .wasm served as
// application/octet-stream, files on another origin without CORS, `YOUR-SITE` left in the
// snippet, a site CSP of `default-src 'self'`, a loader that never runs — the box the
// snippet reserves never shows as a screen of white: the marketer's fallback fills it as a
// card (the clinic's name, a line, the call link), centred, from the page's own reserving
// rules (so with no script of ours) or the loader's, and the page never moves. At 320 px,
// 375 px and on a desktop. SMP_SHOTS=<folder> also saves what each case looks like there.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { CASES, WIDTHS, documentedBrowserMessages, inspectBox, startFailureSite } from './lib/failure-pages.mjs';
import { ROOT } from './lib/harness.mjs';
import { atWidth } from './lib/paste.mjs';
import { startChromium } from './lib/webdriver.mjs';

/** Waits until the case has failed as it does: our one line, or the page loaded without us. */
async function settled(browser, name) {
  const kind = CASES[name].loaderRuns;
  if (kind) {
    await browser.waitFor(`window.__smpTestLog.some((l) => l.text.startsWith('[smp-widget] ${kind}'))`, `${name}: the ${kind} line`, 12000);
  } else {
    await browser.waitFor(`document.readyState === 'complete'`, `${name}: the page loaded`);
    assert.equal(await browser.run(`return customElements.get('smp-widget') === undefined`), true, `${name}: our loader never ran`);
  }
  await browser.frames();
}

/** The box is a card with its lines centred, or (its rules blocked too) no taller than them. */
function assertNoEmptyBox(box, where, { rulesBlocked = false } = {}) {
  const texts = box.lines.map((l) => l.text);
  assert.deepEqual(texts, ['Beverly Hills Hair Restoration', 'Is scalp micropigmentation right for you? Call us and ask.', 'Call 760.501.0080'], where);
  for (const line of box.lines) assert.ok(line.width > 0 && line.height > 0, `${where}: "${line.text}" is visible`);
  const content = box.lines.at(-1).height + box.height - box.lines[0].top - box.lines.at(-1).bottom;
  if (box.height > content + 64) {
    // Reserved: a card, not white, its lines in the middle (no screen of space under them).
    assert.notEqual(box.background, 'rgba(0, 0, 0, 0)', `${where}: the reserved box has the card's colour`);
    assert.notEqual(box.background, 'rgb(255, 255, 255)', `${where}: the reserved box has the card's colour`);
    assert.match(box.border, /^1px solid$/, `${where}: the card's edge`);
    const above = box.lines[0].top;
    const below = box.lines.at(-1).bottom;
    assert.ok(Math.abs(above - below) <= 2, `${where}: the lines sit in the middle (${above} px above, ${below} px below)`);
  }
  // With its rules refused, the box is reserved when the loader runs: a move the snippet's
  // rules exist to prevent, and the CSP section of EMBEDDING.md tells such a site how.
  if (!rulesBlocked) assert.equal(box.shift, 0, `${where}: the page moved`);
}

describe('the reserved box never shows as empty white, whatever stops the widget', () => {
  let browser;
  let site;
  const shots = process.env.SMP_SHOTS;

  before(async () => {
    site = await startFailureSite();
    browser = await startChromium();
    if (shots) mkdirSync(shots, { recursive: true });
  });
  after(async () => {
    await browser?.quit();
    await site?.close();
  });

  test('the card\'s lines stay where they are when the widget\'s own stylesheet arrives, as it does while it starts', async () => {
    // The widget adopts its sheet (`:host { all: initial; … }`) when it mounts, a task
    // before it replaces the fallback: a frame can show the card under it in between.
    await site.open(browser, 'wasm-octet-stream');
    await settled(browser, 'wasm-octet-stream');
    const where = () => browser.run(`return [...document.querySelector('smp-widget').children].map((c) => JSON.stringify(c.getBoundingClientRect()))`);
    const before = await where();
    await browser.run(`const sheet = new CSSStyleSheet();
      sheet.replaceSync(':host { all: initial; display: block; contain: content; min-height: var(--smp-min-height, 520px); }');
      const root = document.querySelector('smp-widget').shadowRoot;
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];`);
    await browser.frames();
    assert.deepEqual(await where(), before);
    assert.equal((await inspectBox(browser)).shift, 0);
  });

  for (const name of Object.keys(CASES)) {
    test(`${name}: the fallback is a centred card at ${WIDTHS.join(', ')} px`, async () => {
      for (const width of WIDTHS) {
        await atWidth(browser, width, async () => {
          await browser.consoleMessages();
          await site.open(browser, name);
          await settled(browser, name);
          // Issue 28 item 2: what the console says is in EMBEDDING.md's table, as written.
          const said = (await browser.consoleMessages()).map((m) => m.message);
          const rows = documentedBrowserMessages(readFileSync(join(ROOT, 'EMBEDDING.md'), 'utf8'));
          for (const word of CASES[name].says ?? []) {
            const row = rows.find((r) => r.what.includes(word));
            assert.ok(row, `${name}: EMBEDDING.md's table has a row for "${word}"`);
            assert.ok(said.some((m) => row.chromium.test(m)), `${name}: Chromium said ${JSON.stringify(said)}, not what EMBEDDING.md quotes for "${row.what}"`);
          }
          const box = await inspectBox(browser);
          if (shots) writeFileSync(join(shots, `${name}-${width}.png`), await browser.screenshot());
          assertNoEmptyBox(box, `${name} at ${width} px`, CASES[name]);
        });
      }
    });
  }
});
