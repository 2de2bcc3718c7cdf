/**
 * Last-changed dates of content files from git history, read in one pass at
 * build time (one `git log` for the whole content folder, not one per page).
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

let cache: Map<string, string> | undefined;

/** Parses `git log --format=%x00%cs --name-only` output into file → newest date. */
export function parseGitLog(output: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const block of output.split('\0').filter(Boolean)) {
    const [date, ...files] = block.split('\n').map((l) => l.trim()).filter(Boolean);
    if (!date) continue;
    for (const file of files) if (!dates.has(file)) dates.set(file, date);
  }
  return dates;
}

function load(): Map<string, string> {
  try {
    const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();
    const out = execFileSync('git', ['log', '--format=%x00%cs', '--name-only', '--', 'content'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const relative = parseGitLog(out);
    return new Map([...relative].map(([file, date]) => [resolve(root, file), date]));
  } catch {
    return new Map(); // not a git checkout (e.g. a tarball): pages show no date
  }
}

/** Date (YYYY-MM-DD) of the last commit that touched `filePath`, if known. */
export function lastChanged(filePath: string): string | undefined {
  cache ??= load();
  return cache.get(resolve(filePath));
}
