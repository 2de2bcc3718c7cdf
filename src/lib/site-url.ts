/**
 * The public address of the site, for every absolute URL (sitemap, canonical,
 * API, feeds, calendars). It comes from SITE_URL; without it the build uses
 * the local preview address, so no output ever names a placeholder domain.
 */
export const LOCAL_PREVIEW_URL = 'http://127.0.0.1:4321/';

export type SiteUrlResult = { ok: true; url: string; fromEnvironment: boolean } | { ok: false; error: string };

/** Validates SITE_URL: an absolute http(s) address without query or fragment; returned with one trailing slash. */
export function resolveSiteUrl(value: string | undefined): SiteUrlResult {
  const text = value?.trim();
  if (!text) return { ok: true, url: LOCAL_PREVIEW_URL, fromEnvironment: false };
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return { ok: false, error: `SITE_URL '${text}' is geen volledig webadres; schrijf bijvoorbeeld https://inkoopwijzer.nl` };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { ok: false, error: `SITE_URL '${text}' moet beginnen met https:// (of http://)` };
  if (parsed.search || parsed.hash) return { ok: false, error: `SITE_URL '${text}' mag geen ? of # bevatten` };
  return { ok: true, url: `${parsed.origin}${parsed.pathname.replace(/\/*$/, '/')}`, fromEnvironment: true };
}
