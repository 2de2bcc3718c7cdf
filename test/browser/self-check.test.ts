/**
 * The self-check "Kan ik meedoen?" (issue 4) in a real browser, by keyboard
 * only: start, answer every question (focus on each new question heading,
 * "Vraag N van M"), an empty answer gives the error summary, "Controleer uw
 * antwoorden" with "Wijzigen", a result that follows the answers and is
 * announced, a reload of the shared URL restores it, a tampered URL keeps
 * what is valid, and without JavaScript the full checklist is there.
 * Expected question counts come from the built open data, not from the island.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');

interface Requirement {
  id: string;
  title: string;
  effect: 'uitsluitend' | 'aandacht';
  certainty: 'vastgesteld' | 'voornemen' | 'mogelijk' | 'in-onderzoek' | 'onbekend';
  section: string;
  appliesTo: string[];
}
interface DocumentData {
  segments: { id: string; name: string }[];
  lots: { id: string; name: string; scope: string }[];
  municipalities: { id: string }[];
  products: unknown[];
  requirements: Requirement[];
}
const api = JSON.parse(readFileSync(join(distDir, 'api/kaders.json'), 'utf8')) as { kaders: { slug: string }[] };
const documentData = (slug: string) => (JSON.parse(readFileSync(join(distDir, `api/kaders/${slug}.json`), 'utf8')) as { data: DocumentData }).data;

const KAMPEN = 'kampen-wmo-segmenten-2024';
const BLOK_B = 'regio-nijmegen-blok-b-2018';
const AMBULANT = 'rijk-van-nijmegen-wmo-ambulant-2025';

const VERDICT = {
  belemmering: 'U kunt waarschijnlijk niet meedoen',
  aandachtspunten: 'U kunt waarschijnlijk meedoen, maar er zijn aandachtspunten',
  geen: 'Geen belemmeringen gevonden',
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// ---------------------------------------------------------------- helpers

async function focusedDescription(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).replace(/\s+/g, '.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 60)}"`;
  });
}

/** Waits until the focused element matches `selector` (and contains `text`). */
async function expectFocus(page: Page, selector: string, what: string, text?: string): Promise<void> {
  try {
    await page.waitForFunction(
      ([s, t]) => !!document.activeElement?.matches(s!) && (!t || (document.activeElement.textContent ?? '').includes(t)),
      [selector, text ?? ''] as const,
      { timeout: 5000 },
    );
  } catch {
    throw new Error(`${what}: focus is on ${await focusedDescription(page)}, expected ${selector}${text ? ` with "${text}"` : ''}`);
  }
}

/** Presses Tab (or Shift+Tab) until the focused element matches; returns the number of presses. */
async function tabTo(page: Page, selector: string, options: { text?: string; back?: boolean; max?: number } = {}): Promise<number> {
  const max = options.max ?? 80;
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
    const hit = await page.evaluate(
      ([s, t]) => !!document.activeElement?.matches(s!) && (!t || (document.activeElement.textContent ?? '').includes(t)),
      [selector, options.text ?? ''] as const,
    );
    if (hit) return i;
  }
  throw new Error(`Tab did not reach ${selector}${options.text ? ` "${options.text}"` : ''} in ${max} stops (focus on ${await focusedDescription(page)})`);
}

interface Step {
  id: string;
  type: 'scope' | 'requirement';
  heading: string;
  progress: string;
  options: { value: string; label: string; checked: boolean; hint: string }[];
  submitLabel: string;
}

async function readStep(page: Page): Promise<Step> {
  return page.evaluate(() => {
    const fieldset = document.querySelector<HTMLFieldSetElement>('.sc fieldset.sc-fieldset')!;
    const inputs = [...fieldset.querySelectorAll<HTMLInputElement>('input')];
    return {
      id: fieldset.id.replace(/^sc-vraag-/, ''),
      type: inputs[0]?.type === 'checkbox' ? ('scope' as const) : ('requirement' as const),
      heading: fieldset.querySelector('h2.sc-question')!.textContent!.trim(),
      progress: fieldset.querySelector('.sc-progress')!.textContent!.trim(),
      options: inputs.map((i) => ({
        value: i.value,
        label: document.querySelector(`label[for="${i.id}"]`)!.textContent!.trim(),
        checked: i.checked,
        hint: document.getElementById(`${i.id}-hint`)?.textContent?.trim() ?? '',
      })),
      submitLabel: document.querySelector('.sc form button[type="submit"]')!.textContent!.trim(),
    };
  });
}

