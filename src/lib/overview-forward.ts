/**
 * Links shared before the national overviews were split per region (/planning/?regio=Rijk+van+Nijmegen&jaar=2025,
 * /vergelijk/?kaders=a,b) land on the overview's index. This finds the part page they meant, so the index can
 * send the reader on with the other choices of the link kept. No match: null, and the reader stays on the index.
 */

export interface ForwardRoutes {
  /** Each region part: its id, its label and the path of its first page. */
  regions: readonly { id: string; label: string; path: string }[];
  /** For /vergelijk/: the page that holds each document. */
  documents?: readonly { slug: string; path: string }[];
}

const normal = (text: string) => text.trim().toLocaleLowerCase('nl').replace(/\s+/g, ' ');

function withParams(path: string, params: URLSearchParams): string {
  const rest = params.toString();
  return rest ? `${path}?${rest}` : path;
}

export function forwardPath(search: string, routes: ForwardRoutes): string | null {
  const params = new URLSearchParams(search);
  const regio = params.get('regio');
  if (regio !== null) {
    const wanted = normal(regio);
    const region = routes.regions.find((r) => normal(r.id) === wanted || normal(r.label) === wanted);
    if (!region) return null;
    params.delete('regio');
    return withParams(region.path, params);
  }
  const kaders = params.get('kaders');
  if (kaders !== null && routes.documents) {
    const slugs = kaders.split(',').map((s) => s.trim()).filter(Boolean);
    const paths = new Set(slugs.map((slug) => routes.documents!.find((d) => d.slug === slug)?.path));
    // Only when every chosen document is on one page: a comparison across pages cannot be shown there.
    if (slugs.length === 0 || paths.size !== 1 || paths.has(undefined)) return null;
    return withParams([...paths][0]!, params);
  }
  return null;
}
