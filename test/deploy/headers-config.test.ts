/**
 * The two deployable header configurations (public/_headers for static hosts,
 * deploy/nginx.conf for the container) declare the same policy, and the CSP
 * allows exactly the inline scripts Astro can write (see scripts/lib/csp-hashes.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { astroInlineScriptHashes } from '../../scripts/lib/csp-hashes.ts';
import { contentTypes, parseHeadersFile } from '../../scripts/lib/static-server.ts';

const headersFile = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
const nginx = readFileSync('deploy/nginx.conf', 'utf8');

/** `add_header Name "value" always;` at server level, as [name, value] pairs. */
function nginxHeaders(conf: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, name = '', value = ''] of conf.matchAll(/^\s*add_header\s+([\w-]+)\s+"?([^"\n]*?)"?\s+always;/gm)) found.set(name.toLowerCase(), value);
  return found;
}

const siteWide = new Map(headersFile.find((r) => r.pattern === '/*')!.headers.map(([n, v]) => [n.toLowerCase(), v]));
const fromNginx = nginxHeaders(nginx);
const directives = (csp: string) => new Map(csp.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0]!, d.split(/\s+/).slice(1).sort()]));

describe('deployable security headers', () => {
  test('public/_headers has the site-wide security headers', () => {
    for (const name of ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy']) expect(siteWide.has(name), name).toBe(true);
    expect(siteWide.get('x-content-type-options')).toBe('nosniff');
    expect(siteWide.get('referrer-policy')).toBe('no-referrer');
  });

  test('deploy/nginx.conf sends the same headers with the same values', () => {
    const withoutCache = new Map([...fromNginx].filter(([name]) => name !== 'cache-control'));
    expect(Object.fromEntries(withoutCache)).toEqual(Object.fromEntries(siteWide));
  });

  test('both cache hashed build files for a year', () => {
    const astro = headersFile.find((r) => r.pattern === '/_astro/*');
    expect(astro?.headers).toEqual([['Cache-Control', 'public, max-age=31536000, immutable']]);
    expect(nginx).toMatch(/~\^\/_astro\/\s+"public, max-age=31536000, immutable";/);
    expect(nginx).toMatch(/add_header Cache-Control \$cache_control always;/);
  });

  test('nginx sets headers only at server level (an add_header in a location would drop them)', () => {
    const locations = [...nginx.matchAll(/location[^{]*\{([^}]*)\}/g)].map((m) => m[1]);
    for (const body of locations) expect(body).not.toMatch(/add_header/);
  });

  test('the CSP forbids inline scripts except Astro’s island runtime, and frames', () => {
    const csp = directives(siteWide.get('content-security-policy')!);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    const script = csp.get('script-src')!;
    expect(script).not.toContain("'unsafe-inline'");
    expect(script).not.toContain("'unsafe-eval'");
    expect(script).toContain("'wasm-unsafe-eval'");
    for (const source of script) expect(source).toMatch(/^'self'$|^'wasm-unsafe-eval'$|^'sha256-[A-Za-z0-9+/]+=*'$/);
    // No source of another origin anywhere in the policy.
    for (const sources of csp.values()) for (const source of sources) expect(source).not.toMatch(/^(https?:|\*|[\w-]+\.[\w.-]+)/);
  });

  test('the script hashes are exactly those of the installed Astro', async () => {
    const script = directives(siteWide.get('content-security-policy')!).get('script-src')!;
    expect(script.filter((s) => s.startsWith("'sha256-")).sort(), 'run `node scripts/csp-hashes.ts` and update both files').toEqual((await astroInlineScriptHashes()).sort());
  });

  test('Permissions-Policy denies camera, microphone, geolocation and interest cohorts', () => {
    const policy = siteWide.get('permissions-policy')!;
    for (const feature of ['camera', 'microphone', 'geolocation', 'interest-cohort', 'browsing-topics', 'payment', 'usb']) expect(policy).toContain(`${feature}=()`);
  });

  test('nginx and the test server give each file type the same content type', () => {
    const types = new Map<string, string>();
    for (const [, type = '', extensions = ''] of nginx.matchAll(/^\s*([a-z]+\/[\w.+-]+)\s+([\w\s]+);/gm)) for (const ext of extensions.trim().split(/\s+/)) types.set(`.${ext}`, type);
    for (const [ext, type] of Object.entries(contentTypes)) expect(types.get(ext), ext).toBe(type.split(';')[0]);
  });
});
