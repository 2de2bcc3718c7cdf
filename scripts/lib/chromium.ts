/**
 * Finds Debian's Chromium (no browser download: CI machines reach only
 * package registries) and the flags to run it headless on a shared machine.
 * Used by the browser tests (through playwright-core) and by
 * `npm run lighthouse` (through chrome-launcher). A missing browser is a
 * failure with instructions, never a skip.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH wijst naar ${fromEnv}, maar daar staat geen bestand.`);
    return fromEnv;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on PATH; try the next name
    }
  }
  throw new Error(
    'Chromium niet gevonden: de browsertests hebben een Chromium nodig. Installeer hem (Debian/Ubuntu: `apt-get install -y chromium`) ' +
      'of zet CHROMIUM_PATH op het pad van een Chromium- of Chrome-programma.',
  );
}
