// Debian's nginx (nginx-light, installed by scripts/setup.sh) for a test: started on a
// loopback port with a config of its own in a temp folder (no system service, no port 80),
// serving `root` with Debian's MIME types, and the `server { }` lines a site adds (the
// self-host zip's nginx block).
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { supervise } from './apache.mjs';
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
  // SIGQUIT: nginx finishes what it serves and exits.
  return supervise({ name: 'nginx', binary: NGINX, args: ['-p', dir, '-c', join(dir, 'nginx.conf')], dir, port, stopSignal: 'SIGQUIT' });
}
