// Debian's nginx (nginx-light, installed by scripts/setup.sh) for a test: started on a
// loopback port with a config of its own in a temp folder (no system service, no port 80),
// serving `root` with Debian's MIME types, and the `server { }` lines a site adds (the
// self-host zip's nginx block).
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitForAnswer } from './apache.mjs';
import { freePort } from './webdriver.mjs';

export const NGINX = process.env.NGINX ?? '/usr/sbin/nginx';

const config = ({ dir, port, root, server }) => `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    root ${root};
${server}
  }
}
`;

/** Starts nginx with `server` in its `server { }`; resolves to `{ origin, log, stop() }`. */
export async function startNginx(root, server) {
  const dir = mkdtempSync(join(tmpdir(), 'smp-nginx-'));
  // Started as root, its workers run as nobody: they must be able to read the site.
  chmodSync(dir, 0o755);
  const port = await freePort();
  writeFileSync(join(dir, 'nginx.conf'), config({ dir, port, root, server }));
  const proc = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf')], { detached: true, stdio: 'ignore' });
  const exited = new Promise((done) => proc.once('exit', done));
  const kill = () => { try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* gone */ } };
  process.once('exit', kill);
  const origin = `http://127.0.0.1:${port}`;
  const log = () => { try { return readFileSync(join(dir, 'error.log'), 'utf8'); } catch { return ''; } };
  try {
    await Promise.race([
      waitForAnswer(origin, 'nginx'),
      new Promise((_, fail) => proc.once('error', (e) => fail(new Error(`cannot start ${NGINX} (${e.code}); run scripts/setup.sh`)))),
      exited.then((code) => { throw new Error(`nginx exited (${code}): ${log()}`); }),
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
      // SIGQUIT: nginx finishes and exits; the group kill catches any worker left.
      try { process.kill(-proc.pid, 'SIGQUIT'); } catch { /* gone */ }
      await Promise.race([exited, new Promise((done) => setTimeout(done, 5000).unref())]);
      kill();
      process.removeListener('exit', kill);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
