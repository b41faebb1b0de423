// Contact requests in a real WordPress, tried as an attacker, a clinic's staff and a visitor
// would (issue 24): the release's plugin zip in Debian's WordPress 6.1, MariaDB and Apache
// with mod_php on loopback (lib/wordpress.mjs); requests sent as scripts and browsers send
// them; mails captured by the test's must-use plugin; faults made in the real database.
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';

import { shadow } from './lib/harness.mjs';
import { atWidth } from './lib/paste.mjs';
import { walkToOutcome } from './lib/release.mjs';
import { USERS, fullPageScreenshot, logIn, logOut, oldRequest, setSettings as saveSettings, storedRequests, type, withPluginSite } from './lib/wordpress.mjs';

const SHOTS = process.env.SMP_WP_SHOTS ?? '/tmp/wp-shots';
const root = shadow();
const ROUTE = '/index.php/wp-json/smp-widget/v1/requests';
const EVIL = 'https://evil.example';
const EDITOR = { login: 'front-editor', password: 'editor-pass-1234', email: 'editor@clinic.test' };

describe('WordPress contact requests: only the widget on the site\'s own pages can send one, and none is lost', () => {
  const suite = withPluginSite({ title: 'Desert Skin Studio' });
  let site;
  let browser;
  let widgetPage;

  before(() => {
    ({ site, browser } = { site: suite.site(), browser: suite.browser() });
    setSettings({ clinic: 'Desert Skin Studio', phone: '760.501.0080', notify_email: 'frontdesk@clinic.test' });
    site.php(`$id = wp_insert_user(array('user_login' => '${EDITOR.login}', 'user_pass' => '${EDITOR.password}', 'user_email' => '${EDITOR.email}', 'role' => 'editor')); return is_wp_error($id) ? $id->get_error_message() : $id;`);
    const id = site.php(`return wp_insert_post(array('post_type' => 'page', 'post_status' => 'publish', 'post_title' => 'Is SMP right for you?', 'post_content' => '<!-- wp:smp-widget/assessment /-->'));`, { user: USERS.admin.login });
    widgetPage = site.php(`return get_permalink(${id});`);
  });

  const setSettings = (values) => saveSettings(site, values);
  const good = (name) => ({ name, contact: '(760) 555-0101', lang: 'en-US', source: 'smp-widget' });
  /** A POST to `path` (the route, spelt as given) as a script or a browser would send it. */
  const post = (path, body, { origin = site.origin, client = null } = {}) => fetch(site.origin + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(origin ? { origin } : {}), ...(client ? { 'x-test-client': client } : {}) },
    body: JSON.stringify(body),
  });
  const stored = () => storedRequests(site);
  const forget = () => {
    site.php(`global $wpdb; $wpdb->query($wpdb->prepare("DELETE FROM {$wpdb->options} WHERE option_name LIKE %s", $wpdb->esc_like('_smp_widget_count_') . '%')); foreach (get_posts(array('post_type' => 'smp_lead', 'post_status' => 'any', 'numberposts' => -1, 'fields' => 'ids')) as $id) wp_delete_post($id, true); wp_unschedule_hook('smp_widget_mail_summary'); return true;`);
    writeFileSync(site.mailLog, '');
  };
  const statusOf = async (response) => { await response.body?.cancel(); return response.status; };
  const shot = async (name) => {
    const path = join(SHOTS, name);
    writeFileSync(path, await fullPageScreenshot(browser));
    console.log(`# screenshot ${path}`);
  };

  /** SEC (issue 24, the security review's table): the checks hold for every spelling. */
  test('no spelling of the route lets another site\'s page, or a script with no Origin, store or mail a request', async () => {
    forget();
    assert.equal(await statusOf(await post(ROUTE, good('Own page'))), 201, 'the site\'s own page is heard');
    forget();
    const table = [
      ['/index.php/wp-json/smp-widget/v1/Requests', EVIL, 30],
      ['/?rest_route=/SMP-WIDGET/v1/requests', EVIL, 30],
      ['/index.php/wp-json/smp-widget/v1/requests', EVIL, 30],
      ['/index.php/wp-json/smp-widget/v1/Requests', null, 5],
      ['/index.php/wp-json/smp-widget/v1/requests/', EVIL, 3],
      ['/index.php/wp-json/SMP-Widget/V1/REQUESTS/', EVIL, 3],
      ['/index.php?rest_route=/smp-widget/v1/requests/', null, 3],
      ['/?rest_route=%2Fsmp-widget%2Fv1%2FrEqUeStS', 'null', 3],
    ];
    const rows = [];
    for (const [path, origin, times] of table) {
      // At once, as a hostile page's visitors would send them.
      const statuses = await Promise.all(Array.from({ length: times }, (_, i) => post(path, good(`Spoof ${i}`), { origin }).then(statusOf)));
      rows.push([path, origin, [...new Set(statuses)]]);
    }
    // WordPress's batch route calls the same handler.
    const batch = await fetch(`${site.origin}/index.php/wp-json/batch/v1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: EVIL },
      body: JSON.stringify({ requests: [{ method: 'POST', path: '/smp-widget/v1/Requests', body: good('Batch') }] }),
    });
    rows.push(['batch', EVIL, [batch.status, ...(await batch.json()).responses?.map((r) => r.status) ?? []]]);
    console.log(`# spellings refused: ${JSON.stringify(rows)}`);
    for (const [path, origin, statuses] of rows) {
      // The batch route answers 207 and refuses each request inside it.
      assert.ok(statuses.every((s) => s === 403 || (path === 'batch' && (s === 207 || s >= 400))), `${path} from ${origin}: ${statuses}`);
    }
    assert.deepEqual([(await stored()).length, site.mails().length], [0, 0], 'nothing stored, nothing mailed');
  });

  test('with contact requests off, or sent to another address, the route refuses even the site\'s own pages', async () => {
    forget();
    for (const leads of ['off', 'url']) {
      setSettings({ leads, lead_url: 'https://crm.example/in' });
      const response = await post(ROUTE, good('Own page'));
      assert.equal(response.status, 403, leads);
      assert.equal((await response.json()).code, 'smp_widget_requests_off');
    }
    setSettings({ leads: 'wordpress', lead_url: '' });
    assert.deepEqual([(await stored()).length, site.mails().length], [0, 0]);
  });

  test('the rate limit counts an IPv6 visitor by their /64, ignores a client header unless the settings trust it, and holds under a burst', async () => {
    forget();
    // Not trusted yet: a header anyone can send gives no fresh allowance.
    const spoofed = [];
    for (let i = 1; i <= 7; i++) spoofed.push(await statusOf(await post(ROUTE, good(`Spoofed ${i}`), { client: `198.51.100.${i}` })));
    assert.deepEqual(spoofed, [201, 201, 201, 201, 201, 429, 429]);

    forget();
    setSettings({ client_header: 'X-Test-Client' });
    try {
      const sixtyFour = [];
      for (let i = 1; i <= 7; i++) sixtyFour.push(await statusOf(await post(ROUTE, good(`Six ${i}`), { client: `2001:db8:5:7::${i.toString(16)}:1` })));
      assert.deepEqual(sixtyFour, [201, 201, 201, 201, 201, 429, 429], 'addresses of one /64 share one allowance');
      assert.equal(await statusOf(await post(ROUTE, good('Next door'), { client: '2001:db8:5:8::1' })), 201, 'another /64 is another visitor');
      // As a proxy appends: the last address is the one it saw.
      assert.equal(await statusOf(await post(ROUTE, good('Proxied'), { client: '2001:db8:5:7::99, 203.0.113.9' })), 201);

      forget();
      const burst = await Promise.all(Array.from({ length: 20 }, (_, i) => post(ROUTE, good(`Burst ${i}`), { client: '203.0.113.50' }).then(statusOf)));
      const counts = burst.reduce((c, s) => ({ ...c, [s]: (c[s] ?? 0) + 1 }), {});
      console.log(`# 20 parallel requests from one visitor: ${JSON.stringify(counts)}`);
      assert.deepEqual(counts, { 201: 5, 429: 15 });
      assert.equal((await stored()).length, 5);
    } finally {
      setSettings({ client_header: '' });
    }
  });

  test('100 requests from 100 visitors at once: all stored, at most the hourly cap mailed, the rest in one summary mail', async () => {
    forget();
    setSettings({ client_header: 'X-Test-Client', mail_cap: 20 });
    try {
      const names = Array.from({ length: 100 }, (_, i) => `Visitor ${String(i).padStart(3, '0')}`);
      const statuses = await Promise.all(names.map((name, i) => post(ROUTE, good(name), { client: `198.51.${100 + Math.floor(i / 50)}.${i % 50 + 1}` }).then(statusOf)));
      assert.deepEqual([...new Set(statuses)], [201]);
      const all = await stored();
      assert.equal(all.length, 100);
      const mailed = site.mails();
      console.log(`# 100 parallel requests: ${mailed.length} mails at once, ${all.filter((r) => r.mail === 'queued').length} queued`);
      assert.equal(mailed.length, 20);
      assert.equal(all.filter((r) => r.mail === 'sent').length, 20);
      assert.equal(all.filter((r) => r.mail === 'queued').length, 80);
      assert.ok(site.php(`return (bool) wp_next_scheduled('smp_widget_mail_summary');`), 'the summary is scheduled');

      // WP-Cron runs the summary when it is due.
      site.php(`$t = wp_next_scheduled('smp_widget_mail_summary'); wp_unschedule_event($t, 'smp_widget_mail_summary'); wp_schedule_single_event(time() - 1, 'smp_widget_mail_summary'); return true;`);
      await statusOf(await fetch(`${site.origin}/wp-cron.php`));
      const summary = site.mails().slice(20);
      assert.equal(summary.length, 1, 'one summary mail');
      assert.match(summary[0].subject, /80 contact requests/);
      const everyone = [...mailed, ...summary].map((m) => m.subject + m.message).join('\n');
      for (const name of names) assert.ok(everyone.includes(name), `${name} reached the clinic`);
      assert.deepEqual([...new Set((await stored()).map((r) => r.mail))].sort(), ['sent', 'summary']);
    } finally {
      setSettings({ client_header: '', mail_cap: 20 });
    }
  });

  test('a mail that fails leaves the request stored, marked "Mail failed" in the list, and in the next summary', async () => {
    forget();
    const fails = join(site.dir, 'mail-fails');
    writeFileSync(fails, '');
    try {
      assert.equal(await statusOf(await post(ROUTE, { ...good('Mail Lost'), contact: 'lost@example.com' })), 201);
    } finally {
      rmSync(fails, { force: true });
    }
    const [request] = await stored();
    assert.deepEqual([request.name, request.mail], ['Mail Lost', 'failed']);
    await logIn(browser, site, USERS.admin);
    await browser.goto(`${site.origin}/wp-admin/admin.php?page=smp-widget-requests`);
    assert.equal(await browser.run(`return document.querySelector('.smp-widget-request .smp-request-mail').textContent.trim()`), 'Mail failed');
    site.php(`do_action('smp_widget_mail_summary'); return true;`);
    assert.ok(site.mails().at(-1).message.includes('lost@example.com'));
    assert.equal((await stored())[0].mail, 'summary');
  });

  test('the database refusing writes: 503 with Retry-After and nothing half-stored; the visitor keeps the form, is told so, and their retry goes through', async () => {
    forget();
    // A fault in the middle of storing: the post table refuses new rows.
    site.sql('CREATE TRIGGER smp_fault BEFORE INSERT ON wp_posts FOR EACH ROW SIGNAL SQLSTATE \'45000\' SET MESSAGE_TEXT = \'disk full (e2e)\'');
    try {
      const response = await post(ROUTE, good('Half Stored'));
      assert.equal(response.status, 503);
      assert.equal(response.headers.get('retry-after'), '60');
      assert.equal((await response.json()).code, 'smp_widget_unavailable');
    } finally {
      site.sql('DROP TRIGGER smp_fault');
    }
    assert.deepEqual([(await stored()).length, site.mails().length], [0, 0]);
    assert.equal(site.php(`global $wpdb; return (int) $wpdb->get_var("SELECT COUNT(*) FROM {$wpdb->postmeta} WHERE meta_key = '_smp_name'");`), 0, 'no orphan fields');

    // The whole database read-only while a visitor sends from the widget, at 375 px.
    await logOut(browser);
    await atWidth(browser, 375, async () => {
      await browser.goto(widgetPage);
      await walkToOutcome(browser);
      for (const [selector, text] of [['#smp-lead-name', 'Rosa Díaz'], ['#smp-lead-contact', '760 555 0123']]) {
        await browser.cmd('POST', `/element/${await browser.findInShadow('smp-widget', selector)}/value`, { text });
      }
      await browser.clickInShadow('smp-widget', '.lead-form h3');
      await browser.clickInShadow('smp-widget', '.consent-box');
      site.sql('REVOKE INSERT, UPDATE, DELETE ON smp_e2e.* FROM \'smp_e2e\'@\'localhost\'');
      try {
        await browser.clickInShadow('smp-widget', '.lead-send');
        await browser.waitFor(`${root}.querySelector('.lead-call')`, 'the call link after the failure');
        const form = await browser.run(`const r = ${root}; return { status: r.querySelector('.lead-status').textContent, name: r.querySelector('#smp-lead-name').value, contact: r.querySelector('#smp-lead-contact').value,
          consent: r.querySelector('.consent-box').checked, again: r.querySelector('.lead-send').textContent.trim(), disabled: r.querySelector('.lead-send').disabled,
          call: r.querySelector('.lead-call').getAttribute('href'), callText: r.querySelector('.lead-call').textContent, overflow: r.querySelector('.lead-form').scrollWidth > r.querySelector('.lead-form').clientWidth }`);
        assert.deepEqual(form, {
          status: 'The clinic\'s site could not take your request just now. Your details are still here: please try again in a minute, or call the clinic.',
          name: 'Rosa Díaz', contact: '760 555 0123', consent: true, again: 'Try again', disabled: false,
          call: 'tel:7605010080', callText: 'Call 760.501.0080', overflow: false,
        });
        await browser.run(`${root}.querySelector('.lead-status').scrollIntoView({ block: 'center' })`);
        await shot('request-failed-375.png');
      } finally {
        site.sql('GRANT ALL ON smp_e2e.* TO \'smp_e2e\'@\'localhost\'');
      }
      assert.equal((await stored()).length, 0);
      await browser.clickInShadow('smp-widget', '.lead-send');
      await browser.waitFor(`${root}.querySelector('.lead-status').textContent.includes('Thank you')`, 'the retry received');
    });
    const requests = await stored();
    assert.deepEqual(requests.map((r) => [r.name, r.contact]), [['Rosa Díaz', '760 555 0123']]);
  });

  test('forwarding to the clinic\'s CRM: from the server, signed with a secret shown once, retried with back-off, its state in the list', async () => {
    forget();
    const received = [];
    let failFirst = true;
    const crm = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => { body += chunk; });
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.writeHead(failFirst ? 502 : 200).end();
        failFirst = false;
      });
    });
    await new Promise((done) => crm.listen(0, '127.0.0.1', done));
    try {
      const crmUrl = `http://127.0.0.1:${crm.address().port}/hooks/smp`;
      await logIn(browser, site, USERS.admin);
      await browser.goto(`${site.origin}/wp-admin/options-general.php?page=smp-widget`);
      await type(browser, '#smp-widget-forward-url', crmUrl);
      await browser.click(await browser.find('#submit'));
      await browser.waitFor(`document.querySelector('.smp-widget-secret code')`, 'the secret, shown once');
      const secret = await browser.run(`return document.querySelector('.smp-widget-secret code').textContent`);
      assert.match(secret, /^[0-9a-f]{64}$/);
      await browser.goto(`${site.origin}/wp-admin/options-general.php?page=smp-widget`);
      assert.equal(await browser.run(`return document.body.textContent.includes(${JSON.stringify(secret)})`), false, 'never shown again');

      assert.equal(await statusOf(await post(ROUTE, { ...good('Carla Vega'), answers: ['Receding hairline'] })), 201);
      assert.equal(received.length, 0, 'nothing leaves before WP-Cron runs');
      await statusOf(await fetch(`${site.origin}/wp-cron.php`));
      assert.equal(received.length, 1, 'the first try');
      const [request] = await stored();
      assert.equal(request.forward, 'pending');
      const next = site.php(`return wp_next_scheduled('smp_widget_forward_request', array(${request.id})) - time();`);
      assert.ok(next > 30 && next <= 60, `the retry waits a minute (${next} s)`);
      // When it is due, WP-Cron (a request to wp-cron.php) makes the second try.
      site.php(`$t = wp_next_scheduled('smp_widget_forward_request', array(${request.id})); wp_unschedule_event($t, 'smp_widget_forward_request', array(${request.id})); wp_schedule_single_event(time() - 1, 'smp_widget_forward_request', array(${request.id})); return true;`);
      await statusOf(await fetch(`${site.origin}/wp-cron.php`));
      assert.equal(received.length, 2);
      assert.equal((await stored())[0].forward, 'sent');

      const { headers, body } = received[1];
      assert.equal(headers['content-type'], 'application/json');
      const [, t, mac] = headers['x-smp-signature'].match(/^t=(\d+),sha256=([0-9a-f]{64})$/);
      assert.equal(mac, createHmac('sha256', secret).update(`${t}.${body}`).digest('hex'), 'the signature checks with the secret shown');
      const sent = JSON.parse(body);
      assert.deepEqual({ ...sent, received: undefined, site: undefined }, { id: request.id, received: undefined, site: undefined, name: 'Carla Vega', contact: '(760) 555-0101', lang: 'en-US', answers: ['Receding hairline'] });

      await browser.goto(`${site.origin}/wp-admin/admin.php?page=smp-widget-requests`);
      assert.equal(await browser.run(`return document.querySelector('.smp-request-forward').textContent.trim()`), 'Forwarded');
      await shot('requests-forwarded.png');
      // An address that never answers: retries stop after the back-off and the list says so.
      setSettings({ forward_url: 'http://127.0.0.1:9/nothing' });
      assert.equal(await statusOf(await post(ROUTE, good('Nobody Home'))), 201);
      const id = (await stored()).find((r) => r.name === 'Nobody Home').id;
      const tries = site.php(`for ($i = 0; $i < 8; $i++) do_action('smp_widget_forward_request', ${id}); return array(get_post_meta(${id}, '_smp_forward', true), (int) get_post_meta(${id}, '_smp_forward_tries', true), wp_next_scheduled('smp_widget_forward_request', array(${id})));`);
      assert.deepEqual(tries, ['failed', 6, false]);
    } finally {
      crm.close();
      setSettings({ forward_url: '' });
    }
  });

  test('the requests list: found by phone number however it was typed, deleted from the search, exported as CSV with no formula a spreadsheet would run', async () => {
    forget();
    for (const [name, contact] of [['Dana Ortiz', '(760) 555-0142'], ['=HYPERLINK("http://evil.example","Open")', '+1 760 555 0199'], ['Eli Moss', 'eli@example.com']]) {
      assert.equal(await statusOf(await post(ROUTE, { ...good(name), contact })), 201);
    }
    await logIn(browser, site, USERS.admin);
    await browser.goto(`${site.origin}/wp-admin/admin.php?page=smp-widget-requests`);
    await type(browser, '#smp-requests-search', '760.555.0142');
    await browser.click(await browser.find('.smp-requests-search button'));
    await browser.waitFor(`new URLSearchParams(location.search).get('s') === '760.555.0142'`, 'the search');
    assert.deepEqual(await browser.run(`return [...document.querySelectorAll('.smp-request-name')].map((n) => n.textContent)`), ['Dana Ortiz']);
    await shot('requests-search.png');

    const csv = await browser.runAsync(`const done = arguments[0];
      fetch('/wp-admin/admin-post.php', { method: 'POST', body: new URLSearchParams({ action: 'smp_widget_export_requests', s: '', _wpnonce: document.querySelector('.smp-widget-export [name=_wpnonce]').value }) })
        .then(async (r) => done({ type: r.headers.get('content-type'), disposition: r.headers.get('content-disposition'), text: await r.text() }), (e) => done(String(e)));`);
    assert.equal(csv.type, 'text/csv; charset=utf-8');
    assert.match(csv.disposition, /attachment; filename="contact-requests-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\n');
    assert.equal(lines[0], 'Received,Name,"Phone or email",Language,Result,Answers,Mail,Forwarding');
    assert.equal(lines.length, 4);
    assert.ok(lines.some((l) => l.includes('"\'=HYPERLINK(""http://evil.example"",""Open"")"') && l.includes(',"\'+1 760 555 0199",')), lines.join('\n'));
    assert.ok(!lines.slice(1).some((l) => /(^|,)"?[=+@-]/.test(l.split(',').slice(1).join(','))), 'no cell starts a formula');

    // Deleted from the search's results; the search stays.
    await browser.run(`document.querySelector('.smp-request-delete').setAttribute('data-e2e', '')`);
    await browser.click(await browser.find('[data-e2e]'));
    await browser.cmd('POST', '/alert/accept', {});
    await browser.waitFor(`document.querySelector('.smp-widget-requests .notice-success')`, 'deleted');
    assert.equal(await browser.run(`return new URLSearchParams(location.search).get('s')`), '760.555.0142');
    assert.deepEqual((await stored()).map((r) => r.name).sort(), ['=HYPERLINK("http://evil.example","Open")', 'Eli Moss']);
  });

  test('an Editor can neither list, change nor delete requests over XML-RPC or the admin; a filter can grant it', async () => {
    forget();
    assert.equal(await statusOf(await post(ROUTE, good('Private Person'))), 201);
    const [request] = await stored();
    const xmlrpc = async (method, params) => {
      const value = (v) => (typeof v === 'number' ? `<int>${v}</int>` : typeof v === 'object'
        ? `<struct>${Object.entries(v).map(([k, x]) => `<member><name>${k}</name><value>${value(x)}</value></member>`).join('')}</struct>`
        : `<string>${v}</string>`);
      const body = `<?xml version="1.0"?><methodCall><methodName>${method}</methodName><params>${params.map((p) => `<param><value>${value(p)}</value></param>`).join('')}</params></methodCall>`;
      return (await fetch(`${site.origin}/xmlrpc.php`, { method: 'POST', headers: { 'content-type': 'text/xml' }, body })).text();
    };
    const editor = [1, EDITOR.login, EDITOR.password];
    const listed = await xmlrpc('wp.getPosts', [...editor, { post_type: 'smp_lead', post_status: 'private' }]);
    const deleted = await xmlrpc('wp.deletePost', [...editor, request.id]);
    const edited = await xmlrpc('wp.editPost', [...editor, request.id, { post_status: 'publish' }]);
    for (const answer of [listed, deleted, edited]) {
      assert.match(answer, /<name>faultCode<\/name>\s*<value><int>401<\/int>/, answer.slice(0, 400));
      assert.ok(!answer.includes('Private Person'));
    }
    assert.equal(site.php(`return get_post_status(${request.id});`), 'private');
    const editorCan = (grant) => site.php(`${grant ? "add_filter('smp_widget_user_manages_requests', fn($allowed, $user) => $allowed || in_array('editor', $user->roles, true), 10, 2);" : ''}
      $u = get_user_by('login', '${EDITOR.login}'); return array(user_can($u, 'smp_widget_manage_requests'), user_can($u, 'delete_post', ${request.id}));`);
    assert.deepEqual(editorCan(false), [false, false]);
    assert.deepEqual(editorCan(true), [true, true], 'the filter grants both');
    assert.deepEqual(site.php(`$u = get_user_by('login', '${USERS.admin.login}'); return array(user_can($u, 'smp_widget_manage_requests'), user_can($u, 'delete_post', ${request.id}));`), [true, true]);
  });

  test('retention kept as promised: a lost daily run is scheduled again, deactivation deletes what is overdue, reactivation deletes what fell overdue meanwhile first', async () => {
    forget();
    const old = (name, days) => oldRequest(site, name, days);
    site.php(`wp_clear_scheduled_hook('smp_widget_purge_requests'); return true;`);
    await statusOf(await fetch(`${site.origin}/`));
    assert.equal(site.php(`return wp_get_schedule('smp_widget_purge_requests');`), 'daily', 'a visit schedules it again');

    const overdue = old('Overdue', 95);
    const recent = old('Recent', 10);
    site.php(`require_once ABSPATH . 'wp-admin/includes/plugin.php'; deactivate_plugins('smp-widget/smp-widget.php'); return true;`, { user: USERS.admin.login });
    assert.deepEqual(site.php(`return array(get_post(${overdue}) !== null, get_post(${recent}) !== null, wp_next_scheduled('smp_widget_purge_requests'));`), [false, true, false]);
    // While off, a request falls overdue (its date moved back, as time would).
    site.php(`global $wpdb; $d = gmdate('Y-m-d H:i:s', time() - 100 * DAY_IN_SECONDS); return $wpdb->update($wpdb->posts, array('post_date_gmt' => $d, 'post_date' => $d), array('ID' => ${recent}));`);
    site.php(`require_once ABSPATH . 'wp-admin/includes/plugin.php'; return activate_plugin('smp-widget/smp-widget.php') === null;`, { user: USERS.admin.login });
    assert.deepEqual(site.php(`clean_post_cache(${recent}); return array(get_post(${recent}) !== null, wp_get_schedule('smp_widget_purge_requests'), get_option('smp_widget_purge_last_run') >= time() - 60);`), [false, 'daily', true]);
  });

  test('the settings page and the privacy text say what is kept, for how long, and what deleting the plugin does', async () => {
    await logIn(browser, site, USERS.admin);
    await browser.goto(`${site.origin}/wp-admin/options-general.php?page=smp-widget`);
    const page = await browser.run(`return document.querySelector('.smp-widget-settings').textContent.replace(/\\s+/g, ' ')`);
    for (const said of ['removes every contact request unless this is ticked', 'Keep the contact requests when the plugin is deleted', 'on reactivation the overdue requests are deleted first', 'Mails per hour, at most', 'Visitor address header']) {
      assert.ok(page.includes(said), said);
    }
    await browser.goto(`${site.origin}/wp-admin/privacy-policy-guide.php`);
    const guide = await browser.run(`return document.querySelector('#wpbody-content').textContent`);
    assert.match(guide, /delete them after 90 days/);
    assert.match(guide, /for at most a day/);
    assert.match(guide, /If we remove the self-assessment from our site, every request it received is deleted with it\./);
    setSettings({ keep_requests_on_uninstall: true });
    try {
      await browser.goto(`${site.origin}/wp-admin/privacy-policy-guide.php`);
      assert.match(await browser.run(`return document.querySelector('#wpbody-content').textContent`), /the requests already received stay in our database until we delete them ourselves/);
    } finally {
      setSettings({ keep_requests_on_uninstall: false });
    }
  });

  test('no PHP notice, warning or error from the plugin', () => {
    assert.deepEqual(site.debugLog().split('\n').filter((line) => line.includes('plugins/smp-widget/')), []);
  });
});
