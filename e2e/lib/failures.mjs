// Shared by the suites that break things on purpose: the widget's own files served changed
// by one byte, and the check that a failure leaves the marketer's fallback and one line.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { DIST, shadow } from './harness.mjs';

const V1 = join(DIST, 'smp-widget/v1');
const js = (body) => ({ status: 200, headers: { 'content-type': 'text/javascript', 'access-control-allow-origin': '*' }, body });

/**
 * Asset routes (for `startSite`'s `assetRoute`, as `(path, req) => response | null`) that
 * serve one file changed. HEAD requests pass through: the loader asks with HEAD whether a
 * file that failed its check exists at all.
 */
export const TAMPERED = {
  /** The glue, with a line of attacker code in front (it must never run). */
  glue: (path, req) => (path.endsWith('/smp-widget.js') && req.method !== 'HEAD'
    ? js('window.__tamperedGlueRan = true;\n' + readFileSync(join(V1, 'smp-widget.js'), 'utf8'))
    : null),
  /** The wasm with one bit flipped. */
  wasm: (path, req) => {
    if (!path.endsWith('.wasm') || req.method === 'HEAD') return null;
    const bytes = readFileSync(join(V1, 'smp-widget_bg.wasm'));
    bytes[100] ^= 1;
    return { status: 200, headers: { 'content-type': 'application/wasm', 'access-control-allow-origin': '*' }, body: bytes };
  },
};

/** The widget's own console lines on the page so far. */
export async function vendorLines(browser) {
  return (await browser.run('return window.__smpTestLog')).filter((l) => l.text.startsWith('[smp-widget]'));
}

/**
 * Waits for the one `[smp-widget] <kind>` line, then checks the fallback link is visible
 * and the widget absent, that nothing else was logged and no error reached the page.
 * Returns the line.
 */
export async function expectFallback(browser, kind, { timeout = 12000 } = {}) {
  await browser.waitFor(`window.__smpTestLog.some((l) => l.text.startsWith('[smp-widget] ${kind}'))`, `the ${kind} line`, timeout);
  const lines = await vendorLines(browser);
  assert.equal(lines.length, 1, JSON.stringify(lines));
  assert.ok(await browser.run(`return document.getElementById('fallback-link').getBoundingClientRect().width > 0`), 'the fallback link is visible');
  assert.equal(await browser.run(`return ${shadow()}?.querySelector('.widget') ?? null`), null, 'no widget');
  assert.deepEqual(await browser.run('return window.__hostErrors'), []);
  assert.equal(await browser.run('return window.__tamperedGlueRan === undefined'), true, 'changed code never ran');
  return lines[0];
}
