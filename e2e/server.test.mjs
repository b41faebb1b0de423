// The demo/test static file server (scripts/static-server.mjs), issue 13 item 6: it serves
// what lies under its root and nothing else, and its error answers carry no paths.
// No browser: raw HTTP requests, whose paths go out byte for byte (fetch and URL would
// normalise the `..` segments away before they reach the server).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { serveDirectory } from '../scripts/static-server.mjs';

const SECRET = 'secret-7d1c9e: outside the served root';
const SCRIPT = 'export const ok = true;\n';
const INDEX = '<!doctype html><title>demo</title>\n';
const WASM = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

/** GET `path` exactly as written; resolves to `{ status, type, body }`. */
function get(origin, path) {
  const { hostname, port } = new URL(origin);
  return new Promise((done, fail) => {
    const req = request({ host: hostname, port, path, method: 'GET', agent: false }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode, type: res.headers['content-type'], body: Buffer.concat(chunks).toString('latin1') }));
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end();
  });
}

describe('demo server (issue 13 item 6)', () => {
  let tmp; // a fresh folder: dist/ (the root) and dist-x/ (its sibling, with the secret)
  let root;
  let site;

  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'smp-static-server-'));
    root = join(tmp, 'dist');
    mkdirSync(join(root, 'sub'), { recursive: true });
    mkdirSync(join(tmp, 'dist-x'));
    writeFileSync(join(root, 'index.html'), INDEX);
    writeFileSync(join(root, 'a.js'), SCRIPT);
    writeFileSync(join(root, 'app.wasm'), WASM);
    writeFileSync(join(root, 'sub', 'index.html'), INDEX);
    writeFileSync(join(tmp, 'dist-x', 'secret.txt'), SECRET);
    symlinkSync('../dist-x/secret.txt', join(root, 'link.txt')); // a file link leading out
    symlinkSync('../dist-x', join(root, 'linkdir')); // a folder link leading out
    symlinkSync('a.js', join(root, 'alias.js')); // a link that stays inside
    site = await serveDirectory({ root });
  });
  after(async () => {
    await site?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  /** Each path is refused with one of `statuses`, without the secret or any local path. */
  async function refused(paths, statuses) {
    for (const path of paths) {
      const { status, body } = await get(site.origin, path);
      assert.ok(!body.includes(SECRET), `${path}: the sibling's secret was served (status ${status})`);
      assert.ok(statuses.includes(status), `${path}: status ${status}, expected one of ${statuses}`);
      assert.ok(!body.includes(tmp), `${path}: the body names the local path: ${JSON.stringify(body)}`);
    }
  }

  test("demo server (issue 13 item 6): a sibling folder whose name starts with the root's is out of reach", async () => {
    await refused(
      [
        '/..%2fdist-x/secret.txt',
        '/..%2Fdist-x%2Fsecret.txt',
        '/%2e%2e%2fdist-x/secret.txt',
        '/%2e%2e/dist-x/secret.txt',
        '/../dist-x/secret.txt',
        '/sub/..%2f..%2fdist-x/secret.txt',
        '/..%2f..%2f..%2f..%2f..%2f..%2f..%2fetc/passwd',
        '/..%2f',
      ],
      [403, 404],
    );
  });

  test('demo server (issue 13 item 6): symlinks inside the root that lead out of it are not followed', async () => {
    await refused(['/link.txt', '/linkdir/secret.txt', '/sub/..%2flinkdir/secret.txt'], [403, 404]);
  });

  test('demo server (issue 13 item 6): malformed percent-encoding and NUL bytes are a 400, not a 500', async () => {
    await refused(['/%E0%A4%A', '/%', '/a%zz.js', '/%E0%A4', '/%C0%AF', '/a%00.js', '/%00', '/a.js%00.html'], [400]);
  });

  test('demo server (issue 13 item 6): a failure answers a bare 500 that names no path and no error', async (t) => {
    const logged = t.mock.method(console, 'error', () => {}); // the server's own log may have the details
    const missing = join(tmp, 'dist', 'no-such-dir', 'config.json');
    const failing = await serveDirectory({
      root,
      route: async (req, url) => {
        if (url.pathname !== '/boom') return null;
        const { readFile } = await import('node:fs/promises');
        return { body: await readFile(missing) }; // throws ENOENT, naming the absolute path
      },
    });
    try {
      const { status, body } = await get(failing.origin, '/boom');
      assert.equal(status, 500);
      assert.ok(!body.includes(tmp), `the 500 body names the local path: ${JSON.stringify(body)}`);
      assert.ok(!/ENOENT|Error:|no such file|config\.json/.test(body), `the 500 body carries the error's text: ${JSON.stringify(body)}`);
      assert.equal(body, 'server error');
      // The requests around it are unaffected.
      assert.equal((await get(failing.origin, '/a.js')).body, SCRIPT);
      assert.equal((await get(failing.origin, '/nope.js')).status, 404);
    } finally {
      await failing.close();
    }
    assert.ok(logged.mock.callCount() >= 1, 'the failure is logged on the server side');
  });

  test('demo server (issue 13 item 6): files under the root still serve as before', async () => {
    const script = await get(site.origin, '/a.js');
    assert.equal(script.status, 200);
    assert.equal(script.type, 'text/javascript; charset=utf-8');
    assert.equal(script.body, SCRIPT);

    const wasm = await get(site.origin, '/app.wasm');
    assert.equal(wasm.status, 200);
    assert.equal(wasm.type, 'application/wasm');
    assert.equal(wasm.body, WASM.toString('latin1'));

    for (const path of ['/', '/index.html', '/sub/', '/sub/../index.html']) {
      const page = await get(site.origin, path);
      assert.equal(page.status, 200, path);
      assert.equal(page.type, 'text/html; charset=utf-8', path);
      assert.equal(page.body, INDEX, path);
    }
    const encoded = await get(site.origin, '/%61.js'); // %-encoded names still decode
    assert.equal(encoded.status, 200);
    assert.equal(encoded.body, SCRIPT);

    const alias = await get(site.origin, '/alias.js'); // a link that stays inside the root
    assert.equal(alias.status, 200);
    assert.equal(alias.type, 'text/javascript; charset=utf-8');
    assert.equal(alias.body, SCRIPT);

    for (const path of ['/missing.js', '/sub/missing.html', '/sub', '/linkdir/missing.txt']) {
      const missing = await get(site.origin, path);
      assert.equal(missing.status, 404, path);
      assert.equal(missing.body, 'not found', path);
    }
  });
});