type Answer = 'ja' | 'nee' | 'weet-niet';
const RADIO_ORDER: Answer[] = ['ja', 'nee', 'weet-niet'];

/** Chooses by keyboard only: Tab into the radio group and arrows/Space, or Tab to each checkbox and Space. */
async function chooseByKeyboard(page: Page, step: Step, value: Answer | string[]): Promise<void> {
  if (step.type === 'requirement') {
    await tabTo(page, `input[type="radio"][name="sc-vraag-${step.id}"]`);
    const at = RADIO_ORDER.indexOf((await page.evaluate(() => (document.activeElement as HTMLInputElement).value)) as Answer);
    const target = RADIO_ORDER.indexOf(value as Answer);
    if (target === at) {
      await page.keyboard.press('Space');
    } else {
      for (let i = 0; i < Math.abs(target - at); i++) await page.keyboard.press(target > at ? 'ArrowDown' : 'ArrowUp');
    }
    const checked = await page.locator(`input[name="sc-vraag-${step.id}"]:checked`).inputValue();
    expect(checked, `answer to ${step.id}`).toBe(value);
    return;
  }
  const wanted = value as string[];
  for (const [i, option] of step.options.entries()) {
    const on = wanted.includes(option.value);
    // Checkboxes are separate Tab stops; Space toggles the focused one.
    await tabTo(page, `#sc-vraag-${step.id}-${i}`);
    if (on !== (await page.locator(`#sc-vraag-${step.id}-${i}`).isChecked())) await page.keyboard.press('Space');
    expect(await page.locator(`#sc-vraag-${step.id}-${i}`).isChecked(), `${option.value} in ${step.id}`).toBe(on);
  }
}

async function submitStep(page: Page): Promise<void> {
  await tabTo(page, '.sc form button[type="submit"]');
  await page.keyboard.press('Enter');
}

async function startByKeyboard(page: Page, slug: string): Promise<void> {
  const response = await page.goto(`${baseUrl}/kaders/${slug}/toets/`);
  expect(response?.status()).toBe(200);
  await page.waitForSelector('.sc[data-view="start"]');
  await expect(page.locator('#toets-checklist').isVisible(), 'the checklist is the start page').resolves.toBe(true);
  await tabTo(page, 'button.sc-start__button');
  await page.keyboard.press('Enter');
  await expectFocus(page, 'h2.sc-question', 'after Start de check');
  await expect(page.locator('#toets-checklist').isVisible(), 'the flow replaces the checklist').resolves.toBe(false);
}

/**
 * Answers questions until "Controleer uw antwoorden", checking on every step
 * that focus is on the question heading and the progress reads "Vraag N van M".
 */
async function answerAll(
  page: Page,
  answerFor: (step: Step) => Answer | string[],
  totalAt: (stepNumber: number) => number,
  firstNumber = 1,
): Promise<Step[]> {
  const steps: Step[] = [];
  for (let n = firstNumber; n <= 60; n++) {
    if (await page.locator('.sc[data-view="check"]').count()) break;
    await expectFocus(page, 'h2.sc-question', `question ${n}`);
    const step = await readStep(page);
    expect(await page.evaluate(() => document.activeElement!.textContent!.trim())).toBe(step.heading);
    expect(step.progress, step.id).toBe(`Vraag ${n} van ${totalAt(n)}`);
    expect(step.submitLabel).toBe('Volgende');
    steps.push(step);
    await chooseByKeyboard(page, step, answerFor(step));
    await submitStep(page);
    await page.waitForFunction((id) => !document.getElementById(`sc-vraag-${id}`), step.id);
  }
  await expectFocus(page, 'h2.sc-question', 'check your answers', 'Controleer uw antwoorden');
  return steps;
}

/** "Controleer uw antwoorden" as title (from the hidden text of its "Wijzigen" button) → answer. */
async function summary(page: Page): Promise<Record<string, string>> {
  return page.locator('.sc-summary__row').evaluateAll((rows) =>
    Object.fromEntries(
      rows.map((r) => [r.querySelector('button')!.textContent!.trim().replace(/^Wijzigen antwoord: /, ''), r.querySelector('dd')!.textContent!.trim()]),
    ),
  );
}

