// Serves the built widget (dist/) and the fixture host pages (e2e/pages/) from two
// different loopback origins, as a clinic's page and its CDN would be.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';

import { serveDirectory } from '../../scripts/static-server.mjs';
import { startChromium } from './webdriver.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(here, '..', '..');
export const DIST = join(ROOT, 'dist');
/** The test build with test hooks (scripts/build-test-hooks.sh); never shipped. */
export const DIST_HOOKS = join(ROOT, 'dist-hooks');
export const PAGES = join(here, '..', 'pages');

/**
 * Starts both servers. `assetRoute` / `pageRoute` may intercept requests (return
 * `{status, headers, body}` or `{hang: true}`); `pageHeaders(path, assetOrigin)` adds headers such as a
 * Content-Security-Policy to host pages. Fixture pages may write `{{ASSETS}}` for the
 * widget's origin; `?no-widget` serves a page without its loader script (the same page as
 * it looks with no widget on it).
 */
export async function startSite({ assetRoute, pageRoute, pageHeaders, dist = DIST } = {}) {
  const requests = [];
  const assets = await serveDirectory({
    root: dist,
    cors: true,
    route: async (req, url) => {
      requests.push(url.pathname);
      return assetRoute ? assetRoute(req, url) : null;
    },
  });
  // The widget's files come from "localhost", the page from "127.0.0.1": two origins.
  const assetOrigin = assets.origin.replace('127.0.0.1', 'localhost');
  const pages = await serveDirectory({
    root: PAGES,
    route: async (req, url) => {
      const custom = pageRoute ? await pageRoute(req, url) : null;
      if (custom) return custom;
      if (!url.pathname.endsWith('.html')) return null;
      let html = await readFile(join(PAGES, url.pathname), 'utf8').catch(() => null);
      if (html === null) return null;
      if (url.searchParams.has('no-widget')) html = html.replace(/^.*\/loader\.js.*$\n/m, '');
      // ?widget=<JSON>: attributes for the page's first widget, as a marketer would add them
      // (`withAttributes` writes the query).
      const extra = JSON.parse(url.searchParams.get('widget') ?? '{}');
      const attributes = Object.entries(extra).map(([k, v]) => ` ${k}="${String(v).replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`).join('');
      html = html.replace('<smp-widget', `<smp-widget${attributes}`);
      return {
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8', ...(pageHeaders ? pageHeaders(url.pathname + url.search, assetOrigin) : {}) },
        body: html
          .replaceAll('{{ASSETS}}', assetOrigin)
          .replaceAll('{{PAGE}}', `http://${req.headers.host}`)
          .replaceAll('{{LOADER_SRI}}', loaderIntegrity(dist)),
      };
    },
  });
  return {
    assetOrigin,
    pageOrigin: pages.origin,
    /** Ends requests a test left hanging (the browser would otherwise wait on them). */
    releaseHung() {
      assets.releaseHung();
      pages.releaseHung();
    },
    /** Paths the widget's origin was asked for, in order. */
    assetRequests: requests,
    async close() {
      await Promise.all([assets.close(), pages.close()]);
    },
  };
}

/** A fixture page's path with `attributes` added to its first widget (`startSite` reads them). */
export function withAttributes(page, attributes) {
  return `${page}?widget=${encodeURIComponent(JSON.stringify(attributes))}`;
}

/** The loader's sha384 as the build recorded it (dist/smp-widget/v1/integrity.json). */
export function loaderIntegrity(dist = DIST) {
  try {
    return JSON.parse(readFileSync(join(dist, 'smp-widget/v1/integrity.json'), 'utf8'))['loader.js'];
  } catch {
    return '';
  }
}

/** JS expression: the shadow root of the first (or the n-th) widget on the page. */
export const shadow = (n = 0) => `document.querySelectorAll('smp-widget')[${n}]?.shadowRoot`;

/**
 * A person's click on the element under `selector` (inside the n-th widget's shadow root)
 * whose text contains `text` (or on its descendant `inner`): found in the page, then
 * clicked through WebDriver.
 */
export async function clickText(browser, selector, text, { n = 0, inner = null } = {}) {
  const found = await browser.run(
    `const [selector, text, n, inner] = arguments;
     const root = document.querySelectorAll('smp-widget')[n].shadowRoot;
     root.querySelectorAll('[data-e2e-target]').forEach((e) => e.removeAttribute('data-e2e-target'));
     const hit = [...root.querySelectorAll(selector)].find((e) => e.textContent.includes(text));
     if (!hit) return [...root.querySelectorAll(selector)].map((e) => e.textContent.trim());
     const target = inner ? hit.querySelector(inner) : hit;
     if (!target) return 'nothing matches ' + inner;
     target.setAttribute('data-e2e-target', '');
     return true;`,
    selector,
    text,
    n,
    inner,
  );
  if (found !== true) throw new Error(`no ${selector} with text "${text}"; found: ${JSON.stringify(found)}`);
  const host = await browser.run(`return document.querySelectorAll('smp-widget').length`);
  if (host === 0) throw new Error('no widget on the page');
  const hostId = (await browser.cmd('POST', '/elements', { using: 'css selector', value: 'smp-widget' }))[n];
  const shadowRef = await browser.cmd('GET', `/element/${Object.values(hostId)[0]}/shadow`);
  const target = await browser.cmd('POST', `/shadow/${Object.values(shadowRef)[0]}/element`, {
    using: 'css selector',
    value: '[data-e2e-target]',
  });
  await browser.click(Object.values(target)[0]);
}

/** Text of the focused heading in the n-th widget, once focus has moved to one containing `text`. */
export function headingWith(browser, text, n = 0) {
  return browser.waitFor(
    `(() => { const a = ${shadow(n)}?.activeElement; return a && a.matches('h2') && a.textContent.includes(${JSON.stringify(text)}) && a.textContent; })()`,
    `a focused heading with "${text}"`,
  );
}

/**
 * Answers question after question as a person would: picks the choice labelled `label`,
 * presses Next, waits for focus on the heading containing `next`. `steps`: [label, next][].
 */
export async function walk(browser, steps, n = 0) {
  for (const [label, next] of steps) {
    await clickText(browser, 'label.choice', label, { n });
    await browser.clickInShadow(`smp-widget:nth-of-type(${n + 1})`, '.next-button');
    await headingWith(browser, next, n);
  }
}

/**
 * One suite's site and browser: started before its first test, closed after its last,
 * whatever happens. `options` are `startSite`'s; `start` picks the engine. The returned
 * `site` and `browser` stand for the real ones in the suite's tests (they forward to them
 * once started), so a suite writes `const { site, browser } = withSite(...)` and nothing
 * else to set up or tear down.
 */
export function withSite(options = {}, { start = startChromium } = {}) {
  const live = { site: null, browser: null };
  before(async () => {
    live.site = await startSite(options);
    live.browser = await start();
  });
  after(async () => {
    await live.browser?.quit();
    await live.site?.close();
  });
  const forward = (name) =>
    new Proxy({}, {
      get(_, key) {
        const target = live[name];
        if (!target) throw new Error(`the suite's ${name} is used before it started`);
        const value = target[key];
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  return { site: forward('site'), browser: forward('browser') };
}
