import { describe, expect, it } from 'vitest';
import { LOCAL_PREVIEW_URL, resolveSiteUrl } from '../../src/lib/site-url.ts';

describe('resolveSiteUrl', () => {
  it('without SITE_URL: the local preview address, never a placeholder domain', () => {
    for (const value of [undefined, '', '   ']) expect(resolveSiteUrl(value)).toEqual({ ok: true, url: LOCAL_PREVIEW_URL, fromEnvironment: false });
    expect(LOCAL_PREVIEW_URL).not.toMatch(/example/);
  });

  it('an address with or without slashes gets exactly one trailing slash, a path is kept', () => {
    expect(resolveSiteUrl('https://inkoopwijzer.nl')).toEqual({ ok: true, url: 'https://inkoopwijzer.nl/', fromEnvironment: true });
    expect(resolveSiteUrl(' https://inkoopwijzer.nl// ')).toMatchObject({ url: 'https://inkoopwijzer.nl/' });
    expect(resolveSiteUrl('https://gemeente.nl/inkoopwijzer')).toMatchObject({ url: 'https://gemeente.nl/inkoopwijzer/' });
  });

  it('bad input gets a Dutch error that names the value', () => {
    for (const [value, pattern] of [['inkoopwijzer.nl', /geen volledig webadres/], ['ftp://inkoopwijzer.nl', /moet beginnen met https/], ['https://inkoopwijzer.nl/?a=1', /geen \? of #/]] as const) {
      const result = resolveSiteUrl(value);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error).toMatch(pattern);
        expect(result.error).toContain(value);
      }
    }
  });
});