/** From "Controleer uw antwoorden": Tab to the "Wijzigen" button of one question and press Enter. */
async function changeByKeyboard(page: Page, title: string, value: Answer | string[]): Promise<void> {
  await tabTo(page, 'button.sc-link-button', { text: `Wijzigen antwoord: ${title}` });
  await page.keyboard.press('Enter');
  await expectFocus(page, 'h2.sc-question', `changing ${title}`);
  const step = await readStep(page);
  expect(step.submitLabel).toBe('Opslaan en terug naar het overzicht');
  await chooseByKeyboard(page, step, value);
  await submitStep(page);
  await expectFocus(page, 'h2.sc-question', `back at the summary after changing ${title}`, 'Controleer uw antwoorden');
}

async function confirmByKeyboard(page: Page): Promise<void> {
  await tabTo(page, 'button.calc-button', { text: 'Bekijk de uitkomst' });
  await page.keyboard.press('Enter');
  await expectFocus(page, 'h2.sc-question', 'result', 'Uitkomst van de check');
}

async function editAnswersByKeyboard(page: Page): Promise<void> {
  await tabTo(page, 'button', { text: 'Antwoorden wijzigen' });
  await page.keyboard.press('Enter');
  await expectFocus(page, 'h2.sc-question', 'check your answers', 'Controleer uw antwoorden');
}

interface ResultSnapshot {
  verdict: string;
  counts: string;
  announced: string;
  groups: Record<string, string[]>;
}

async function result(page: Page): Promise<ResultSnapshot> {
  await page.waitForSelector('.sc[data-view="result"] .sc-verdict__title');
  // The live region is filled after the result renders.
  await page.waitForFunction(() => (document.querySelector('.sc > [role="status"][aria-live="polite"]')?.textContent ?? '') !== '');
  return page.evaluate(() => ({
    verdict: document.querySelector('.sc-verdict__title')!.textContent!.trim(),
    counts: document.querySelector('.sc-counts')!.textContent!.trim(),
    announced: document.querySelector('.sc > [role="status"][aria-live="polite"]')!.textContent!.trim(),
    groups: Object.fromEntries(
      [...document.querySelectorAll('.sc-result section')].map((s) => [
        s.querySelector('h3')!.textContent!.trim(),
        [...s.querySelectorAll('.sc-item h4')].map((h) => h.textContent!.trim()),
      ]),
    ),
  }));
}

const query = (page: Page) => new URL(page.url()).searchParams;

// ---------------------------------------------------------------- tests

