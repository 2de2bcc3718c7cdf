/**
 * Internal links of a built site: every <a href> to this site must land on a
 * file that exists and, with a #fragment, on an element with that id there.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const decodeEntities = (text: string) =>
  text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|quot|apos|lt|gt));/gi, (_, dec, hex, name) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : ({ amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' } as Record<string, string>)[name.toLowerCase()]!);

/** Broken internal links as "page → href: why", empty when all links land. */
export function brokenInternalLinks(dist: string): string[] {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]*)"/g)].map((m) => decodeEntities(m[1]!))));
    return ids.get(file)!;
  };
  const broken: string[] = [];
  for (const file of htmlFiles(dist)) {
    const page = `/${relative(dist, file).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
    const html = readFileSync(file, 'utf8');
    for (const [, raw] of html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)) {
      const href = decodeEntities(raw!);
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) continue; // another site, mailto:, tel:
      const [pathPart, fragment] = href.split('#', 2) as [string, string | undefined];
      const path = pathPart === '' ? page : pathPart.startsWith('/') ? pathPart : posix.join(page.endsWith('/') ? page : posix.dirname(page), pathPart);
      const cleanPath = decodeURIComponent(path.split('?')[0]!);
      const target = join(dist, ...cleanPath.split('/').filter(Boolean), ...(cleanPath.endsWith('/') ? ['index.html'] : []));
      if (!existsSync(target) || statSync(target).isDirectory()) {
        broken.push(`${page} → ${href}: ${cleanPath} bestaat niet`);
        continue;
      }
      if (fragment && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(fragment))) {
        broken.push(`${page} → ${href}: geen element met id="${decodeURIComponent(fragment)}" op ${cleanPath}`);
      }
    }
  }
  return broken;
}
