// A real WordPress for a test, from Debian's packages (scripts/setup.sh installs them):
// a private MariaDB server (its own data folder and socket, no TCP), Apache with mod_php on a
// loopback port with a config of its own, and Debian's WordPress 6.1 with the
// twentytwentythree theme, installed from the command line. Nothing of the system's is
// used or changed but one file, /etc/wordpress/config-<name>.php (Debian's wp-config.php
// reads it, named through Apache's SetEnv), removed again by stop(). Everything else lives
// in one temporary folder; stop() ends both servers and deletes it, database included.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { after, before } from 'node:test';

import { release } from '../../packaging/release.mjs';
import { APACHE, MODULES, serverHead } from './apache.mjs';
import { DIST, PAGES } from './harness.mjs';
import { freePort, startChromium } from './webdriver.mjs';

const WORDPRESS = '/usr/share/wordpress';
const THEME = join(WORDPRESS, 'wp-content', 'themes', 'twentytwentythree');
const quiet = { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] };

export const USERS = {
  admin: { login: 'clinic-admin', password: `admin-${randomBytes(6).toString('hex')}`, email: 'admin@clinic.test', role: 'administrator' },
  author: { login: 'guest-author', password: `author-${randomBytes(6).toString('hex')}`, email: 'author@clinic.test', role: 'author' },
};

