/** Every built HTML page of dist/ as a URL path, found by crawling the folder (not a hand-picked list). */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** `index.html` → `/`, `kaders/x/index.html` → `/kaders/x/`, `404.html` → `/404.html`. */
export function sitePaths(distDir: string): string[] {
  return htmlFiles(distDir)
    .map((file) => `/${relative(distDir, file).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}
