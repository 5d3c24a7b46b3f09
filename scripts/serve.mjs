#!/usr/bin/env node
// Serves a static export: `node scripts/serve.mjs DIR PORT [BASE_PATH]`. No dependencies, GET/HEAD only.
// HOST picks the interface (default: all). PORT 0 takes a free port; the first line printed is the URL.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Content types of the files a Next.js static export and Mapwire's data contain. */
const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.kml': 'application/vnd.google-earth.kml+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/** Largest request head accepted: room for a 100 kB query string. */
const MAX_HEADER_BYTES = 256 * 1024;

/**
 * Creates (does not start) a server for `dir` under `basePath` ('' or '/sub').
 * Directories are served by their index.html; anything else missing gets the export's 404.html with status 404.
 */
export function createStaticServer(dir, basePath = '') {
  const root = resolve(dir);
  const base = basePath.replace(/\/+$/, '');
  // Node's default 16 kB header limit answers a long shared link with 431; the app itself copes with 100 kB links.
  return createServer({ maxHeaderSize: MAX_HEADER_BYTES }, async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    if (base !== '' && path === base) {
      res.writeHead(308, { location: `${base}/${url.search}` }).end();
      return;
    }
    if (base !== '' && !path.startsWith(`${base}/`)) return notFound(res, root);
    const file = join(root, path.slice(base.length));
    // Refuse paths that climb out of the served folder ("/../../etc/passwd").
    if (file !== root && !file.startsWith(root + sep)) return notFound(res, root);
    const found = await findFile(file);
    if (found === null) return notFound(res, root);
    if (found.redirect) {
      res.writeHead(308, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    send(req, res, found.path, 200);
  });
}

async function findFile(file) {
  const info = await stat(file).catch(() => null);
  if (info?.isFile()) return { path: file, redirect: false };
  if (info?.isDirectory()) {
    const index = join(file, 'index.html');
    if (!(await stat(index).catch(() => null))?.isFile()) return null;
    // trailingSlash exports link to "x/"; send "x" there so relative URLs resolve.
    return file.endsWith(sep) ? { path: index, redirect: false } : { path: index, redirect: true };
  }
  return null;
}

async function notFound(res, root) {
  const page = join(root, '404.html');
  if ((await stat(page).catch(() => null))?.isFile()) {
    send(null, res, page, 404);
  } else {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
  }
}

function send(req, res, path, status) {
  res.writeHead(status, {
    'content-type': MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
  });
  if (req?.method === 'HEAD') res.end();
  else createReadStream(path).pipe(res);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir = 'out', port = '3000', basePath = ''] = process.argv.slice(2);
  const host = process.env.HOST || undefined;
  const server = createStaticServer(dir, basePath);
  server.listen(Number(port), host, () => {
    const address = server.address();
    const shown = host ?? 'localhost';
    console.log(`http://${shown.includes(':') ? `[${shown}]` : shown}:${address.port}${basePath.replace(/\/+$/, '')}/`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
