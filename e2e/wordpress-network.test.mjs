// The plugin activated network-wide on a real WordPress network (a subdirectory install,
// lib/wordpress.mjs's `multisite`): each site keeps its own requests, and each site's
// requests are deleted after its retention period, as the privacy text promises (issue 24).
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';

import { USERS, oldRequest, withPluginSite } from './lib/wordpress.mjs';

describe('WordPress network: the plugin activated for every site keeps each site\'s requests apart and deletes them on time', () => {
  const suite = withPluginSite({ title: 'Desert Skin Network', multisite: true, browser: false });
  let site;
  let second; // the second site's id

  before(() => {
    site = suite.site();
    // A site added after the network activation, as Sites → Add New does.
    second = site.php(`$id = wpmu_create_blog(${JSON.stringify(site.host)}, '/indio/', 'Desert Skin Indio', get_user_by('login', '${USERS.admin.login}')->ID);
      return is_wp_error($id) ? $id->get_error_message() : $id;`);
    assert.equal(typeof second, 'number', String(second));
  });

  /** PHP run on site `id`. */
  const on = (id, body) => site.php(`switch_to_blog(${id}); $r = (function () { ${body} })(); restore_current_blog(); return $r;`);
  const old = (id, name, days) => oldRequest(site, name, days, { blog: id });
  // Read without the plugin's code: the last test reads them with the plugin deactivated.
  const names = (id) => on(id, `return array_map(fn($p) => get_post_meta($p->ID, '_smp_name', true), get_posts(array('post_type' => 'smp_lead', 'post_status' => 'any', 'numberposts' => -1, 'orderby' => 'ID', 'order' => 'ASC')));`);
  const runCron = async (path) => { await (await fetch(`${site.origin}${path}wp-cron.php`)).body?.cancel(); };

  test('network activation schedules the daily deletion on every site, including one added later', () => {
    assert.equal(site.php(`require_once ABSPATH . 'wp-admin/includes/plugin.php'; return is_plugin_active_for_network('smp-widget/smp-widget.php');`), true);
    for (const id of [1, second]) {
      assert.deepEqual(on(id, `return array(wp_get_schedule('smp_widget_purge_requests'), is_array(get_option('smp_widget_settings')));`), ['daily', true], `site ${id}`);
    }
  });

  test('a contact request sent on the second site is stored there, not on the main site', async () => {
    const response = await fetch(`${site.origin}/indio/?rest_route=/smp-widget/v1/requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: site.origin },
      body: JSON.stringify({ name: 'Inés Indio', contact: 'ines@example.com', lang: 'es-US', source: 'smp-widget' }),
    });
    assert.equal(response.status, 201, await response.text());
    assert.deepEqual([names(1), names(second)], [[], ['Inés Indio']]);
  });

  test('each site\'s own daily run deletes its overdue requests, and a site whose run went missing gets it back on its next visit', async () => {
    old(1, 'Main old', 120);
    old(second, 'Indio old', 120);
    old(second, 'Indio recent', 5);
    // The second site's run was lost (a cron option restored from a backup, say).
    on(second, `wp_clear_scheduled_hook('smp_widget_purge_requests'); return true;`);
    await (await fetch(`${site.origin}/indio/`)).body?.cancel();
    const next = on(second, `return wp_next_scheduled('smp_widget_purge_requests') - time();`);
    assert.ok(next > 0 && next <= 60, `scheduled again, due in ${next} s`);
    // WP-Cron runs the second site's event when that site is visited after it is due.
    on(second, `$t = wp_next_scheduled('smp_widget_purge_requests'); wp_unschedule_event($t, 'smp_widget_purge_requests'); wp_schedule_event(time() - 1, 'daily', 'smp_widget_purge_requests'); return true;`);
    await runCron('/indio/');
    assert.deepEqual(names(second), ['Inés Indio', 'Indio recent']);
    assert.deepEqual(names(1), ['Main old'], 'the main site\'s run is its own');
    on(1, `$t = wp_next_scheduled('smp_widget_purge_requests'); wp_unschedule_event($t, 'smp_widget_purge_requests'); wp_schedule_event(time() - 1, 'daily', 'smp_widget_purge_requests'); return true;`);
    await runCron('/');
    assert.deepEqual(names(1), []);
    assert.ok(on(second, `return (int) get_option('smp_widget_purge_last_run');`) > 0);
  });

  test('network deactivation deletes what is overdue on every site; deleting the plugin removes every site\'s requests and settings', () => {
    old(1, 'Main overdue', 100);
    old(second, 'Indio overdue', 100);
    site.php(`require_once ABSPATH . 'wp-admin/includes/plugin.php'; deactivate_plugins('smp-widget/smp-widget.php', false, true); return true;`, { user: USERS.admin.login });
    assert.deepEqual([names(1), names(second)], [[], ['Inés Indio', 'Indio recent']]);
    for (const id of [1, second]) assert.equal(on(id, `return wp_next_scheduled('smp_widget_purge_requests');`), false);
    const deleted = site.php(`require_once ABSPATH . 'wp-admin/includes/plugin.php'; require_once ABSPATH . 'wp-admin/includes/file.php';
      $r = delete_plugins(array('smp-widget/smp-widget.php')); return is_wp_error($r) ? $r->get_error_message() : $r;`, { user: USERS.admin.login });
    assert.equal(deleted, true);
    for (const id of [1, second]) {
      assert.deepEqual(on(id, `global $wpdb; return array((int) $wpdb->get_var("SELECT COUNT(*) FROM {$wpdb->posts} WHERE post_type = 'smp_lead'"), get_option('smp_widget_settings'));`), [0, false], `site ${id}`);
    }
  });

  test('no PHP notice, warning or error from the plugin on the network', () => {
    assert.deepEqual(site.debugLog().split('\n').filter((line) => line.includes('plugins/smp-widget/')), []);
  });
});
