// Debian's Apache httpd (apache2-bin, installed by scripts/setup.sh) for a test: started on
// a loopback port with a config of its own in a temp folder (no system service, no port
// 80), serving `root` with .htaccess files honoured as a typical host allows them.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './webdriver.mjs';

export const APACHE = process.env.APACHE ?? '/usr/sbin/apache2';
export const MODULES = '/usr/lib/apache2/modules';

/**
 * The start of a test Apache's config: everything in its own folder `dir`, on a loopback
 * `port`, its workers as www-data, with Debian's `modules` (names without `mod_`) loaded.
 */
export const serverHead = ({ dir, port, modules }) => `ServerRoot "${dir}"
Listen 127.0.0.1:${port}
ServerName 127.0.0.1
PidFile "${dir}/httpd.pid"
DefaultRuntimeDir "${dir}"
ErrorLog "${dir}/error.log"
LogLevel warn
User www-data
Group www-data
${modules.map((m) => `LoadModule ${m}_module ${MODULES}/mod_${m}.so`).join('\n')}`;

const config = ({ dir, port, root }) => `${serverHead({ dir, port, modules: ['mpm_event', 'authz_core', 'mime', 'headers', 'dir', 'filter', 'deflate'] })}
# A host's own types list without wasm (as on older hosts): the zip's .htaccess must add it.
TypesConfig "${dir}/mime.types"
DocumentRoot "${root}"
<Directory />
  AllowOverride None
  Require all denied
</Directory>
<Directory "${root}">
  # What the zip's README asks of a host: .htaccess may set types and headers.
  AllowOverride FileInfo
  Require all granted
</Directory>
<Files ".ht*">
  Require all denied
</Files>
`;

/** Starts Apache; resolves to `{ origin, stop() }`. Always `stop()` it (in `after`). */
export async function startApache(root) {
  const dir = mkdtempSync(join(tmpdir(), 'smp-apache-'));
  // Apache's workers run as www-data: they must be able to read the site.
  chmodSync(dir, 0o755);
  const port = await freePort();
  writeFileSync(join(dir, 'mime.types'), 'text/html html\ntext/javascript js\napplication/json json\ntext/markdown md\n');
  writeFileSync(join(dir, 'httpd.conf'), config({ dir, port, root }));
  // SIGTERM: Apache stops its workers and exits.
  return supervise({ name: 'apache2', binary: APACHE, args: ['-f', join(dir, 'httpd.conf'), '-D', 'FOREGROUND'], dir, port, stopSignal: 'SIGTERM' });
}

/**
 * Starts a test server (`binary` with `args`, in its own process group) that keeps its files
 * in `dir` and listens on 127.0.0.1:`port`; resolves once it answers, to `{ origin, log(),
 * stop() }`. `stop()` sends `stopSignal`, waits up to 5 s, kills the group whatever is left
 * and deletes `dir`; so does the test process's exit, and a server that fails to start.
 */
export async function supervise({ name, binary, args, dir, port, stopSignal }) {
  const proc = spawn(binary, args, { detached: true, stdio: 'ignore' });
  const exited = new Promise((done) => proc.once('exit', done));
  const kill = () => { try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* gone */ } };
  process.once('exit', kill);
  const origin = `http://127.0.0.1:${port}`;
  const log = () => { try { return readFileSync(join(dir, 'error.log'), 'utf8'); } catch { return ''; } };
  try {
    await Promise.race([
      waitForAnswer(origin, name),
      new Promise((_, fail) => proc.once('error', (e) => fail(new Error(`cannot start ${binary} (${e.code}); run scripts/setup.sh`)))),
      exited.then((code) => { throw new Error(`${name} exited (${code}): ${log()}`); }),
    ]);
  } catch (error) {
    kill();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    origin,
    log,
    async stop() {
      try { process.kill(-proc.pid, stopSignal); } catch { /* gone */ }
      await Promise.race([exited, new Promise((done) => setTimeout(done, 5000).unref())]);
      kill();
      process.removeListener('exit', kill);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Resolves once `origin` answers at all (`name` for the error when it never does). */
export async function waitForAnswer(origin, name = 'Apache') {
  const deadline = Date.now() + 15000;
  for (;;) {
    try {
      await fetch(origin + '/', { signal: AbortSignal.timeout(1000) });
      return;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) throw new Error(`${name} at ${origin} did not answer within 15 s`);
    await new Promise((r) => setTimeout(r, 100)); // process start-up: no event to await
  }
}
