/**
 * Launches Debian's Chromium (found by scripts/lib/chromium.ts) through
 * playwright-core, for the browser tests.
 */
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../scripts/lib/chromium.ts';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
}
