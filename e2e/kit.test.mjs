// The e2e kit itself (e2e/lib/webdriver.mjs): a wait that begins just before the page
// navigates away still sees the page it arrives at. CI once failed two WordPress tests
// this way: a log-in that had worked, and a wait that began in the login page as it left.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, describe, test } from 'node:test';

import { startChromium } from './lib/webdriver.mjs';

// The button navigates 100 ms after the click, so the wait surely starts in the page being
// left; the next page takes 200 ms to answer, as a server doing real work does.
const LEAVING = `<!doctype html><title>leaving</title>
<button id="go" onclick="setTimeout(() => { location.href = '/arrived'; }, 100)">Go</button>`;
const ARRIVED = '<!doctype html><title>arrived</title><body class="arrived">Welcome</body>';

describe('e2e kit: waiting across a navigation', () => {
  let server;
  let origin;
  let browser;

  before(async () => {
    server = createServer((req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      if (req.url === '/arrived') setTimeout(() => res.end(ARRIVED), 200);
      else res.end(LEAVING);
    });
    await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
    origin = `http://127.0.0.1:${server.address().port}`;
    browser = await startChromium();
  });

  after(async () => {
    await browser?.quit();
    server?.close();
  });

  test('a wait begun in the page being left returns what the new page shows', async () => {
    for (let i = 0; i < 3; i++) {
      await browser.goto(`${origin}/`);
      await browser.click(await browser.find('#go'));
      const text = await browser.waitFor(`document.body.classList.contains('arrived') && document.body.textContent`, 'the next page');
      assert.equal(text, 'Welcome');
    }
  });

  test('a wait for what never comes still fails with its own words, in its own time', async () => {
    await browser.goto(`${origin}/`);
    await browser.click(await browser.find('#go'));
    const began = Date.now();
    await assert.rejects(browser.waitFor(`document.querySelector('#never')`, 'a thing that never comes', 1500), /timed out waiting for: a thing that never comes/);
    const took = Date.now() - began;
    assert.ok(took >= 1400 && took < 5000, `the wait took ${took} ms for a 1,500 ms time-out`);
  });
});
