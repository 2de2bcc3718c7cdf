/**
 * The served site carries the security headers of public/_headers, and the
 * Content-Security-Policy allows every inline script the build emits.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { sitePaths } from '../browser/site-pages.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');

describe('security headers on a served page', () => {
  test.each(['/', '/planning/', '/bestaat-niet/'])('%s', async (path) => {
    const response = await fetch(`${baseUrl}${path}`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/(^|;)\s*default-src 'self'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')) ?? '';
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).toContain("'wasm-unsafe-eval'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    const permissions = response.headers.get('permissions-policy') ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation', 'interest-cohort', 'browsing-topics']) expect(permissions).toContain(`${feature}=()`);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  test('hashed build files are cached for a year; pages are not', async () => {
    const asset = readdirSync(join(distDir, '_astro')).find((f) => f.endsWith('.css'))!;
    expect((await fetch(`${baseUrl}/_astro/${asset}`)).headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${baseUrl}/`)).headers.get('cache-control')).toBeNull();
  });

  test('every inline <script> in the built pages is allowed by a hash in the policy', async () => {
    const csp = (await fetch(`${baseUrl}/`)).headers.get('content-security-policy') ?? '';
    const missing = new Set<string>();
    for (const path of sitePaths(distDir)) {
      const file = join(distDir, path.endsWith('/') ? `${path}index.html` : path);
      for (const [, attributes = '', body = ''] of readFileSync(file, 'utf8').matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)) {
        if (/\ssrc=/.test(attributes) || /type="application\/(ld\+)?json"/.test(attributes)) continue;
        const hash = `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
        if (!csp.includes(hash)) missing.add(`${path}: ${hash} for ${body.slice(0, 60)}…`);
      }
    }
    expect([...missing], 'inline scripts the CSP blocks: make them external files, or run `node scripts/csp-hashes.ts`').toEqual([]);
  });
});
