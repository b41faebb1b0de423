// The WordPress plugin's translations (issue 24, item 7): the template translators work from
// is the plugin's strings as they are now (scripts/wordpress-pot.sh), the Spanish leaves no
// string in English, and a real WordPress (lib/wordpress.mjs, the release's plugin zip)
// shows an administrator whose language is Spanish the plugin's screens in Spanish, and each
// page's fallback link in the language the widget on that page speaks.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';

import { ROOT } from './lib/harness.mjs';
import { USERS, fullPageScreenshot, logIn, setSettings, withPluginSite } from './lib/wordpress.mjs';

const SHOTS = process.env.SMP_WP_SHOTS ?? '/tmp/wp-shots';
const LANGUAGES = join(ROOT, 'wordpress', 'languages');
const POT = join(LANGUAGES, 'smp-widget.pot');
/** Every Spanish locale the plugin ships a translation for. */
const LOCALES = ['es_ES', 'es_MX'];
const quiet = { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 16 << 20 };

/** A PO file's entries (the header left out): context, id, plural, strings, flags, references. */
function parsePo(text) {
  const entries = [];
  for (const block of text.split(/\n\s*\n/)) {
    const entry = { context: null, id: null, plural: null, strings: [], flags: [], references: [] };
    let field = null;
    for (const line of block.split('\n')) {
      if (line.startsWith('#,')) entry.flags.push(...line.slice(2).split(',').map((f) => f.trim()));
      else if (line.startsWith('#:')) entry.references.push(...line.slice(2).trim().split(/\s+/));
      else if (line.startsWith('#') || line.trim() === '') continue;
      else {
        const m = line.match(/^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*")$/);
        const value = JSON.parse((m ? m[3] : line).replace(/\\t/g, '\t'));
        if (m) {
          field = m[1].startsWith('msgstr') ? `msgstr${m[2] ?? 0}` : m[1];
          if (field.startsWith('msgstr')) entry.strings[Number(m[2] ?? 0)] = value;
          else entry[{ msgctxt: 'context', msgid: 'id', msgid_plural: 'plural' }[field]] = value;
        } else if (field?.startsWith('msgstr')) entry.strings[Number(field.slice(6))] += value;
        else if (field) entry[{ msgctxt: 'context', msgid: 'id', msgid_plural: 'plural' }[field]] += value;
      }
    }
    if (entry.id !== null && entry.id !== '') entries.push(entry);
  }
  return entries;
}
const key = (entry) => `${entry.context ?? ''}\u0004${entry.id}`;
/** printf placeholders, as PHP's sprintf and WordPress's reads them, sorted. */
const placeholders = (text) => (text.match(/%(\d+\$)?[-+ 0']*\d*(\.\d+)?[bcdeEfFgGosuxX%]/g) ?? []).sort();

describe('WordPress translations: what translators get, and what a Spanish-speaking administrator reads', () => {
  test('translators get every string the plugin shows: the committed .pot is what scripts/wordpress-pot.sh makes from the sources now', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'smp-pot-'));
    try {
      execFileSync(join(ROOT, 'scripts', 'wordpress-pot.sh'), [join(tmp, 'now.pot')], quiet);
      const now = readFileSync(join(tmp, 'now.pot'), 'utf8');
      const committed = readFileSync(POT, 'utf8');
      const ids = (text) => new Set(parsePo(text).map(key));
      const added = [...ids(now)].filter((id) => !ids(committed).has(id)).map((id) => id.replace('\u0004', ''));
      assert.equal(committed, now, `wordpress/languages/smp-widget.pot is out of date (new strings: ${JSON.stringify(added)}): run scripts/wordpress-pot.sh --update and translate them`);
      // The fallback link's strings, translated through in_language(), are there too.
      for (const id of ['Call %s', 'Book a consultation', 'Contact requests']) assert.ok(ids(committed).has(`\u0004${id}`), id);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  for (const locale of LOCALES) {
    test(`an administrator in ${locale} meets no English string: every string of the .pot is translated, with the same placeholders`, () => {
      const template = parsePo(readFileSync(POT, 'utf8'));
      const po = readFileSync(join(LANGUAGES, `smp-widget-${locale}.po`), 'utf8');
      assert.match(po, /^"Language: es_..\\n"$/m);
      assert.match(po, /^"Plural-Forms: nplurals=2; plural=\(n != 1\);\\n"$/m);
      const translated = new Map(parsePo(po).map((entry) => [key(entry), entry]));
      assert.deepEqual([...translated.keys()].sort(), template.map(key).sort(), 'the same strings as the .pot, none left over');
      for (const source of template) {
        const entry = translated.get(key(source));
        const where = `${locale}: ${JSON.stringify(source.id)}`;
        assert.ok(!entry.flags.includes('fuzzy'), `${where} is marked fuzzy (WordPress ignores it)`);
        assert.equal(entry.strings.length, source.plural === null ? 1 : 2, where);
        for (const [n, text] of entry.strings.entries()) {
          assert.notEqual(text.trim(), '', `${where} is not translated`);
          assert.deepEqual(placeholders(text), placeholders(n === 0 ? source.id : source.plural), `${where}: placeholders`);
        }
      }
    });

    test(`WordPress reads what the ${locale} .po says: its .mo is msgfmt's output, and the block editor's JSON has the editor's strings`, () => {
      const po = join(LANGUAGES, `smp-widget-${locale}.po`);
      assert.ok(readFileSync(join(LANGUAGES, `smp-widget-${locale}.mo`)).equals(execFileSync('msgfmt', ['-o', '-', po], { ...quiet, encoding: 'buffer' })), `smp-widget-${locale}.mo is not compiled from the .po: run scripts/wordpress-pot.sh --update`);
      const editor = parsePo(readFileSync(po, 'utf8')).filter((entry) => entry.references.includes('block/editor.js'));
      assert.ok(editor.length >= 10, 'the editor\'s strings are in the .po');
      const json = readdirSync(LANGUAGES).filter((name) => name.startsWith(`smp-widget-${locale}-`) && name.endsWith('.json'));
      // WordPress looks for the script's translations under the md5 of its path in the plugin.
      assert.deepEqual(json, [`smp-widget-${locale}-${createHash('md5').update('block/editor.js').digest('hex')}.json`]);
      const messages = JSON.parse(readFileSync(join(LANGUAGES, json[0]), 'utf8')).locale_data.messages;
      assert.deepEqual(Object.fromEntries(Object.entries(messages).filter(([id]) => id !== '')), Object.fromEntries(editor.map((entry) => [entry.id, entry.strings])));
    });
  }
});

describe('WordPress translations in a real WordPress: the admin screens in the administrator\'s Spanish, each fallback link in its widget\'s language', () => {
  const suite = withPluginSite({ title: 'Desert Skin Studio' });
  let site;
  let browser;

  before(() => {
    site = suite.site();
    browser = suite.browser();
    setSettings(site, { phone: '760.501.0080', booking_url: '' });
  });

  const setAdminLocale = (locale) => site.php(`return (bool) update_user_meta(get_user_by('login', ${JSON.stringify(USERS.admin.login)})->ID, 'locale', ${JSON.stringify(locale)});`);
  /** A published page with `content`; its address. */
  const page = (title, content) => site.php(`$id = wp_insert_post(wp_slash(array('post_type' => 'page', 'post_status' => 'publish', 'post_title' => ${JSON.stringify(title)}, 'post_content' => ${JSON.stringify(content)}))); return get_permalink($id);`);
  /** The text of the fallback link inside each widget of the page, as a visitor's browser gets it. */
  const fallbackLinks = async (url) => {
    const html = await (await fetch(url)).text();
    return [...html.matchAll(/<smp-widget\b[^>]*>\s*<a href="[^"]*">([^<]*)<\/a>\s*<\/smp-widget>/g)].map((m) => m[1]);
  };
  /** A full-page screenshot for the reviewer (SMP_WP_SHOTS, /tmp/wp-shots by default). */
  const shot = async (name) => {
    mkdirSync(SHOTS, { recursive: true });
    writeFileSync(join(SHOTS, name), await fullPageScreenshot(browser));
    console.log(`# screenshot ${join(SHOTS, name)}`);
  };
  const texts = (selector) => browser.run(`return [...document.querySelectorAll(arguments[0])].map((e) => e.textContent.trim())`, selector);

  test('an administrator whose language is Spanish (es_ES) sees Settings → SMP widget and Contact requests in Spanish', async () => {
    setAdminLocale('es_ES');
    await logIn(browser, site, USERS.admin);
    await browser.goto(`${site.origin}/wp-admin/options-general.php?page=smp-widget`);
    await browser.waitFor(`document.querySelector('.smp-widget-settings h1')`, 'the settings page');
    assert.equal(await browser.run(`return document.documentElement.lang`), 'es-ES');
    assert.deepEqual(await texts('.smp-widget-settings h1'), ['Widget SMP']);
    await shot('settings-es_ES.png');
    const sections = await texts('.smp-widget-form h2');
    for (const heading of ['Clínica', 'Precios', 'Apariencia', 'Solicitudes de contacto', 'Desinstalación']) assert.ok(sections.includes(heading), `${heading} in ${sections}`);
    assert.equal(await browser.run(`return document.querySelector('label[for="smp-widget-clinic"]').textContent`), 'Nombre de la clínica');
    assert.equal(await browser.run(`return document.querySelector('label[for="smp-widget-phone"]').textContent`), 'Teléfono');
    assert.deepEqual(await texts('#smp-widget-preview-title'), ['Vista previa en vivo']);
    assert.equal(await browser.run(`return document.querySelector('#smp-widget-lang option[value=""]').textContent`), 'El idioma de la página');
    // The admin menu's entries.
    const menu = await texts('#adminmenu a');
    for (const entry of ['Widget SMP', 'Solicitudes de contacto']) assert.ok(menu.includes(entry), `${entry} in the menu`);

    await browser.goto(`${site.origin}/wp-admin/admin.php?page=smp-widget-requests`);
    await browser.waitFor(`document.querySelector('.smp-widget-requests h1')`, 'the requests page');
    assert.deepEqual(await texts('.smp-widget-requests h1'), ['Solicitudes de contacto']);
    assert.deepEqual((await texts('.smp-widget-requests thead th')).slice(0, 3), ['Fecha de recepción', 'Nombre', 'Teléfono o correo electrónico']);
    assert.deepEqual(await texts('.smp-widget-requests tbody td'), ['Todavía no hay solicitudes de contacto.']);
    assert.deepEqual(await texts('.smp-requests-export'), ['Exportar todas como CSV']);
    await shot('requests-es_ES.png');
  });

  /** In the block editor: the block's title and its settings panel's words, as the editor has them. */
  const editorWords = async () => {
    await browser.goto(`${site.origin}/wp-admin/post-new.php`);
    const title = await browser.waitFor(`window.wp?.blocks?.getBlockType('smp-widget/assessment')?.title`, 'the block registered in the editor', 30000);
    return [title, ...await browser.run(`return ['This widget', 'Quiz only', 'Site default'].map((s) => wp.i18n.__(s, 'smp-widget'))`)];
  };
  const SPANISH_EDITOR = ['Autoevaluación SMP', 'Este widget', 'Solo el cuestionario', 'Predeterminado del sitio'];

  test('in the block editor, the Spanish-speaking administrator finds the block and its settings panel in Spanish', async () => {
    setAdminLocale('es_MX');
    assert.deepEqual(await editorWords(), SPANISH_EDITOR);
  });

  test('an administrator in another Spanish locale (es_CO, no file of its own) gets the same Spanish, in the editor too', async () => {
    setAdminLocale('es_CO');
    await browser.goto(`${site.origin}/wp-admin/admin.php?page=smp-widget-requests`);
    await browser.waitFor(`document.querySelector('.smp-widget-requests h1')`, 'the requests page');
    assert.deepEqual(await texts('.smp-widget-requests h1'), ['Solicitudes de contacto']);
    assert.deepEqual(await editorWords(), SPANISH_EDITOR);
    setAdminLocale('');
  });

  test('each page\'s fallback link speaks its widget\'s language: "Llamar al 760.501.0080" where the block says Spanish, "Call 760.501.0080" where it says English', async () => {
    const english = page('English', '<!-- wp:smp-widget/assessment /-->');
    const spanish = page('Español', '<!-- wp:smp-widget/assessment {"lang":"es"} /-->');
    const shortcode = page('Shortcode', '[smp_widget lang="es-MX"]');
    const both = page('Both', '<!-- wp:smp-widget/assessment {"lang":"en"} /--><!-- wp:smp-widget/assessment {"lang":"es"} /-->');
    assert.deepEqual(await fallbackLinks(english), ['Call 760.501.0080']);
    assert.deepEqual(await fallbackLinks(spanish), ['Llamar al 760.501.0080']);
    assert.deepEqual(await fallbackLinks(shortcode), ['Llamar al 760.501.0080']);
    assert.deepEqual(await fallbackLinks(both), ['Call 760.501.0080', 'Llamar al 760.501.0080']);

    // The settings' language, where the block sets none; a block's own language over it.
    setSettings(site, { lang: 'es' });
    assert.deepEqual(await fallbackLinks(english), ['Llamar al 760.501.0080']);
    assert.deepEqual(await fallbackLinks(both), ['Call 760.501.0080', 'Llamar al 760.501.0080']);
    setSettings(site, { lang: '' });

    // A Spanish site (Settings → General: Español de México, its core language file installed):
    // the page's language, where neither sets one.
    mkdirSync(join(site.content, 'languages'), { recursive: true });
    execFileSync('msgfmt', ['-o', join(site.content, 'languages', 'es_MX.mo'), '-'], { input: 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\nLanguage: es_MX\\n"\n' });
    assert.equal(site.php(`update_option('WPLANG', 'es_MX'); return get_option('WPLANG');`), 'es_MX');
    try {
      assert.match(await (await fetch(english)).text(), /<html lang="es-MX"/);
      assert.deepEqual(await fallbackLinks(english), ['Llamar al 760.501.0080']);
      assert.deepEqual(await fallbackLinks(both), ['Call 760.501.0080', 'Llamar al 760.501.0080']);
    } finally {
      site.php(`return update_option('WPLANG', '');`);
    }

    // Without a phone, the booking link, likewise.
    setSettings(site, { phone: '', booking_url: 'https://desertskin.example/book' });
    assert.deepEqual(await fallbackLinks(both), ['Book a consultation', 'Programar una cita']);
    setSettings(site, { phone: '760.501.0080', booking_url: '' });
  });
});
