// A small static file server for the demo and the end-to-end tests: correct MIME types
// (application/wasm), CORS for the widget's files, and per-test response headers.
import { createServer } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg']);

/** The body as the request accepts it: brotli -q 11, else gzip -9, else as it is. */
function encode(req, file, bytes, cache) {
  if (!COMPRESSIBLE.has(extname(file))) return { bytes };
  const accepts = String(req.headers['accept-encoding'] ?? '');
  const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
  if (!encoding) return { bytes };
  const key = encoding + ' ' + file;
  if (!cache.has(key)) {
    cache.set(
      key,
      encoding === 'br'
        ? brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } })
        : gzipSync(bytes, { level: 9 }),
    );
  }
  return { bytes: cache.get(key), encoding };
}

/** Whether `file` is `dir` or lies under it (compares whole path segments, not prefixes). */
function inside(dir, file) {
  const rel = relative(dir, file);
  return rel === '' || (rel !== '..' && !rel.startsWith('..' + sep) && !isAbsolute(rel));
}

/** A short plain-text answer; the body never carries a path or an error's text. */
function plain(res, status, body) {
  res.writeHead(status, { 'content-type': 'text/plain' }).end(body);
}

/**
 * Serves `root` on `host:port` (port 0: any free one). `route(req)` may answer a request
 * itself: return `{ status, headers, body }` (or `stream(res)` instead of `body`: writes
 * the body itself), or `null` to serve the file.
 * `headers(path)` adds headers to file responses. `compress`: text and wasm files go out
 * brotli- or gzip-encoded, as a CDN sends them (the files are read once, then cached).
 * Resolves to `{ server, origin, close }`.
 */
export function serveDirectory({ root, host = '127.0.0.1', port = 0, cors = false, headers, route, compress = false }) {
  const base = resolve(root);
  const encoded = new Map();
  const hung = new Set();
  const server = createServer(async (req, res) => {
    try {
      let url;
      try {
        url = new URL(req.url, 'http://x');
      } catch {
        plain(res, 400, 'bad request');
        return;
      }
      const custom = route ? await route(req, url) : null;
      if (custom) {
        res.writeHead(custom.status ?? 200, custom.headers ?? {});
        if (custom.hang) {
          hung.add(res); // never answers, until released
          return;
        }
        if (custom.stream) {
          hung.add(res); // ended by `releaseHung` if the stream has not ended it
          await custom.stream(res);
          return;
        }
        res.end(custom.body ?? '');
        return;
      }
      let path;
      try {
        path = decodeURIComponent(url.pathname); // malformed %-encoding throws: the client's fault
      } catch {
        plain(res, 400, 'bad request');
        return;
      }
      if (path.includes('\0')) {
        plain(res, 400, 'bad request');
        return;
      }
      if (path.endsWith('/')) path += 'index.html';
      const file = join(base, path); // join normalises the decoded `..` segments away
      if (!inside(base, file)) {
        plain(res, 403, 'forbidden');
        return;
      }
      const info = await stat(file).catch(() => null);
      if (!info || !info.isFile()) {
        plain(res, 404, 'not found');
        return;
      }
      // Symlinks: only what really lies under the (real) root is served.
      const [realBase, realFile] = await Promise.all([realpath(base).catch(() => null), realpath(file).catch(() => null)]);
      if (!realBase || !realFile) {
        plain(res, 404, 'not found');
        return;
      }
      if (!inside(realBase, realFile)) {
        plain(res, 403, 'forbidden');
        return;
      }
      const head = {
        'content-type': MIME[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...(cors ? { 'access-control-allow-origin': '*' } : {}),
        ...(headers ? headers(path) : {}),
      };
      const bytes = await readFile(realFile); // the checked file, not whatever the link points to now
      const body = compress ? encode(req, file, bytes, encoded) : { bytes };
      if (body.encoding) {
        head['content-encoding'] = body.encoding;
        head.vary = 'accept-encoding';
      }
      res.writeHead(200, head);
      res.end(body.bytes);
    } catch (error) {
      // The details (with their absolute paths) go to the server's log, never to the client.
      console.error('static-server: %s %s failed:', req.method, req.url, error);
      if (res.headersSent) res.destroy();
      else plain(res, 500, 'server error');
    }
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const origin = `http://${host}:${server.address().port}`;
      done({
        server,
        origin,
        /** Drops every request left hanging, as a server timing out would. */
        releaseHung: () => {
          for (const res of hung) res.destroy();
          hung.clear();
        },
        close: () => new Promise((ok) => { server.closeAllConnections(); server.close(ok); }),
      });
    });
  });
}

// `node scripts/static-server.mjs DIR [PORT]`: the demo server.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = process.argv[2] ?? 'dist';
  const port = Number(process.argv[3] ?? 8080);
  const { origin } = await serveDirectory({ root, port, cors: true });
  console.log(`Demo clinic page: ${origin}/  (Ctrl+C to stop)`);
}
