/**
 * The colour tokens of src/styles/global.css, light and dark, meet WCAG AA
 * for every pair the stylesheets combine: 4.5:1 for text, 3:1 for borders of
 * form fields, graphics and the focus indicator. Read from the CSS itself, so
 * a changed token fails here without a browser (the browser crawl runs axe
 * in both schemes as well).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AA_NON_TEXT, AA_TEXT, contrastRatio, formatRatio } from '../../src/lib/contrast.ts';

const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');

type Tokens = Record<string, string>;

/** The `--iw-*` colour declarations (hex values) inside one `{ … }` block without nested braces. */
function colourTokens(block: string): Tokens {
  return Object.fromEntries([...block.matchAll(/--iw-([a-z0-9-]+)\s*:\s*(#[0-9a-f]{3,6})\s*;/gi)].map((m) => [m[1]!, m[2]!]));
}

/** The body of the first `:root { … }` after `from` in the CSS. */
function rootBlockAfter(from: number): string {
  const start = css.indexOf(':root', from);
  if (start < 0) throw new Error('geen :root-blok gevonden');
  const open = css.indexOf('{', start);
  return css.slice(open + 1, css.indexOf('}', open));
}

const tokensLayer = css.indexOf('@layer tokens {');
const light = colourTokens(rootBlockAfter(tokensLayer));
const darkMedia = /@media\s+([^{]*prefers-color-scheme:\s*dark[^{]*)\{/.exec(css);
const darkOverrides = darkMedia ? colourTokens(rootBlockAfter(darkMedia.index)) : {};
const dark: Tokens = { ...light, ...darkOverrides };

/**
 * [foreground, background, minimum, where the CSS uses it]. Tokens without
 * the `--iw-` prefix. Text on every tinted background, because callouts,
 * banners, verdicts and badges hold running text and links.
 */
type Pair = readonly [fg: string, bg: string, min: number, use: string];
const tinted = ['bg', 'surface', 'field-bg', 'accent-soft', 'info-bg', 'warning-bg', 'success-bg', 'danger-bg'];
const PAIRS: readonly Pair[] = [
  ...tinted.map((bg): Pair => ['text', bg, AA_TEXT, `body text on ${bg} (page, footer, cards, callouts, verdicts)`]),
  ...tinted.map((bg): Pair => ['accent', bg, AA_TEXT, `links on ${bg}`]),
  ...['bg', 'surface', 'field-bg', 'accent-soft', 'info-bg'].map((bg): Pair => ['muted', bg, AA_TEXT, `muted text (.meta, hints, progress) on ${bg}`]),
  ['text', 'mark-bg', AA_TEXT, 'search hits (.search__excerpt mark)'],
  ['accent-strong', 'bg', AA_TEXT, 'link hover'],
  ['accent-strong', 'accent-soft', AA_TEXT, '.badge--type, status "gepland"'],
  ['success', 'bg', AA_TEXT, 'today marker in the planning'],
  ['success', 'success-bg', AA_TEXT, '.badge--definitief, status "loopt", .sc-badge--voldaan'],
  ['danger', 'bg', AA_TEXT, 'inline errors, error summary links'],
  ['danger', 'danger-bg', AA_TEXT, '.sc-badge--niet-voldaan'],
  ['warning-text', 'warning-bg', AA_TEXT, '.badge--concept, .sc-badge--aandacht'],
  ['on-header', 'header-bg', AA_TEXT, 'site header text and logo'],
  ['on-header', 'nav-bg', AA_TEXT, 'main navigation links'],
  ['on-accent', 'accent', AA_TEXT, 'search buttons'],
  ['button-text', 'button-bg', AA_TEXT, '.calc-button'],
  ['button-text', 'button-hover', AA_TEXT, '.calc-button:hover'],
  ['on-focus', 'focus', AA_TEXT, 'skip link, focused .calc-button'],
  ['text', 'field-bg', AA_NON_TEXT, 'border of calculator and search inputs'],
  ['danger', 'field-bg', AA_NON_TEXT, 'border of an input with an error'],
  ['danger', 'bg', AA_NON_TEXT, 'bar beside a field with an error'],
  ['on-header', 'header-bg', AA_NON_TEXT, 'border of the search field in the header'],
  ['border', 'bg', AA_NON_TEXT, 'table header rule, chip border'],
  ['border', 'field-bg', AA_NON_TEXT, 'chip border on a card'],
  ['accent', 'bg', AA_NON_TEXT, '.button-link border'],
  ['accent-strong', 'field-bg', AA_NON_TEXT, 'checked radio button (accent-color)'],
  ['chart-1', 'bg', AA_NON_TEXT, 'chart bars and first line'],
  ['chart-2', 'bg', AA_NON_TEXT, 'second line in a chart (also dashed)'],
  ['warning-border', 'bg', AA_NON_TEXT, 'bar of a "let op" callout'],
];

/**
 * The focus indicator is two rings: a 3px outline in the text colour and a
 * 6px halo in the focus colour. On each background at least one must reach 3:1.
 */
const FOCUS_BACKGROUNDS = ['bg', 'surface', 'field-bg', 'accent-soft', 'warning-bg', 'success-bg', 'danger-bg', 'header-bg', 'nav-bg'];

describe.each([
  ['licht', light],
  ['donker', dark],
] as const)('colour tokens, %s', (_name, tokens) => {
  const colour = (token: string): string => {
    const value = tokens[token];
    if (!value) throw new Error(`--iw-${token} is niet gedefinieerd`);
    return value;
  };

  it.each(PAIRS.map((p) => [`${p[0]} on ${p[1]}`, ...p] as const))('%s', (_label, fg, bg, min, use) => {
    const ratio = contrastRatio(colour(fg), colour(bg));
    expect(ratio, `--iw-${fg} ${colour(fg)} op --iw-${bg} ${colour(bg)}: ${formatRatio(ratio)}, nodig ${min}:1 (${use})`).toBeGreaterThanOrEqual(min);
  });

  it.each(FOCUS_BACKGROUNDS)('focus indicator on %s', (bg) => {
    const best = Math.max(contrastRatio(colour('text'), colour(bg)), contrastRatio(colour('focus'), colour(bg)));
    expect(best, `focusrand op --iw-${bg}: ${formatRatio(best)}`).toBeGreaterThanOrEqual(AA_NON_TEXT);
  });
});

describe('the dark scheme', () => {
  it('exists, follows the system setting and is for screens only (print stays black on white)', () => {
    expect(darkMedia, '@media (prefers-color-scheme: dark) in global.css').not.toBeNull();
    expect(darkMedia![1]).toMatch(/\bscreen\b/);
    expect(css).toMatch(/color-scheme:\s*light dark/);
    expect(css).toMatch(/@media print\s*\{[\s\S]*?:root\s*\{\s*color-scheme:\s*light;\s*\}/);
  });

  it('sets every colour token of the light scheme (a new token cannot forget its dark value)', () => {
    expect(Object.keys(light).length).toBeGreaterThan(20);
    expect(Object.keys(light).filter((token) => !(token in darkOverrides))).toEqual([]);
  });

  it('the other stylesheets use tokens, not fixed colours, outside print and the calculator swatches', () => {
    for (const file of ['calculators.css', 'search.css', 'self-check.css']) {
      const text = readFileSync(new URL(`../../src/styles/${file}`, import.meta.url), 'utf8');
      const screen = text.replace(/@layer print\s*\{[\s\S]*$/, '');
      const fixed = [...screen.matchAll(/^.*#[0-9a-f]{3,6}\b.*$/gim)].map((m) => m[0].trim()).filter((line) => !/\.calc-el-|calc-timeline__bar--verlenging/.test(line));
      expect(fixed, file).toEqual([]);
    }
  });
});
