/**
 * The calculators of the site, in one place (like the FlowRegistry of
 * GOV.UK smart-answers). Everything that lists calculators reads this list:
 * the cards on /rekenhulpen/, the <Calculator type="…"> MDX embed (which
 * types exist, their titles, which ones take a document via ?kader=), the
 * browser tests and the Lighthouse run. A unit test checks that every entry
 * has its page src/pages/rekenhulpen/<slug>.astro and every page an entry.
 *
 * Plain data without Astro imports, so Node scripts (scripts/lighthouse.ts)
 * and tests can read it too. The islands themselves are wired up in
 * src/components/kader/Calculator.astro and the pages: the data layer
 * imports no component.
 */

/** Who a calculator is for: the two lists on /rekenhulpen/. */
export type CalculatorAudience = 'aanbieders' | 'inwoners';

export interface CalculatorEntry {
  /**
   * The page /rekenhulpen/<slug>/, the `type` of the MDX embed, and the id
   * prefix of the island on its own page (every field id starts with it).
   */
  readonly slug: string;
  readonly audience: CalculatorAudience;
  /** The question it answers: the card heading on /rekenhulpen/. */
  readonly question: string;
  /** One or two sentences under the question on /rekenhulpen/. */
  readonly summary: string;
  /** Heading of the calculator when embedded in a document's text. */
  readonly embedTitle: string;
  /** Its page can be prefilled from a document: /rekenhulpen/<slug>/?kader=<document>. */
  readonly prefillsFromDocument: boolean;
}

export const calculators = [
  {
    slug: 'reele-prijs',
    audience: 'aanbieders',
    question: 'Dekt het tarief mijn kostprijs?',
    summary: 'Reken de kostprijs per productief uur uit volgens de AMvB reële prijs, en vergelijk die met het tarief van de gemeente.',
    embedTitle: 'Rekenhulp: reële prijs',
    prefillsFromDocument: false,
  },
  {
    slug: 'indexatie',
    audience: 'aanbieders',
    question: 'Met hoeveel procent stijgt mijn tarief?',
    summary: 'De jaarlijkse index uit OVA en prijsindex, met de correctie voor vorig jaar, en het nieuwe tarief.',
    embedTitle: 'Rekenhulp: indexatie',
    prefillsFromDocument: false,
  },
  {
    slug: 'budget',
    audience: 'aanbieders',
    question: 'Wat levert een zorgpakket op?',
    summary: 'Prijs × aantal over een of meer jaren, met een jaarlijkse index. Met een plafond ziet u hoeveel ruimte er blijft.',
    embedTitle: 'Rekenhulp: budget (prijs × aantal)',
    prefillsFromDocument: false,
  },
  {
    slug: 'looptijd',
    audience: 'aanbieders',
    question: 'Hoe lang loopt een contract, met verlengingen?',
    summary: 'Het einde van de eerste looptijd, van elke verlenging en de uiterste einddatum. Ook voor de kaders op deze site.',
    embedTitle: 'Rekenhulp: looptijd van het contract',
    prefillsFromDocument: true,
  },
  {
    slug: 'sroi',
    audience: 'aanbieders',
    question: 'Hoeveel moet ik besteden aan social return?',
    summary: 'De SROI-verplichting per jaar en over de looptijd, ook met een deel via MVO zoals in Kampen.',
    embedTitle: 'Rekenhulp: social return',
    prefillsFromDocument: true,
  },
  {
    slug: 'eigen-bijdrage',
    audience: 'inwoners',
    question: 'Hoeveel betaal ik zelf voor Wmo-ondersteuning?',
    summary: 'Het abonnementstarief per maand, wie niets betaalt, en wat er verandert.',
    embedTitle: 'Rekenhulp: eigen bijdrage',
    prefillsFromDocument: false,
  },
  {
    slug: 'segment',
    audience: 'inwoners',
    question: 'Welk segment past bij mij in Kampen?',
    summary: 'Tijdelijk, structureel of ouderen: wat past bij uw leeftijd en de AOW-leeftijd.',
    embedTitle: 'Rekenhulp: welk segment past bij uw leeftijd?',
    prefillsFromDocument: false,
  },
] as const satisfies readonly CalculatorEntry[];

export type CalculatorSlug = (typeof calculators)[number]['slug'];

/** Every calculator's slug, in the order of /rekenhulpen/. */
export const calculatorSlugs: readonly CalculatorSlug[] = calculators.map((c) => c.slug);

export function isCalculatorSlug(value: string): value is CalculatorSlug {
  return (calculatorSlugs as readonly string[]).includes(value);
}

export function calculatorEntry(slug: CalculatorSlug): CalculatorEntry {
  return calculators.find((c) => c.slug === slug)!;
}

/** The calculator's own page, e.g. "/rekenhulpen/reele-prijs/". */
export function calculatorPath(slug: CalculatorSlug): string {
  return `/rekenhulpen/${slug}/`;
}

/** The calculator's page prefilled from a document, when it takes one; else its plain page. */
export function calculatorHref(slug: CalculatorSlug, kader?: string): string {
  const path = calculatorPath(slug);
  return kader && calculatorEntry(slug).prefillsFromDocument ? `${path}?kader=${encodeURIComponent(kader)}` : path;
}

/** The calculators for one audience, in registry order. */
export function calculatorsFor(audience: CalculatorAudience): CalculatorEntry[] {
  return calculators.filter((c) => c.audience === audience);
}
