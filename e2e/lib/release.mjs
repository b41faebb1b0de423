// Helpers for the release tests: the snippets in a Markdown file, a host page that pastes
// one, a stand-in for a public npm CDN, and the quiz walk every pasted widget must finish.
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';

import { MIME, serveDirectory } from '../../scripts/static-server.mjs';
import { PAGES, clickText, headingWith, shadow, walk } from './harness.mjs';

/** The ```html blocks of `markdown` that hold a widget: the snippets a marketer copies. */
export function snippetsIn(markdown) {
  return [...markdown.matchAll(/```html\n([^]*?)```/g)].map((m) => m[1].trim()).filter((s) => s.includes('<smp-widget'));
}

/** A clinic's page with `snippet` pasted between its own text, as into a WordPress block. */
export function hostPage(snippet) {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Scalp micropigmentation | A clinic</title>
  <script src="/test-hooks.js"></script>
  <style>body { margin: 0; font: 16px/1.5 system-ui, sans-serif; } h1, p { margin: 16px; }</style>
</head>
<body>
  <h1>Is SMP right for you?</h1>
  <p>Take our one-minute self-assessment.</p>
${snippet}
  <p id="below">The page's own text goes on below the widget.</p>
</body>
</html>`;
}

/**
 * Serves the fixture pages' scripts (test-hooks.js) and, at `/host.html`, whatever
 * `page()` returns; `route` may answer other paths first. The page's origin is 127.0.0.1.
 */
export function servePages({ page, route } = {}) {
  return serveDirectory({
    root: PAGES,
    route: async (req, url) => {
      const custom = route ? await route(req, url) : null;
      if (custom) return custom;
      if (url.pathname !== '/host.html') return null;
      return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: page() };
    },
  });
}

/**
 * A stand-in for jsDelivr and unpkg: serves the installed package folder `dir` at
 * `/npm/<name>@<version>/<file>` (jsDelivr's layout) and `/<name>@<version>/<file>`
 * (unpkg's), with CORS and MIME types as they send them. The origin is "localhost", the
 * pages' is 127.0.0.1: two origins. `requests` lists the paths asked for.
 */
export async function serveNpmCdn(dir, name, version) {
  const requests = [];
  const prefix = new RegExp(`^/(?:npm/)?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}@${version.replace(/\./g, '\\.')}/([\\w.-]+)$`);
  const server = await serveDirectory({
    root: dir,
    route: async (req, url) => {
      requests.push(url.pathname);
      const file = url.pathname.match(prefix)?.[1];
      const body = file && !file.startsWith('.') ? await readFile(join(dir, file)).catch(() => null) : null;
      if (!body) return { status: 404, headers: { 'content-type': 'text/plain' }, body: 'not found' };
      return {
        status: 200,
        headers: { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'access-control-allow-origin': '*' },
        body,
      };
    },
  });
  return { ...server, origin: server.origin.replace('127.0.0.1', 'localhost'), requests };
}

/** Waits for the pasted widget to render, then answers the quiz to an outcome. */
export async function walkToOutcome(browser) {
  const root = shadow();
  await browser.waitFor(`${root}?.querySelector('.widget .start-button')`, 'the widget');
  await browser.clickInShadow('smp-widget', '.start-button');
  await headingWith(browser, 'Which picture');
  await walk(browser, [
    ['Receding hairline', 'How do you wear'],
    ['Shaved', 'skin'],
    ['Healthy', 'keloid'],
    ['No, never', 'why you'],
  ]);
  await clickText(browser, 'label.choice', 'thinking');
  await browser.clickInShadow('smp-widget', '.next-button');
  await browser.waitFor(`${root}.querySelector('.outcome')`, 'an outcome');
  return browser.run(`return ${root}.querySelector('.outcome h2, h2').textContent`);
}

/** Resources the page fetched from `origin`, as paths. */
export function fetchedFrom(browser, origin) {
  return browser.run(
    `return performance.getEntriesByType('resource').map((e) => new URL(e.name)).filter((u) => u.origin === arguments[0]).map((u) => u.pathname)`,
    origin,
  );
}