describe(`Kampen (segments): /kaders/${KAMPEN}/toets/`, () => {
  const data = documentData(KAMPEN);
  const total = 1 + data.requirements.length; // the segment choice, then every requirement (none is limited to a segment)
  // Kampen's presentation puts its plans up for comment: its excluding Bibob requirement is an intention, never a settled barrier.
  const bibob = data.requirements.find((r) => r.effect === 'uitsluitend' && /bibob/i.test(r.id))!;
  const optional = data.requirements.find((r) => r.effect === 'aandacht')!;
  let page: Page;
  let shared: string;
  const dialogs: string[] = [];

  beforeAll(async () => {
    page = await browser.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });
  afterAll(async () => {
    await page?.close();
  });

  test('the content has what this test needs', () => {
    expect(data.segments.map((s) => s.id)).toEqual(expect.arrayContaining(['tijdelijk', 'structureel', 'ouderen']));
    expect(bibob, 'an excluding Bibob requirement').toBeDefined();
    expect(bibob.certainty, 'the consultation only proposes it').toBe('voornemen');
    expect(optional).toBeDefined();
  });

  test('by keyboard: empty answer gives the error summary, every step focuses its heading with "Vraag N van M"', async () => {
    await startByKeyboard(page, KAMPEN);
    await expectFocus(page, 'h2.sc-question', 'first question', 'Voor welke segmenten wilt u zich inschrijven?');
    expect((await readStep(page)).progress).toBe(`Vraag 1 van ${total}`);

    // Submit without choosing: error summary at the top gets focus, error next to the field.
    await submitStep(page);
    await expectFocus(page, '.calc-error-summary[role="alert"]', 'error summary', 'Er is een probleem');
    await expect(page.locator('.calc-error-summary').textContent()).resolves.toContain('Kies minstens één van de segmenten');
    const inline = page.locator('.sc fieldset .calc-field__error');
    await expect(inline.textContent()).resolves.toBe('Fout: Kies minstens één van de segmenten');
    const describedBy = (await page.locator('.sc fieldset').getAttribute('aria-describedby'))!.split(' ');
    expect(describedBy).toContain(await inline.getAttribute('id'));
    // The link in the summary takes focus to the field; Space and Tab choose two segments.
    await tabTo(page, '.calc-error-summary a');
    await page.keyboard.press('Enter');
    await expectFocus(page, '#sc-vraag-segmenten-0', 'error link moves to the first checkbox');
    const segmentStep = await readStep(page);
    expect(segmentStep.options.map((o) => o.value)).toEqual(data.segments.map((s) => s.id));
    await page.keyboard.press('Space');
    await tabTo(page, `#sc-vraag-segmenten-${data.segments.findIndex((s) => s.id === 'ouderen')}`);
    await page.keyboard.press('Space');
    await submitStep(page);

    const steps = await answerAll(page, () => 'ja', () => total, 2);
    expect(steps.map((s) => s.id)).toEqual(data.requirements.map((r) => r.id));
    expect(query(page).get('segmenten')).toBe(data.segments.map((s) => s.id).filter((id) => ['tijdelijk', 'ouderen'].includes(id)).join(','));
    for (const r of data.requirements) expect(query(page).get(r.id), r.id).toBe('ja');

    const answers = await summary(page);
    expect(Object.keys(answers)).toHaveLength(total);
    const names = data.segments.filter((s) => ['tijdelijk', 'ouderen'].includes(s.id)).map((s) => s.name);
    expect(answers.Segmenten).toBe(names.join(', '));
    expect(Object.values(answers).filter((a) => a === 'Ja')).toHaveLength(data.requirements.length);
  });

  test('all "ja" gives "Geen belemmeringen gevonden", announced in the live region', async () => {
    await confirmByKeyboard(page);
    const r = await result(page);
    expect(r.verdict).toBe(VERDICT.geen);
    expect(r.announced).toBe(`Uitkomst: ${VERDICT.geen}.`);
    expect(r.counts).toBe(`Niet voldaan: 0 · Aandacht nodig: 0 · Voldaan: ${data.requirements.length}`);
    await expect(page.locator('.sc-result .sc-disclaimer').textContent()).resolves.toContain('Dit is een indicatie, geen besluit van de gemeente.');
  });

  test('"Wijzigen": "nee" on the excluding Bibob intention needs attention, never the barrier verdict, with a link to the section', async () => {
    await editAnswersByKeyboard(page);
    await changeByKeyboard(page, bibob.title, 'nee');
    expect(query(page).get(bibob.id)).toBe('nee');
    expect((await summary(page))[bibob.title]).toBe('Nee');
    await confirmByKeyboard(page);
    const r = await result(page);
    expect(r.verdict).toBe(VERDICT.aandachtspunten);
    expect(r.announced).toBe(`Uitkomst: ${VERDICT.aandachtspunten}.`);
    expect(r.groups['Hier moet u nog iets uitzoeken of regelen (1)']).toEqual([bibob.title]);
    await expect(page.locator('.sc-item--aandacht').first().textContent()).resolves.toContain('Nog niet zeker');
    const link = page.locator('.sc-item--aandacht a', { hasText: 'Lees waar dit staat' });
    await expect(link.getAttribute('href')).resolves.toBe(`/kaders/${KAMPEN}/#${bibob.section}`);
    shared = page.url();
  });

  test('reloading the shared URL restores the same result; a "nee" on a non-excluding requirement only needs attention', async () => {
    const before = await result(page);
    await page.reload();
    const after = await result(page);
    expect(after).toEqual(before);
    expect(page.url()).toBe(shared);
    await expect(page.locator('.calc-notice').count(), 'nothing was ignored').resolves.toBe(0);

    // The same answers, but Bibob "ja" and an attention-only requirement "nee".
    const url = new URL(shared);
    url.searchParams.set(bibob.id, 'ja');
    url.searchParams.set(optional.id, 'nee');
    await page.goto(url.href);
    const changed = await result(page);
    expect(changed.verdict).toBe(VERDICT.aandachtspunten);
    expect(changed.groups['Hier moet u nog iets uitzoeken of regelen (1)']).toEqual([optional.title]);
  });

  test('the result prints without buttons and navigation', async () => {
    await page.emulateMedia({ media: 'print' });
    try {
      const visible = await page.locator('.sc-actions, .site-header, .site-nav, .breadcrumbs').evaluateAll((els) => els.filter((el) => getComputedStyle(el).display !== 'none').length);
      expect(visible).toBe(0);
      await expect(page.locator('.sc-verdict').isVisible()).resolves.toBe(true);
      // On paper: the site, the page address with the answers, the date of printing, and full link addresses.
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      const header = await page.locator('.print-header').innerText();
      expect(header).toContain('Inkoopwijzer');
      expect(header).toContain(`Adres van deze pagina: ${page.url()}`);
      expect(header).toMatch(/Afgedrukt op \d{1,2} [a-z]+ \d{4}/);
      const site = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).origin;
      const link = page.locator('.sc-item a', { hasText: 'Lees waar dit staat' }).first();
      const href = (await link.getAttribute('href'))!;
      expect(href.startsWith('/')).toBe(true);
      await expect(link.evaluate((a) => getComputedStyle(a, '::after').content)).resolves.toBe(`" (${site}${href})"`);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  test('a tampered URL restores the valid answers, says what was ignored and shows names only as text', async () => {
    const [first, second] = data.requirements;
    const tampered = new URLSearchParams();
    tampered.append('segmenten', 'tijdelijk,bestaat-niet');
    tampered.append(first!.id, 'ja');
    tampered.append(first!.id, 'nee');
    tampered.append(second!.id, 'misschien');
    tampered.append('<img src=x onerror=alert(1)>', 'ja');
    await page.goto(`${baseUrl}/kaders/${KAMPEN}/toets/?${tampered}`);
    await page.waitForSelector('.sc .calc-notice');
    const notice = (await page.locator('.sc .calc-notice').textContent())!;
    expect(notice).toContain('Niet alles uit de link is gebruikt');
    expect(notice).toContain('‘bestaat-niet’');
    expect(notice).toContain(`‘${first!.id}’ uit de link is dubbel: die kwam vaker voor; alleen de eerste keer telt.`);
    expect(notice).toContain(`‘misschien’ is geen ja, nee of weet-niet`);
    expect(notice).toContain('‘<img src=x onerror=alert(1)>’ uit de link is genegeerd');
    await expect(page.locator('main img').count(), 'no element injected').resolves.toBe(0);
    expect(dialogs).toEqual([]);

    // Restored: the segment and the first answer; it continues at the first open question.
    const step = await readStep(page);
    expect(step.id).toBe(second!.id);
    expect(step.progress).toBe(`Vraag 3 van ${total}`);
    expect(new URL(page.url()).search).toBe(`?segmenten=tijdelijk&${first!.id}=ja`);
    // "Terug" by keyboard shows the kept answer.
    await tabTo(page, 'button.sc-back');
    await page.keyboard.press('Enter');
    await expectFocus(page, 'h2.sc-question', 'previous question');
    const previous = await readStep(page);
    expect(previous.id).toBe(first!.id);
    expect(previous.options.find((o) => o.checked)?.value).toBe('ja');
    await expect(page.locator('.sc .calc-notice').count(), 'the notice goes once the person moves on').resolves.toBe(0);
  });
});

describe(`Blok B (lots per municipality): /kaders/${BLOK_B}/toets/`, () => {
  const data = documentData(BLOK_B);
  const perMunicipality = data.lots.filter((l) => l.scope === 'per-gemeente');
  const regional = data.lots.filter((l) => l.scope !== 'per-gemeente');
  const applying = (lots: string[]) => data.requirements.filter((r) => r.appliesTo.length === 0 || r.appliesTo.some((id) => lots.includes(id)));
  // Blok B is an advice: an intention among the requirements of the regional lot the flow below chooses.
  const intention = () => applying([regional[0]!.id]).find((r) => r.certainty !== 'vastgesteld')!;
  let page: Page;

  beforeAll(async () => {
    page = await browser.newPage();
  });
  afterAll(async () => {
    await page?.close();
  });

  test('the content has what this test needs', () => {
    expect(perMunicipality.length).toBeGreaterThan(0);
    expect(regional.length).toBeGreaterThan(0);
    expect(data.municipalities.length).toBeGreaterThan(1);
    expect(data.requirements.some((r) => r.appliesTo.length > 0), 'some requirements apply only to some lots').toBe(true);
    // Blok B states intentions: no excluding requirement is settled, so nothing in it can give the barrier verdict.
    expect(data.requirements.some((r) => r.effect === 'uitsluitend' && r.certainty === 'vastgesteld')).toBe(false);
    expect(intention(), 'a requirement that is an intention').toBeDefined();
  });

  const chosenLots = () => [perMunicipality[0]!.id, regional[0]!.id];

  test('by keyboard: a lot per municipality brings the municipality question, then only the requirements for the chosen lots', async () => {
    await startByKeyboard(page, BLOK_B);
    const lots = chosenLots();
    // Before the choice, every requirement counts; after it, only those that apply.
    const totalBefore = 2 + data.requirements.length;
    const totalAfter = 2 + applying(lots).length;
    const steps = await answerAll(
      page,
      (step) => (step.id === 'percelen' ? lots : step.id === 'gemeenten' ? ['heumen'] : 'ja'),
      (n) => (n === 1 ? totalBefore : totalAfter),
    );
    expect(steps[0]!.id).toBe('percelen');
    expect(steps[0]!.options.map((o) => o.value)).toEqual(data.lots.map((l) => l.id));
    expect(steps[1]!.id).toBe('gemeenten');
    expect(steps[1]!.options.map((o) => o.value)).toContain('heumen');
    expect(steps.slice(2).map((s) => s.id)).toEqual(applying(lots).map((r) => r.id));
    expect(query(page).get('percelen')).toBe(data.lots.map((l) => l.id).filter((id) => lots.includes(id)).join(','));
    expect(query(page).get('gemeenten')).toBe('heumen');
    await expect(page.locator('.sc-summary__row').count()).resolves.toBe(totalAfter);
  });

  test('"Wijzigen" on the lots: only regional lots drops the municipality question and the lot-specific requirements', async () => {
    await changeByKeyboard(page, 'Percelen', [regional[0]!.id]);
    const answers = await summary(page);
    expect(Object.keys(answers)).toHaveLength(1 + applying([regional[0]!.id]).length);
    expect(Object.keys(answers)).not.toContain('Gemeenten');
    expect(answers.Percelen).toContain(regional[0]!.name);
  });

  test('all "ja" gives "Geen belemmeringen gevonden"; "nee" on an intention only needs attention', async () => {
    await confirmByKeyboard(page);
    const first = await result(page);
    expect(first.verdict).toBe(VERDICT.geen);
    expect(first.announced).toBe(`Uitkomst: ${VERDICT.geen}.`);
    const evaluated = applying([regional[0]!.id]);
    expect(first.groups[`Hier voldoet u aan (${evaluated.length})`]).toEqual(evaluated.map((r) => r.title));

    await editAnswersByKeyboard(page);
    await changeByKeyboard(page, intention().title, 'nee');
    await confirmByKeyboard(page);
    const second = await result(page);
    expect(second.verdict).toBe(VERDICT.aandachtspunten);
    expect(second.announced).toBe(`Uitkomst: ${VERDICT.aandachtspunten}.`);
    expect(second.groups['Hier moet u nog iets uitzoeken of regelen (1)']).toEqual([intention().title]);
    await expect(page.locator('.sc-item--aandacht .sc-uncertain').textContent()).resolves.toContain('Nog niet zeker');

    await page.reload();
    expect(await result(page)).toEqual(second);
  });
});

describe(`a document with products and municipalities: /kaders/${AMBULANT}/toets/`, () => {
  const data = documentData(AMBULANT);
  const excluding = data.requirements.find((r) => r.effect === 'uitsluitend' && r.certainty === 'vastgesteld')!;
  let page: Page;

  beforeAll(async () => {
    page = await browser.newPage();
  });
  afterAll(async () => {
    await page?.close();
  });

  test('by keyboard: products, municipalities, then every requirement; "nee" on a fixed excluding one is a barrier, changing it to "ja" lifts it', async () => {
    expect(excluding).toBeDefined();
    expect(data.products.length).toBeGreaterThan(1);
    const total = 2 + data.requirements.length;
    await startByKeyboard(page, AMBULANT);
    const steps = await answerAll(
      page,
      (step) =>
        step.type === 'scope'
          ? step.options.map((o) => o.value) // every product, every municipality
          : step.id === excluding.id ? 'nee' : 'ja',
      () => total,
    );
    expect(steps.map((s) => s.id)).toEqual(['producten', 'gemeenten', ...data.requirements.map((r) => r.id)]);
    expect(steps[1]!.options).toHaveLength(data.municipalities.length);

    await confirmByKeyboard(page);
    const barrier = await result(page);
    expect(barrier.verdict).toBe(VERDICT.belemmering);
    expect(barrier.groups['Hier voldoet u niet aan (1)']).toEqual([excluding.title]);
    // Products bought another way in some municipalities are mentioned when such a product is chosen.
    // Such products carry a hint: the other channel ("Aparte aanbesteding") or "In sommige gemeenten anders ingekocht".
    const elsewhere = steps[0]!.options.filter((o) => o.hint !== '');
    expect(elsewhere.length, 'products bought another way in some municipalities').toBeGreaterThan(0);
    const notes = await page.locator('.sc-result .callout li').allTextContents();
    for (const product of elsewhere) expect(notes.some((n) => n.startsWith(`${product.label} in `) && n.includes('dus niet via deze inkoop')), product.label).toBe(true);

    await editAnswersByKeyboard(page);
    await changeByKeyboard(page, excluding.title, 'ja');
    await confirmByKeyboard(page);
    const clear = await result(page);
    expect(clear.verdict).toBe(VERDICT.geen);
    expect(clear.announced).toBe(`Uitkomst: ${VERDICT.geen}.`);

    await page.reload();
    expect(await result(page)).toEqual(clear);
  });
});

describe(`browser history: every step of /kaders/${KAMPEN}/toets/ is an entry`, () => {
  const data = documentData(KAMPEN);
  const total = 1 + data.requirements.length;
  const [first, second] = data.requirements;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await browser.newContext();
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  /** The question on screen: its id and progress, once focus is on its heading. */
  async function at(what: string): Promise<Step> {
    await expectFocus(page, 'h2.sc-question', what);
    return readStep(page);
  }

  test('Back on question 3 goes to question 2, Back again to question 1, Forward returns; answers and URL stay', async () => {
    await startByKeyboard(page, KAMPEN);
    const segmentStep = await at('question 1');
    await chooseByKeyboard(page, segmentStep, ['tijdelijk']);
    await submitStep(page);
    const q2 = await at('question 2');
    expect(q2.id).toBe(first!.id);
    await chooseByKeyboard(page, q2, 'nee');
    await submitStep(page);
    const q3 = await at('question 3');
    expect(q3.id).toBe(second!.id);
    expect(q3.progress).toBe(`Vraag 3 van ${total}`);
    const answered = `?segmenten=tijdelijk&${first!.id}=nee`;
    expect(new URL(page.url()).search).toBe(answered);

    // The browser's Back button: the previous question, with its answer, still inside the check.
    await page.goBack();
    await page.waitForFunction((id) => !!document.getElementById(`sc-vraag-${id}`), first!.id);
    const back2 = await at('Back to question 2');
    expect(back2.progress).toBe(`Vraag 2 van ${total}`);
    expect(back2.options.find((o) => o.checked)?.value, 'the answer is kept').toBe('nee');
    expect(new URL(page.url()).pathname).toBe(`/kaders/${KAMPEN}/toets/`);
    expect(new URL(page.url()).search, 'the answers stay in the URL').toBe(answered);

    await page.goBack();
    await page.waitForFunction(() => !!document.getElementById('sc-vraag-segmenten'));
    const back1 = await at('Back to question 1');
    expect(back1.progress).toBe(`Vraag 1 van ${total}`);
    expect(back1.options.filter((o) => o.checked).map((o) => o.value)).toEqual(['tijdelijk']);

    // Forward goes the same way back.
    await page.goForward();
    await page.waitForFunction((id) => !!document.getElementById(`sc-vraag-${id}`), first!.id);
    expect((await at('Forward to question 2')).progress).toBe(`Vraag 2 van ${total}`);
    await page.goForward();
    await page.waitForFunction((id) => !!document.getElementById(`sc-vraag-${id}`), second!.id);
    expect((await at('Forward to question 3')).progress).toBe(`Vraag 3 van ${total}`);

    // "Terug" on the page and Back agree: after "Terug", Back does not return to question 3.
    await tabTo(page, 'button.sc-back');
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => !!document.getElementById(`sc-vraag-${id}`), first!.id);
    expect((await at('Terug to question 2')).progress).toBe(`Vraag 2 van ${total}`);
    await page.goBack();
    await page.waitForFunction(() => !!document.getElementById('sc-vraag-segmenten'));
    expect((await at('then Back to question 1')).progress).toBe(`Vraag 1 van ${total}`);

    // Back from question 1 is the start of the check (the checklist); one more Back leaves it.
    await page.goBack();
    await page.waitForSelector('.sc[data-view="start"]');
    await expect(page.locator('#toets-checklist').isVisible()).resolves.toBe(true);
    expect(new URL(page.url()).pathname).toBe(`/kaders/${KAMPEN}/toets/`);
  });

  test('a reload keeps the step of the entry, and Back still works after it', async () => {
    await page.goForward();
    await page.waitForFunction(() => !!document.getElementById('sc-vraag-segmenten'));
    await page.goForward();
    await page.waitForFunction((id) => !!document.getElementById(`sc-vraag-${id}`), first!.id);
    await page.reload();
    await page.waitForFunction((id) => !!document.getElementById(`sc-vraag-${id}`), first!.id);
    expect((await readStep(page)).progress).toBe(`Vraag 2 van ${total}`);
    await page.goBack();
    await page.waitForFunction(() => !!document.getElementById('sc-vraag-segmenten'));
    expect((await readStep(page)).progress).toBe(`Vraag 1 van ${total}`);
  });
});

describe('without JavaScript every self-check page is the full static checklist', () => {
  const slugs = api.kaders.map((k) => k.slug).filter((slug) => documentData(slug).requirements.length > 0);

  test('there is a self-check for every document with requirements', () => {
    expect(slugs).toEqual(expect.arrayContaining([KAMPEN, BLOK_B, AMBULANT]));
  });

  test.each(slugs)('/kaders/%s/toets/', async (slug) => {
    const data = documentData(slug);
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      const response = await page.goto(`${baseUrl}/kaders/${slug}/toets/`);
      expect(response?.status()).toBe(200);
      // The flow's start is server-rendered (no layout shift on hydration) but hidden without JavaScript.
      await expect(page.getByRole('button', { name: 'Start de check' }).isVisible(), 'no flow without JavaScript').resolves.toBe(false);
      await expect(page.locator('.sc-start').isVisible()).resolves.toBe(false);
      await expect(page.locator('#toets-checklist').isVisible()).resolves.toBe(true);
      const items = await page.locator('#toets-checklist .req-list > li').evaluateAll((lis) =>
        lis.map((li) => ({
          title: li.querySelector('h3')!.textContent!.trim(),
          question: li.textContent!.includes('De vraag:'),
          href: li.querySelector('a')!.getAttribute('href')!,
        })),
      );
      expect(items.map((i) => i.title)).toEqual(data.requirements.map((r) => r.title));
      expect(items.every((i) => i.question)).toBe(true);
      // Each "Lees waar dit staat" link lands on an element of the document: on the overview page, or on
      // the first chapter page that holds the section when the document is split into chapters.
      const chapters = (JSON.parse(readFileSync(join(distDir, `api/kaders/${slug}.json`), 'utf8')) as { chapters: { url: string }[] }).chapters;
      const pages = [`/kaders/${slug}/`, ...chapters.map((c) => new URL(c.url).pathname)];
      const htmlOf = (path: string) => readFileSync(join(distDir, ...path.split('/').filter(Boolean), 'index.html'), 'utf8');
      const holder = (id: string) => pages.find((path) => htmlOf(path).includes(`id="${id}"`));
      for (const r of data.requirements) expect(holder(r.section), `#${r.section} in /kaders/${slug}/ or its chapters`).toBeDefined();
      expect(items.map((i) => i.href)).toEqual(data.requirements.map((r) => `${holder(r.section)}#${r.section}`));
    } finally {
      await context.close();
    }
  });
});
