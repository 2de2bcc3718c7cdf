/** Old shared links to a national overview find the part page they meant (src/lib/overview-forward.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forwardPath, type ForwardRoutes } from '../../src/lib/overview-forward.ts';

const routes: ForwardRoutes = {
  regions: [
    { id: 'rijk-van-nijmegen', label: 'Rijk van Nijmegen', path: '/planning/rijk-van-nijmegen/' },
    { id: 'kampen', label: 'Kampen', path: '/planning/kampen/' },
  ],
  documents: [
    { slug: 'a', path: '/vergelijk/rijk-van-nijmegen/' },
    { slug: 'b', path: '/vergelijk/rijk-van-nijmegen/' },
    { slug: 'c', path: '/vergelijk/kampen/' },
  ],
};

describe('forwardPath', () => {
  it('sends a region filter to that region part, by label or id, keeping the other choices', () => {
    expect(forwardPath('?regio=Rijk+van+Nijmegen&jaar=2025', routes)).toBe('/planning/rijk-van-nijmegen/?jaar=2025');
    expect(forwardPath('?regio=rijk-van-nijmegen', routes)).toBe('/planning/rijk-van-nijmegen/');
    expect(forwardPath('?regio=%20KAMPEN%20', routes)).toBe('/planning/kampen/');
  });

  it('sends a comparison to the page that holds every chosen document, keeping the choice', () => {
    expect(forwardPath('?kaders=a,b', routes)).toBe('/vergelijk/rijk-van-nijmegen/?kaders=a%2Cb');
  });

  it('stays on the index for a comparison across pages, an unknown document or region, or no choice', () => {
    expect(forwardPath('?kaders=a,c', routes)).toBeNull();
    expect(forwardPath('?kaders=a,onbekend', routes)).toBeNull();
    expect(forwardPath('?kaders=', routes)).toBeNull();
    expect(forwardPath('?regio=Atlantis', routes)).toBeNull();
    expect(forwardPath('', routes)).toBeNull();
    expect(forwardPath('?jaar=2025', routes)).toBeNull();
  });

  it('never leads off the site: a forward is always one of the given paths', () => {
    const paths = new Set([...routes.regions.map((r) => r.path), ...routes.documents!.map((d) => d.path)]);
    fc.assert(fc.property(fc.string(), fc.string(), fc.string(), (regio, kaders, other) => {
      for (const search of [`?regio=${encodeURIComponent(regio)}&x=${encodeURIComponent(other)}`, `?kaders=${encodeURIComponent(kaders)}`]) {
        const target = forwardPath(search, routes);
        if (target !== null) expect(paths.has(target.split('?')[0]!)).toBe(true);
      }
    }));
  });
});