/** Waits for `ready()` while `proc` runs; process start-up gives no event to await. */
async function waitUntil(ready, what, proc, log, timeout = 30000) {
  const deadline = Date.now() + timeout;
  let exited = null;
  proc.once('exit', (code) => { exited = code; });
  for (;;) {
    if (await ready()) return;
    if (exited !== null) throw new Error(`${what} exited (${exited}): ${log()}`);
    if (Date.now() > deadline) throw new Error(`${what} did not start within ${timeout / 1000} s: ${log()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const read = (path) => { try { return readFileSync(path, 'utf8'); } catch { return ''; } };

// A subdirectory network's rules, as WordPress's Network Setup screen gives them for
// .htaccess (Debian's WordPress folder is the system's: they go in the server's config).
const MULTISITE_RULES = `  RewriteEngine On
  RewriteBase /
  RewriteRule ^index\\.php$ - [L]
  RewriteRule ^([_0-9a-zA-Z-]+/)?wp-admin$ $1wp-admin/ [R=301,L]
  RewriteCond %{REQUEST_FILENAME} -f [OR]
  RewriteCond %{REQUEST_FILENAME} -d
  RewriteRule ^ - [L]
  RewriteRule ^([_0-9a-zA-Z-]+/)?(wp-(content|admin|includes).*) /$2 [L]
  RewriteRule ^([_0-9a-zA-Z-]+/)?(.*\\.php)$ /$2 [L]
  RewriteRule . /index.php [L]
`;

// mod_php needs the prefork MPM.
const apacheConfig = ({ dir, host, port, content, configName, multisite }) => `${serverHead({ dir, port, modules: ['mpm_prefork', 'authz_core', 'mime', 'headers', 'dir', 'alias', 'rewrite', 'env', 'filter', 'deflate'] })
  .replace(/^Listen .*$/m, `Listen ${host}:${port}`).replace(/^ServerName .*$/m, `ServerName ${host}`)}
LoadModule php_module ${MODULES}/libphp8.2.so
StartServers 2
# Longer than any step of a test that blocks Node (site.php()): a connection Node keeps
# alive is not closed by Apache while Node cannot see it, then reused for a POST.
KeepAliveTimeout 120
MinSpareServers 2
MaxSpareServers 6
# The system's types without wasm, as on hosts whose list predates it: the plugin's
# widget/.htaccess must add it.
TypesConfig "${dir}/mime.types"
# Debian's wp-config.php reads /etc/wordpress/config-<this>.php.
SetEnv WORDPRESS_CONFIG ${configName}
<FilesMatch "\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
DirectoryIndex index.php index.html
DocumentRoot "${WORDPRESS}"
Alias /wp-content "${content}"
<Directory />
  AllowOverride None
  Require all denied
</Directory>
# As Debian's README for WordPress sets it up, with .htaccess files allowed to set types
# (AllowOverride FileInfo), as typical hosts allow.
<Directory "${WORDPRESS}">
  Options FollowSymLinks
  AllowOverride Limit Options FileInfo
  Require all granted
${multisite ? MULTISITE_RULES : ''}</Directory>
<Directory "${content}">
  Options FollowSymLinks
  AllowOverride Limit Options FileInfo
  Require all granted
</Directory>
<Files ".ht*">
  Require all denied
</Files>
`;

const wpConfig = ({ origin, dir, socket, db, mailLog, network = null }) => {
  const salts = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']
    .map((k) => `define('${k}', '${randomBytes(24).toString('hex')}');`).join('\n');
  return `<?php
// Written by the SMP widget's e2e test (e2e/lib/wordpress.mjs); removed when it stops.
define('DB_NAME', '${db.name}');
define('DB_USER', '${db.user}');
define('DB_PASSWORD', '${db.password}');
define('DB_HOST', 'localhost:${socket}');
define('DB_CHARSET', 'utf8mb4');
define('WP_CONTENT_DIR', '${dir}/content');
define('WP_CONTENT_URL', '${origin}/wp-content');
${network ? '// A network: each site has its own address, kept in the database.' : `define('WP_HOME', '${origin}');
define('WP_SITEURL', '${origin}');`}
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('FS_METHOD', 'direct');
define('WP_DEBUG', true);
define('WP_DEBUG_LOG', '${dir}/debug.log');
define('WP_DEBUG_DISPLAY', false);
define('SMP_E2E_MAIL_LOG', '${mailLog}');
define('SMP_E2E_MAIL_FAILS', '${dir}/mail-fails');
define('WP_ALLOW_MULTISITE', true);
${network ? `define('MULTISITE', true);
define('SUBDOMAIN_INSTALL', false);
define('DOMAIN_CURRENT_SITE', '${network.domain}');
define('PATH_CURRENT_SITE', '/');
define('SITE_ID_CURRENT_SITE', 1);
define('BLOG_ID_CURRENT_SITE', 1);
define('COOKIE_DOMAIN', '');` : ''}
${salts}
`;
};

// The test's own must-use plugin: mail is written to a file instead of sent, and the
// fixture pages' test hooks (console lines, errors, layout shift, where the footer was at
// first paint) run first in <head>.
const MU_PLUGIN = `<?php
// SMP widget e2e test instrument (e2e/lib/wordpress.mjs). Not part of the plugin.
// While the file SMP_E2E_MAIL_FAILS exists, every mail fails as a broken mail server's would.
add_filter('pre_wp_mail', function ($short, $atts) {
  if (file_exists(SMP_E2E_MAIL_FAILS)) {
    do_action('wp_mail_failed', new WP_Error('wp_mail_failed', 'SMTP connect() failed (e2e)', $atts));
    return false;
  }
  file_put_contents(SMP_E2E_MAIL_LOG, wp_json_encode($atts) . "\\n", FILE_APPEND | LOCK_EX);
  return true;
}, 10, 2);
add_action('wp_head', function () {
  echo '<script src="' . esc_url(content_url('mu-plugins/test-hooks.js')) . '"></script>' . "\\n";
  // Where the page's footer was first painted (the second frame's callback runs after the
  // first paint): Chromium counts no shift for content pushed out of view, so a test compares.
  echo "<script>requestAnimationFrame(function () { requestAnimationFrame(function () { var f = document.querySelector('footer'); window.__footerAtPaint = f ? f.getBoundingClientRect().top + scrollY : null; }); });</script>\\n";
}, 0);
`;

/**
 * Starts MariaDB, Apache and a fresh WordPress; resolves to the site. Always `stop()` it
 * (in `after`), whatever happened. `plugin`: a plugin zip, unpacked into the site and
 * activated (network-wide on a network). `multisite`: a subdirectory network (WordPress
 * allows no port in a network's address, so it is served on port 80 of a loopback address
 * of its own, 127.x.y.z).
 */
export async function startWordPress({ title = 'Desert Skin Studio', plugin = null, multisite = false } = {}) {
  for (const path of [join(WORDPRESS, 'wp-load.php'), THEME, '/usr/sbin/mariadbd', join(MODULES, 'libphp8.2.so')]) {
    if (!existsSync(path)) throw new Error(`${path} is missing: run scripts/setup.sh (it installs Debian's wordpress, mariadb-server, libapache2-mod-php)`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'smp-wordpress-'));
  chmodSync(dir, 0o755); // Apache's and MariaDB's users read in here
  const host = multisite ? `127.${[...randomBytes(3)].map((n) => 1 + (n % 250)).join('.')}` : '127.0.0.1';
  const port = multisite ? 80 : await freePort();
  const origin = multisite ? `http://${host}` : `http://${host}:${port}`;
  const hostHeader = multisite ? host : `${host}:${port}`;
  const configName = `smp-e2e-${process.pid}-${randomBytes(4).toString('hex')}`;
  const configFile = `/etc/wordpress/config-${configName}.php`;
  const socket = join(dir, 'run', 'mysqld.sock');
  const mailLog = join(dir, 'mail.log');
  const db = { name: 'smp_e2e', user: 'smp_e2e', password: randomBytes(12).toString('hex') };
  const procs = [];
  // Also on an interrupted run (webdriver.mjs exits on SIGINT/SIGTERM): nothing stays behind.
  const cleanUp = () => {
    for (const proc of procs) {
      try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* gone */ }
    }
    rmSync(configFile, { force: true });
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', cleanUp);
  removeStaleConfigs();

  const site = {
    origin,
    host: hostHeader,
    dir,
    content: join(dir, 'content'),
    mailLog,
    users: USERS,
    /** The mails WordPress sent (pre_wp_mail's arguments), oldest first. */
    mails: () => read(mailLog).split('\n').filter(Boolean).map((line) => JSON.parse(line)),
    /** Runs SQL as the database's root, in the site's database (to make faults). */
    sql: (statement) => execFileSync('mariadb', ['-S', socket, '-u', 'root', '-D', db.name, '-e', statement], quiet),
    /** PHP notices, warnings and errors WordPress logged (WP_DEBUG_LOG). */
    debugLog: () => read(join(dir, 'debug.log')),
    apacheLog: () => read(join(dir, 'apache', 'error.log')),
    /**
     * Runs `body` (PHP statements ending in `return …;`) with WordPress loaded, as Apache's
     * user, as `user` if given; resolves to the returned value (through JSON).
     */
    php(body, { user = null } = {}) {
      const logged = site.debugLog().length;
      try {
        return runPhp(dir, configName, hostHeader, `${user ? `wp_set_current_user(get_user_by('login', ${JSON.stringify(user)})->ID);\n` : ''}${body}`);
      } catch (error) {
        error.message = `${error.message.slice(0, 1500)}\n--- debug.log\n${site.debugLog().slice(logged).slice(-3000)}`;
        throw error;
      }
    },
    async stop() {
      for (const proc of procs) {
        try { process.kill(-proc.pid, 'SIGTERM'); } catch { /* gone */ }
      }
      await Promise.all(procs.map((proc) => proc.exitCode !== null || proc.signalCode !== null
        ? null
        : new Promise((done) => { proc.once('exit', done); setTimeout(done, 10000).unref(); })));
      cleanUp();
      process.removeListener('exit', cleanUp);
    },
  };

  try {
    // MariaDB: a server of its own, on a socket in the temp folder.
    // A temp folder of its own: two servers bootstrapping at once (suites run side by side)
    // otherwise collide on the same temporary table files in /tmp.
    for (const sub of ['db', 'run', 'tmp']) {
      mkdirSync(join(dir, sub));
      execFileSync('chown', ['mysql:mysql', join(dir, sub)]);
    }
    execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${dir}/db`, `--tmpdir=${dir}/tmp`, '--user=mysql', '--auth-root-authentication-method=socket', '--skip-test-db'], quiet);
    const mariadb = spawn('/usr/sbin/mariadbd', [
      '--no-defaults', `--datadir=${dir}/db`, `--socket=${socket}`, `--pid-file=${dir}/run/mysqld.pid`,
      '--skip-networking', '--user=mysql', `--log-error=${dir}/run/mysqld.err`, `--tmpdir=${dir}/tmp`,
    ], { detached: true, stdio: 'ignore' });
    procs.push(mariadb);
    const sql = (statement) => execFileSync('mariadb', ['-S', socket, '-u', 'root', '-e', statement], quiet);
    await waitUntil(() => existsSync(socket) && (() => { try { sql('SELECT 1'); return true; } catch { return false; } })(), 'mariadbd', mariadb, () => read(`${dir}/run/mysqld.err`));
    sql(`CREATE DATABASE ${db.name} CHARACTER SET utf8mb4; CREATE USER '${db.user}'@'localhost' IDENTIFIED BY '${db.password}'; GRANT ALL ON ${db.name}.* TO '${db.user}'@'localhost';`);

    // wp-content of its own: the theme, the test's must-use plugin; Apache's user owns it.
    const content = site.content;
    for (const sub of ['plugins', 'themes', 'uploads', 'upgrade', 'mu-plugins']) mkdirSync(join(content, sub), { recursive: true });
    symlinkSync(THEME, join(content, 'themes', 'twentytwentythree'));
    writeFileSync(join(content, 'mu-plugins', 'smp-e2e.php'), MU_PLUGIN);
    copyFileSync(join(PAGES, 'test-hooks.js'), join(content, 'mu-plugins', 'test-hooks.js'));
    writeFileSync(mailLog, '');
    writeFileSync(join(dir, 'debug.log'), '');
    execFileSync('chown', ['-R', 'www-data:www-data', content, mailLog, join(dir, 'debug.log')]);
    writeFileSync(configFile, wpConfig({ origin, dir, socket, db, mailLog }), { mode: 0o644 });

    // Apache with mod_php.
    const apacheDir = join(dir, 'apache');
    mkdirSync(apacheDir);
    writeFileSync(join(apacheDir, 'mime.types'), read('/etc/mime.types').split('\n').filter((line) => !/\bwasm\s*$/.test(line)).join('\n'));
    writeFileSync(join(apacheDir, 'httpd.conf'), apacheConfig({ dir: apacheDir, host, port, content, configName, multisite }));
    const apache = spawn(APACHE, ['-f', join(apacheDir, 'httpd.conf'), '-D', 'FOREGROUND'], { detached: true, stdio: 'ignore' });
    procs.push(apache);
    await waitUntil(async () => {
      try {
        await fetch(`${origin}/wp-login.php`, { signal: AbortSignal.timeout(2000), redirect: 'manual' });
        return true;
      } catch { return false; }
    }, 'apache2', apache, site.apacheLog);

    // WordPress, installed as its wizard would, then the users.
    runPhp(dir, configName, hostHeader, `
      require_once ABSPATH . 'wp-admin/includes/upgrade.php';
      wp_install(${JSON.stringify(title)}, ${JSON.stringify(USERS.admin.login)}, ${JSON.stringify(USERS.admin.email)}, false, '', ${JSON.stringify(USERS.admin.password)});
      return get_option('template');`, { installing: true });
    site.php(`
      $author = wp_insert_user(array('user_login' => ${JSON.stringify(USERS.author.login)}, 'user_pass' => ${JSON.stringify(USERS.author.password)}, 'user_email' => ${JSON.stringify(USERS.author.email)}, 'role' => 'author'));
      if (is_wp_error($author)) return $author->get_error_message();
      // No welcome guide in the block editor.
      foreach (get_users() as $user) update_user_meta($user->ID, $GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences', array('core/edit-post' => array('welcomeGuide' => false), '_modified' => gmdate('c')));
      return true;`);
    if (multisite) {
      // As Tools → Network Setup does: the network's tables, then the constants.
      site.php(`
        require_once ABSPATH . 'wp-admin/includes/upgrade.php';
        require_once ABSPATH . 'wp-admin/includes/network.php';
        global $wpdb;
        // As wp-admin/network.php does: the network's tables named before they exist.
        foreach ($wpdb->tables('ms_global') as $table => $prefixed) $wpdb->$table = $prefixed;
        install_network();
        $made = populate_network(1, ${JSON.stringify(host)}, ${JSON.stringify(USERS.admin.email)}, ${JSON.stringify(title)}, '/', false);
        return is_wp_error($made) ? $made->get_error_message() : true;`);
      writeFileSync(configFile, wpConfig({ origin, dir, socket, db, mailLog, network: { domain: host } }), { mode: 0o644 });
    }
    if (plugin) {
      execFileSync('python3', ['-m', 'zipfile', '-e', plugin, join(content, 'plugins')], quiet);
      execFileSync('chown', ['-R', 'www-data:www-data', join(content, 'plugins')]);
      const activated = site.php(`require_once ABSPATH . 'wp-admin/includes/plugin.php';
        $r = activate_plugin('smp-widget/smp-widget.php', '', ${multisite ? 'true' : 'false'});
        return is_wp_error($r) ? $r->get_error_message() : true;`, { user: USERS.admin.login });
      if (activated !== true) throw new Error(`the plugin did not activate: ${activated}`);
    }
    return site;
  } catch (error) {
    const logs = `\n--- apache\n${site.apacheLog()}\n--- php\n${site.debugLog()}`.slice(-4000);
    await site.stop();
    error.message += logs;
    throw error;
  }
}

/**
 * For a suite: the release's plugin zip made from the built files, installed and activated in
 * a fresh WordPress (`startWordPress`'s options), and a Chromium unless `browser` is false;
 * both stopped and the zip deleted after the suite, whatever happened. Returns
 * `{ site(), browser(), plugin() }` (the zip's path), to call once the suite has started.
 */
export function withPluginSite({ browser = true, ...options } = {}) {
  const live = { site: null, browser: null, plugin: null, tmp: null };
  before(async () => {
    live.tmp = mkdtempSync(join(tmpdir(), 'smp-wp-suite-'));
    process.once('exit', () => rmSync(live.tmp, { recursive: true, force: true })); // also if interrupted
    live.plugin = release({ dist: DIST, out: join(live.tmp, 'release') }).plugin;
    live.site = await startWordPress({ ...options, plugin: live.plugin });
    if (browser) live.browser = await startChromium({ width: 1280, height: 900 });
  });
  after(async () => {
    await live.browser?.quit();
    await live.site?.stop();
    if (live.tmp) rmSync(live.tmp, { recursive: true, force: true });
  });
  return { site: () => live.site, browser: () => live.browser, plugin: () => live.plugin };
}

/** Merges `values` into the plugin's saved settings, as other code's update_option() would. */
export function setSettings(site, values) {
  return site.php(`$s = get_option('smp_widget_settings'); foreach (json_decode(${JSON.stringify(JSON.stringify(values))}, true) as $k => $v) $s[$k] = $v; return update_option('smp_widget_settings', $s);`);
}

/** `body` (PHP ending in `return …;`) run on network site `blog`, or on the site itself. */
const onBlog = (blog, body) => (blog ? `switch_to_blog(${blog}); $r = (function () { ${body} })(); restore_current_blog(); return $r;` : body);

/** Every stored contact request, read back as the plugin reads it (read_request()), oldest first. */
export function storedRequests(site, { blog = null } = {}) {
  return site.php(onBlog(blog, `return array_map(fn($p) => \\SmpWidget\\read_request($p), get_posts(array('post_type' => 'smp_lead', 'post_status' => 'any', 'numberposts' => -1, 'orderby' => 'ID', 'order' => 'ASC')));`));
}

/** Stores a contact request received `days` ago, as it would stand in the database by now; its id. */
export function oldRequest(site, name, days, { blog = null } = {}) {
  return site.php(onBlog(blog, `$when = gmdate('Y-m-d H:i:s', time() - ${days} * DAY_IN_SECONDS);
    return wp_insert_post(array('post_type' => 'smp_lead', 'post_status' => 'private', 'post_title' => 'x', 'post_date_gmt' => $when, 'post_date' => get_date_from_gmt($when),
      'meta_input' => array('_smp_name' => ${JSON.stringify(name)}, '_smp_contact' => 'old@example.com', '_smp_lang' => 'en-US')));`));
}

/** Config files a run killed outright left behind (their process is gone). */
function removeStaleConfigs() {
  for (const name of readdirSync('/etc/wordpress')) {
    const pid = name.match(/^config-smp-e2e-(\d+)-[0-9a-f]+\.php$/)?.[1];
    if (!pid) continue;
    try {
      process.kill(Number(pid), 0);
    } catch {
      rmSync(join('/etc/wordpress', name), { force: true });
    }
  }
}

/** Runs PHP with WordPress loaded, as www-data; returns the body's value. */
function runPhp(dir, configName, hostHeader, body, { installing = false } = {}) {
  const file = join(dir, `run-${randomBytes(6).toString('hex')}.php`);
  const marker = '@@SMP-E2E-RESULT@@';
  writeFileSync(file, `<?php
$_SERVER['HTTP_HOST'] = '${hostHeader}';
$_SERVER['SERVER_NAME'] = '${hostHeader.split(':')[0]}';
$_SERVER['SERVER_PORT'] = '${hostHeader.split(':')[1] ?? 80}';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REMOTE_ADDR'] = '127.0.0.1';
$_SERVER['WORDPRESS_CONFIG'] = '${configName}';
${installing ? "define('WP_INSTALLING', true);" : ''}
require '${WORDPRESS}/wp-load.php';
$smp_e2e_result = (function () {
${body}
})();
echo "\\n${marker}" . wp_json_encode($smp_e2e_result);
`, { mode: 0o644 });
  try {
    const out = execFileSync('/usr/sbin/runuser', ['-u', 'www-data', '--', 'php', file], { ...quiet, maxBuffer: 16 << 20 });
    const at = out.lastIndexOf(marker);
    if (at < 0) throw new Error(`PHP printed no result:\n${out.slice(-3000)}`);
    return JSON.parse(out.slice(at + marker.length));
  } catch (error) {
    if (error.stderr || error.stdout) error.message += `\n${error.stdout ?? ''}${error.stderr ?? ''}`.slice(-3000);
    throw error;
  } finally {
    rmSync(file, { force: true });
  }
}

/** Logs `user` in through wp-login.php (cookies cleared first); ends on the dashboard. */
export async function logIn(browser, site, user) {
  await browser.cmd('DELETE', '/cookie');
  await browser.goto(`${site.origin}/wp-login.php`);
  // The page focuses (and selects) the user name field 200 ms after loading: typing before
  // that would go astray.
  await browser.waitFor(`document.activeElement?.id === 'user_login'`, 'the login form');
  await type(browser, '#user_login', user.login);
  await type(browser, '#user_pass', user.password);
  await browser.click(await browser.find('#wp-submit'));
  try {
    await browser.waitFor(`document.body.classList.contains('wp-admin')`, `${user.login} logged in`);
  } catch (error) {
    const page = await browser.run(`return location.href + ': ' + (document.querySelector('#login_error')?.textContent ?? document.body.textContent).trim().slice(0, 300)`);
    throw new Error(`${error.message} (${page})`);
  }
}

/** Logs out: a visitor without cookies. */
export async function logOut(browser) {
  await browser.cmd('DELETE', '/cookie');
}

/** Types `text` into the field `selector` (cleared first), as a person would. */
export async function type(browser, selector, text) {
  const id = await browser.find(selector);
  await browser.cmd('POST', `/element/${id}/clear`, {});
  if (text !== '') await browser.cmd('POST', `/element/${id}/value`, { text });
}

/** A full-page screenshot (PNG) through the DevTools protocol. */
export async function fullPageScreenshot(browser) {
  const shot = await browser.cmd('POST', '/goog/cdp/execute', {
    cmd: 'Page.captureScreenshot',
    params: { format: 'png', captureBeyondViewport: true },
  });
  return Buffer.from(shot.data, 'base64');
}
