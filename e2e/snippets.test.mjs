// Issue 16 item 6: every snippet a marketer can copy is complete. Each one, from README.md,
// EMBEDDING.md and the release's package and self-host READMEs, is pasted as it stands into
// a clinic's page and loaded on a phone and a desktop: the page must not move and must show
// no empty box (lib/paste.mjs). The configurator's snippets: configurator.test.mjs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { createHash } from 'node:crypto';

import { FILES, cargoPackage, reservingRules, styleHash } from '../packaging/meta.mjs';
import { packageReadme } from '../packaging/npm.mjs';
import { selfHostReadme } from '../packaging/selfhost.mjs';
import { DIST, ROOT, loaderIntegrity } from './lib/harness.mjs';
import { atWidth, startPasteSite } from './lib/paste.mjs';
import { hostPage, snippetsIn } from './lib/release.mjs';
import { startChromium } from './lib/webdriver.mjs';

const doc = (name) => readFileSync(join(ROOT, name), 'utf8');

/** Every copyable snippet, named by where a marketer finds it. */
function allSnippets() {
  const meta = cargoPackage();
  const files = FILES.map((name) => ({ name, bytes: readFileSync(join(DIST, 'smp-widget', 'v1', name)) }));
  const sources = {
    'README.md': doc('README.md'),
    'EMBEDDING.md': doc('EMBEDDING.md'),
    'package README': packageReadme(meta, files, loaderIntegrity(), reservingRules()),
    'self-host README': selfHostReadme(meta, loaderIntegrity(), reservingRules()),
  };
  return Object.entries(sources).flatMap(([where, text]) => snippetsIn(text).map((snippet, i) => ({ name: `${where} #${i + 1}`, snippet })));
}

describe('snippets: each one pasted alone keeps the page still and leaves no empty box', () => {
  let browser;
  let site;

  before(async () => {
    site = await startPasteSite();
    browser = await startChromium();
  });
  after(async () => {
    await browser?.quit();
    await site?.close();
  });

  test('README.md, EMBEDDING.md, the package README and the self-host README: every snippet', async () => {
    const snippets = allSnippets();
    // Inline from each place; a popup from EMBEDDING.md and both READMEs.
    assert.ok(snippets.length >= 8, snippets.map((s) => s.name).join(', '));
    const rules = `<style>\n${reservingRules()}\n</style>\n`;
    for (const { snippet, name } of snippets) {
      if (snippet.includes('mode="popup"')) assert.ok(!snippet.includes('<style>'), `${name}: a popup needs no rules`);
      else assert.ok(snippet.startsWith(rules), `${name}: the reserving rules (demo/reserve.css) come first`);
      // The docs name the version Cargo.toml has, so a release updates them.
      for (const [, version] of snippet.matchAll(/smp-widget@([^/]+)\//g)) assert.equal(version, cargoPackage().version, name);
    }
    for (const width of [375, 1280]) {
      await atWidth(browser, width, async () => {
        for (const { name, snippet } of snippets) {
          await site.paste(browser, snippet);
          await site.check(browser, `${name} at ${width} px`);
        }
      });
    }
  });

  test('an inline widget\'s rules skip a popup on the same page', async () => {
    const [inline, popup] = snippetsIn(doc('EMBEDDING.md'));
    await site.paste(browser, `${inline}\n${popup.replace(/^<script[^]*?<\/script>\n/, '')}`);
    await site.check(browser, 'EMBEDDING.md inline and popup together');
  });

  // Issue 28 item 3: EMBEDDING.md's CSP, reserving rules and preload lines, pasted as they
  // are, give no console error or warning (the browser's own messages included).
  const documentedPolicy = () => doc('EMBEDDING.md').match(/no console error or warning under\n\s*`([^`]+)`/)?.[1];

  test('EMBEDDING.md\'s CSP allows the snippet\'s <style> by its hash, the one the rules have', () => {
    const policy = documentedPolicy();
    assert.ok(policy, 'EMBEDDING.md names the CSP its snippets are checked under');
    assert.ok(policy.includes(`style-src 'self' ${styleHash()}`), `${policy} lacks ${styleHash()}`);
  });

  test('every snippet, and EMBEDDING.md\'s preload lines with it, pasted under EMBEDDING.md\'s CSP: no console error or warning', async () => {
    // The test page's own <style> is allowed by its hash, as a site allows its own.
    const own = hostPage('').match(/<style>([^]*?)<\/style>/)[1];
    const policy = `${documentedPolicy().replaceAll('<widget origin>', site.assetOrigin)}`.replace(
      "style-src 'self'",
      `style-src 'self' 'sha256-${createHash('sha256').update(own).digest('base64')}'`,
    );
    const preload = doc('EMBEDDING.md').match(/```html\n(<link rel="preload"[^]*?)```/)[1];
    const cases = allSnippets();
    cases.push({ name: 'EMBEDDING.md preload lines and snippet #1', snippet: preload + snippetsIn(doc('EMBEDDING.md'))[0] });
    for (const { name, snippet } of cases) {
      await browser.consoleMessages();
      await site.paste(browser, snippet, { policy });
      await site.check(browser, `${name} under the CSP`);
      // A preload not used is reported a few seconds after the load: wait for it to have
      // been, or not (the browser has no event for it).
      if (name.includes('preload')) await browser.runAsync('const done = arguments[0]; setTimeout(done, 3500)');
      const messages = (await browser.consoleMessages()).filter((m) => !/favicon\.ico/.test(m.message));
      assert.deepEqual(messages.filter((m) => m.level === 'SEVERE' || m.level === 'WARNING'), [], name);
    }
  });

  test('EMBEDDING.md shows the nginx rules the zip\'s README ships', () => {
    const nginx = doc('EMBEDDING.md').match(/```nginx\n([^]*?)```/)?.[1];
    assert.equal(nginx?.trim(), readFileSync(join(ROOT, 'packaging', 'selfhost', 'nginx.conf'), 'utf8').trim());
  });
});
