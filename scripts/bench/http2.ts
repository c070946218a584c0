// dist/ over HTTPS and HTTP/2, as a CDN or nginx behind TLS serves it to phones: many requests
// on one connection, the precompressed .br/.gz copies sent as they are (gzip_static,
// brotli_static), other text gzipped on the way. `vite preview` speaks HTTP/1.1 only, where
// Chromium opens at most 6 connections to a host, so a 7th request waits a round trip.
import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createSecureServer, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { dist } from './dist';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};
const isText = (type: string) => /^(text\/|application\/json|image\/svg)/.test(type);

/** The file a request path names: clean URLs map to index.html, as the preview server does. */
function fileFor(pathname: string): string | undefined {
  const file = path.join(dist, decodeURIComponent(pathname));
  if (!file.startsWith(dist)) return undefined;
  if (existsSync(file) && statSync(file).isFile()) return file;
  const page = path.join(file, 'index.html');
  return existsSync(page) ? page : undefined;
}

async function answer(request: Http2ServerRequest, response: Http2ServerResponse) {
  const url = new URL(request.url, 'https://localhost');
  const file = fileFor(url.pathname);
  if (!file) {
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('Not found');
    return;
  }
  const type = types[path.extname(file)] ?? 'application/octet-stream';
  const accepts = request.headers['accept-encoding'] ?? '';
  const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-cache' };
  let body: Buffer;
  if (/\bbr\b/.test(accepts) && existsSync(`${file}.br`)) {
    body = await readFile(`${file}.br`);
    headers['content-encoding'] = 'br';
  } else if (/\bgzip\b/.test(accepts) && existsSync(`${file}.gz`)) {
    body = await readFile(`${file}.gz`);
    headers['content-encoding'] = 'gzip';
  } else if (/\bgzip\b/.test(accepts) && isText(type)) {
    body = gzipSync(await readFile(file), { level: 6 });
    headers['content-encoding'] = 'gzip';
  } else {
    body = await readFile(file);
  }
  response.writeHead(200, headers);
  response.end(body);
}

export interface Http2Server {
  origin: string;
  stop: () => Promise<void>;
}

/** Serves dist/ on a free port with a throwaway self-signed certificate (made with openssl). */
export async function startHttp2(): Promise<Http2Server> {
  const dir = await mkdtemp(path.join(tmpdir(), 'broadsheet-bench-tls-'));
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  await promisify(execFile)('openssl', [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-days',
    '1',
    '-subj',
    '/CN=localhost',
    '-keyout',
    key,
    '-out',
    cert,
  ]);
  const server = createSecureServer({ key: await readFile(key), cert: await readFile(cert) });
  server.on('request', (request: Http2ServerRequest, response: Http2ServerResponse) => {
    answer(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `https://localhost:${String(port)}`,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
