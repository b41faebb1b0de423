// Issue 28: the ways a pasted snippet fails in the field, each as a page a visitor would
// open, and what the widget's box then looks like. A case is the release's own inline
// snippet (reserving rules, script tag, element with its fallback card) with one mistake.
// The widget's files come from another origin ("localhost"); under /octet/ its .wasm is
// sent as application/octet-stream, under /nocors/ without Access-Control-Allow-Origin;
// the page's own origin serves them too, under /self/ (a self-hosted site).
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';

import { reservingRules } from '../../packaging/meta.mjs';
import { inlineSnippet } from '../../packaging/snippets.mjs';
import { MIME, serveDirectory } from '../../scripts/static-server.mjs';
import { DIST, loaderIntegrity } from './harness.mjs';
import { hostPage, servePages } from './release.mjs';

/**
 * Each way the widget does not start. `base(site)`: the folder the snippet names;
 * `integrity(site)`: the snippet's; `csp(site)`: the page's policy; `loaderRuns`: whether
 * our loader gets to run (then one line of ours names the failure); `rulesBlocked`: the
 * page's policy refuses the snippet's inline reserving rules; `says`: words of the rows of
 * EMBEDDING.md's table of the browser's own messages that Chromium writes here.
 */
export const CASES = {
  'wrong-integrity': {
    base: (s) => `${s.assetOrigin}/ok/`,
    integrity: () => `sha384-${Buffer.alloc(48, 7).toString('base64')}`,
    says: ['integrity'],
  },
  'wasm-octet-stream': { base: (s) => `${s.assetOrigin}/octet/`, loaderRuns: 'fetch-failed' },
  'no-cors': { base: (s) => `${s.assetOrigin}/nocors/`, says: ['CORS'] },
  'your-site-left-in': { base: () => 'https://YOUR-SITE/smp-widget/0.1.0/', says: ['YOUR-SITE'] },
  'csp-default-self': { base: (s) => `${s.assetOrigin}/ok/`, csp: () => "default-src 'self'", says: ['script-src', 'inline'] },
  // The policy refuses the snippet's <style> too: the loader reserves the box when it runs
  // (EMBEDDING.md: such a site puts the rules in its own stylesheet, or allows their hash).
  'csp-default-self-self-hosted': { base: (s) => `${s.pageOrigin}/self/`, csp: () => "default-src 'self'", loaderRuns: 'csp-wasm', rulesBlocked: true, says: ['inline'] },
  'loader-never-runs': { base: (s) => `${s.assetOrigin}/missing/`, says: ['not where'] },
};

/** The three widths a visitor sees: a small phone, a common phone, a desktop. */
export const WIDTHS = [320, 375, 1280];

/** Serves the built files under the three prefixes from `dist`. */
function widgetFiles(dist, prefix, req, url) {
  // Not uploaded: a 404, with CORS as a CDN sends it.
  if (url.pathname.startsWith('/missing/')) return { status: 404, headers: { 'access-control-allow-origin': '*' }, body: 'not found' };
  const match = url.pathname.match(/^\/(ok|octet|nocors|self)\/([\w.-]+)$/);
  if (!match || (prefix && match[1] !== prefix)) return null;
  const file = match[2];
  let body;
  try {
    body = readFileSync(join(dist, 'smp-widget', 'v1', file));
  } catch {
    return { status: 404, body: 'not found' };
  }
  const headers = { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' };
  if (match[1] === 'octet' && file.endsWith('.wasm')) headers['content-type'] = 'application/octet-stream';
  if (match[1] !== 'nocors') headers['access-control-allow-origin'] = '*';
  return { status: 200, headers, body };
}

/**
 * Starts the two servers. `dist`, `rules` and `snippet` default to this build's: a script
 * outside the suite may pass another build's, to see the same cases as they were.
 */
export async function startFailureSite({ dist = DIST, rules = reservingRules(), snippet = inlineSnippet } = {}) {
  let current = null;
  const assets = await serveDirectory({ root: dist, route: async (req, url) => widgetFiles(dist, null, req, url) });
  const site = { assetOrigin: assets.origin.replace('127.0.0.1', 'localhost') };
  const pages = await servePages({
    page: () => current.html,
    route: (req, url) => {
      if (url.pathname === '/host.html' && current.csp) {
        return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': current.csp }, body: current.html };
      }
      return widgetFiles(dist, 'self', req, url);
    },
  });
  site.pageOrigin = pages.origin;
  const integrity = loaderIntegrity(dist);
  return {
    ...site,
    /** Opens the page for case `name`. */
    async open(browser, name) {
      const c = CASES[name];
      const html = hostPage(snippet({ base: c.base(site), integrity: c.integrity ? c.integrity(site) : integrity, rules }));
      current = { html, csp: c.csp ? c.csp(site) : null };
      await browser.goto(`${site.pageOrigin}/host.html?case=${name}`);
    },
    async close() {
      await Promise.all([assets.close(), pages.close()]);
    },
  };
}

/**
 * What the widget's box looks like now: its height and background, where its fallback's
 * lines sit in it, and whether each of them is visible.
 */
export function inspectBox(browser) {
  return browser.run(`
    const box = document.querySelector('smp-widget');
    const r = box.getBoundingClientRect();
    const style = getComputedStyle(box);
    const lines = [...box.children].filter((c) => c.tagName !== 'SCRIPT').map((c) => {
      const q = c.getBoundingClientRect();
      return { text: c.textContent.trim(), top: q.top - r.top, bottom: r.bottom - q.bottom, width: q.width, height: q.height };
    });
    return { height: r.height, width: r.width, background: style.backgroundColor, border: style.borderTopWidth + ' ' + style.borderTopStyle, lines,
             state: box.getAttribute('data-state'), shift: window.__layoutShift ?? 0 };`);
}

/**
 * EMBEDDING.md's table of the browser's own messages: each row's first cell and the
 * Chromium message it quotes, as a pattern (`…` stands for anything).
 */
export function documentedBrowserMessages(markdown) {
  const start = markdown.indexOf('| what is wrong | Chromium');
  if (start < 0) return [];
  const rows = markdown.slice(start).split('\n\n')[0].split('\n').slice(2);
  return rows.map((row) => {
    const cells = row.split(' | ');
    const quoted = /`([^`]+)`/.exec(cells[1])?.[1] ?? '';
    const pattern = quoted.split('…').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*?');
    return { what: cells[0].replace(/^\|\s*/, ''), chromium: new RegExp(pattern) };
  });
}
