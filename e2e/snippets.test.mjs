// Issue 16 item 6: every snippet a marketer can copy is complete. Each one, from README.md,
// EMBEDDING.md and the release's package and self-host READMEs, is pasted as it stands into
// a clinic's page and loaded on a phone and a desktop: the page must not move and must show
// no empty box (lib/paste.mjs). The configurator's snippets: configurator.test.mjs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { FILES, cargoPackage, reservingRules } from '../packaging/meta.mjs';
import { packageReadme } from '../packaging/npm.mjs';
import { selfHostReadme } from '../packaging/selfhost.mjs';
import { DIST, ROOT, loaderIntegrity } from './lib/harness.mjs';
import { atWidth, startPasteSite } from './lib/paste.mjs';
import { snippetsIn } from './lib/release.mjs';
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

  test('EMBEDDING.md shows the nginx rules the zip\'s README ships', () => {
    const nginx = doc('EMBEDDING.md').match(/```nginx\n([^]*?)```/)?.[1];
    assert.equal(nginx?.trim(), readFileSync(join(ROOT, 'packaging', 'selfhost', 'nginx.conf'), 'utf8').trim());
  });
});
