/**
 * What a visitor's browser gets from the server, the same for the Node test
 * server (browser suite) and the real nginx with deploy/nginx.conf
 * (npm run test:nginx): compression, content types, the 404 page, folder
 * redirects and what is not served.
 */
import { request } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, test } from 'vitest';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A plain HTTP request that neither follows redirects nor decompresses, to see exactly what the server sends. */
function raw(path: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<RawResponse> {
  return new Promise((done, fail) => {
    const req = request(`${baseUrl}${path}`, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

const asset = (ending: string) => readdirSync(join(distDir, '_astro')).find((f) => f.endsWith(ending))!;

describe('the served site', () => {
  test.each([
    ['/', 'text/html'],
    ['/api/kaders.json', 'application/json'],
    ['/planning.ics', 'text/calendar'],
    ['/wijzigingen.xml', 'application/xml'],
  ])('%s is %s in UTF-8, gzipped for a browser that asks, and the same text as the file', async (path, type) => {
    const response = await raw(path, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(new RegExp(`^${type.replace('+', '\\+')}; charset=utf-8$`, 'i'));
    expect(response.headers['content-encoding']).toBe('gzip');
    const file = join(distDir, path.endsWith('/') ? `${path}index.html` : path);
    expect(gunzipSync(response.body).toString('utf8')).toBe(readFileSync(file, 'utf8'));
  });

  test('a client that does not ask for gzip gets the plain file', async () => {
    const response = await raw('/');
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body.toString('utf8')).toBe(readFileSync(join(distDir, 'index.html'), 'utf8'));
  });

  test('CSS and JavaScript are served compressed with their types', async () => {
    const css = await raw(`/_astro/${asset('.css')}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(css.headers['content-type']).toMatch(/^text\/css/);
    expect(css.headers['content-encoding']).toBe('gzip');
    const js = await raw(`/_astro/${asset('.js')}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(js.headers['content-type']).toMatch(/^text\/javascript/);
    expect(js.headers['content-encoding']).toBe('gzip');
  });

  test('an unknown address gets status 404 with the site\'s own 404 page', async () => {
    const response = await raw('/bestaat-niet/');
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.body.toString('utf8')).toBe(readFileSync(join(distDir, '404.html'), 'utf8'));
  });

  test('a folder without its slash redirects to the folder, on the same host', async () => {
    const response = await raw('/kaders');
    expect(response.status).toBe(301);
    // A relative Location: the redirect never names another host or port.
    expect(response.headers.location).toBe('/kaders/');
  });

  test('the host-specific header file is not served', async () => {
    expect((await raw('/_headers')).status).toBe(404);
  });

  test('HEAD answers like GET without a body', async () => {
    const response = await raw('/', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.body.length).toBe(0);
  });
});
