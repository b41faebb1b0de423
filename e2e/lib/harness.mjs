// Serves the built widget (dist/) and the fixture host pages (e2e/pages/) from two
// different loopback origins, as a clinic's page and its CDN would be.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { serveDirectory } from '../../scripts/static-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(here, '..', '..');
export const DIST = join(ROOT, 'dist');
export const PAGES = join(here, '..', 'pages');

/**
 * Starts both servers. `assetRoute` / `pageRoute` may intercept requests (return
 * `{status, headers, body}` or `{hang: true}`); `pageHeaders(path)` adds headers such as a
 * Content-Security-Policy to host pages. Fixture pages may write `{{ASSETS}}` for the
 * widget's origin.
 */
export async function startSite({ assetRoute, pageRoute, pageHeaders } = {}) {
  const requests = [];
  const assets = await serveDirectory({
    root: DIST,
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
      const html = await readFile(join(PAGES, url.pathname), 'utf8').catch(() => null);
      if (html === null) return null;
      return {
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8', ...(pageHeaders ? pageHeaders(url.pathname) : {}) },
        body: html.replaceAll('{{ASSETS}}', assetOrigin),
      };
    },
  });
  return {
    assetOrigin,
    pageOrigin: pages.origin,
    /** Paths the widget's origin was asked for, in order. */
    assetRequests: requests,
    async close() {
      await Promise.all([assets.close(), pages.close()]);
    },
  };
}

/** JS expression: the shadow root of the first (or the n-th) widget on the page. */
export const shadow = (n = 0) => `document.querySelectorAll('smp-widget')[${n}]?.shadowRoot`;
