/**
 * A tiny static file server for the built site: the browser tests and
 * `npm run lighthouse` load dist/ over http://127.0.0.1 exactly as a static
 * host would, including the headers of the site's _headers file
 * (Netlify/Cloudflare format), gzip and the 404 page.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.pdf': 'application/pdf',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** Text formats a production host compresses (deploy/nginx.conf: gzip on, gzip_types). */
export const isCompressible = (contentType: string): boolean =>
  /^(text\/|application\/(json|xml|wasm|manifest\+json)|image\/svg\+xml)/.test(contentType);

export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

/** Parses a _headers file: a path pattern at the start of a line, indented `Name: value` lines below it. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: regel zonder pad of zonder dubbele punt: ${line}`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** `/*` matches every path, `/_astro/*` every path below /_astro/, anything else only itself. */
export function patternMatches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
}

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

export async function serveStatic(root: string, headersFile = join(root, '_headers')): Promise<StaticServer> {
  const base = resolve(root);
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];

  const fileFor = (path: string): string | undefined => {
    const candidate = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
    if (candidate !== base && !candidate.startsWith(base + sep)) return undefined;
    return existsSync(candidate) && statSync(candidate).isFile() ? candidate : undefined;
  };

  const server: Server = createServer((request, response) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    for (const rule of rules) {
      if (patternMatches(rule.pattern, path)) for (const [name, value] of rule.headers) response.setHeader(name, value);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    // Like static hosts: /kaders → /kaders/ when that folder has an index.html.
    if (!path.endsWith('/') && !extname(path) && fileFor(`${path}/`)) {
      response.writeHead(301, { Location: `${path}/` }).end();
      return;
    }
    const file = path === '/_headers' ? undefined : fileFor(path);
    const status = file ? 200 : 404;
    const served = file ?? fileFor('/404.html');
    const raw = served ? readFileSync(served) : Buffer.from('Niet gevonden');
    const contentType = served ? (contentTypes[extname(served)] ?? 'application/octet-stream') : 'text/plain; charset=utf-8';
    // Compress like the production host does, so Lighthouse measures what visitors get.
    const gzip = isCompressible(contentType) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const body = gzip ? gzipSync(raw) : raw;
    response.writeHead(status, {
      'Content-Type': contentType,
      'Content-Length': body.length,
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });

  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done, fail) => server.close((error) => (error ? fail(error) : done()))),
  };
}
