// Pastes a snippet, as it stands, into a clinic's page and checks what a visitor would see
// while it starts: the page must not move and no box may stay empty. Only the snippet's
// loader URL is pointed at the test's server (on another origin), with the build's
// integrity. That server answers loader.js only after the page's first paint, as a CDN
// does on a phone, so a snippet that leaves the reserving to the loader makes the page jump
// here too.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { serveDirectory } from '../../scripts/static-server.mjs';
import { DIST } from './harness.mjs';
import { hostPage, servePages } from './release.mjs';

const LOADER = join(DIST, 'smp-widget', 'v1', 'loader.js');

/** Starts the two servers; `close()` them in `after`. */
export async function startPasteSite() {
  let page = '';
  let painted = null;
  const assets = await serveDirectory({
    root: DIST,
    cors: true,
    route: async (req, url) => {
      if (!url.pathname.endsWith('/loader.js')) return null;
      await painted.promise;
      return { status: 200, headers: { 'content-type': 'text/javascript', 'access-control-allow-origin': '*' }, body: readFileSync(LOADER) };
    },
  });
  let csp = null;
  const pages = await servePages({
    page: () => page,
    route: (req, url) => {
      if (url.pathname === '/host.html' && csp) {
        return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp }, body: page };
      }
      // The second animation frame's callback runs after the first paint. It notes where the
      // page's own text below the widget was painted: Chromium counts no layout shift for
      // text pushed out of view, as on a phone when an unreserved box grows to a screen.
      if (url.pathname === '/beacon.js') {
        return {
          status: 200,
          headers: { 'content-type': 'text/javascript' },
          body: `requestAnimationFrame(() => requestAnimationFrame(() => {
            window.__belowAtPaint = document.getElementById('below').getBoundingClientRect().top + scrollY;
            fetch('/painted');
          }));`,
        };
      }
      if (url.pathname !== '/painted') return null;
      painted.resolve();
      return { status: 204 };
    },
  });
  const assetOrigin = assets.origin.replace('127.0.0.1', 'localhost');
  const integrity = JSON.parse(readFileSync(join(DIST, 'smp-widget', 'v1', 'integrity.json'), 'utf8'));

  return {
    /** The widget's origin, for a page's CSP. */
    assetOrigin,

    /**
     * Loads a page with `snippet` pasted in (under `policy`, a Content-Security-Policy, if
     * given). Each tag's file (the loader, and the preloaded glue and wasm) comes from the
     * test's server, with the build's integrity for that file.
     */
    async paste(browser, snippet, { policy = null } = {}) {
      csp = policy;
      const local = snippet
        .replace(/(src|href)="[^"]*\/(loader\.js|smp-widget\.js|smp-widget_bg\.wasm)"/g, (_, attr, file) => `${attr}="${assetOrigin}/smp-widget/v1/${file}"`)
        .replace(/<(script|link)\b[^>]*>/g, (tag) => {
          const file = /\/(loader\.js|smp-widget\.js|smp-widget_bg\.wasm)"/.exec(tag)?.[1];
          return file ? tag.replace(/integrity="sha384-[^"]*"/, `integrity="${integrity[file]}"`) : tag;
        });
      // A script of the page's own origin (a page's CSP allows it, as it does its own).
      page = hostPage(local).replace('</head>', `  <script src="/beacon.js"></script>\n</head>`);
      let resolve;
      painted = { promise: new Promise((r) => { resolve = r; }), resolve: () => resolve() };
      await browser.goto(`${pages.origin}/host.html`);
    },

    /** Waits for every widget to start, then asserts: no shift, nothing moved, no empty box. */
    async check(browser, where) {
      await browser.waitFor(
        `[...document.querySelectorAll('smp-widget')].every((e) => e.getAttribute('mode') === 'popup' ? e.shadowRoot?.querySelector('.smp-launcher') : e.getAttribute('data-state') === 'ready')`,
        `${where}: every widget started`,
      );
      // Two more frames, so a shift from the last render is reported.
      await browser.frames();
      assert.equal(await browser.run('return window.__layoutShift'), 0, `${where}: the page jumped`);
      const [before, now] = await browser.run(`return [window.__belowAtPaint, document.getElementById('below').getBoundingClientRect().top + scrollY]`);
      assert.equal(now, before, `${where}: the text below the widget moved from ${before} px to ${now} px`);
      const boxes = await browser.run(
        `return [...document.querySelectorAll('smp-widget')].map((e) => ({
           popup: e.getAttribute('mode') === 'popup', height: e.getBoundingClientRect().height,
           filled: e.shadowRoot.querySelector('.widget')?.getBoundingClientRect().height ?? 0 }));`,
      );
      for (const box of boxes) {
        if (box.popup) assert.ok(box.height < 40, `${where}: the popup keeps a ${box.height} px box on the page`);
        else assert.ok(Math.abs(box.height - box.filled) <= 1, `${where}: the widget fills ${box.filled} px of its ${box.height} px box`);
      }
      assert.deepEqual(await browser.run('return window.__hostErrors'), [], where);
    },

    async close() {
      painted?.resolve();
      await Promise.all([assets.close(), pages.close()]);
    },
  };
}

/** Emulates a screen `width` px wide (a phone below 800) for `body`, then restores it. */
export async function atWidth(browser, width, body) {
  const cdp = (cmd, params = {}) => browser.cmd('POST', '/goog/cdp/execute', { cmd, params });
  await cdp('Emulation.setDeviceMetricsOverride', { width, height: 800, deviceScaleFactor: 1, mobile: width < 800 });
  try {
    return await body();
  } finally {
    await cdp('Emulation.clearDeviceMetricsOverride');
  }
}
