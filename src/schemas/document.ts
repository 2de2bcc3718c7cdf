/**
 * The one model of a procurement document (inkoopkader, inkoopstrategie,
 * raadsinformatiebrief, presentatie) and the procurement it describes.
 * Written as the frontmatter of content/kaders/<slug>/index.mdx. Pages,
 * islands, the API, search filters and calendar feeds all read from it.
 */
import { z } from 'astro/zod';
import { contractDates } from '../lib/document/contract.ts';
import { SUPERSESSION_TARGETS, type ParsedChange } from '../lib/document/supersession.ts';
import { formatDate, formatPeriod } from '../lib/period.ts';
import { figureSchema } from './figure.ts';
import { certainty, count, countBound, domain, isoDate, oneOf, period, slug, termBound, termLength, text, type ReferenceFactory } from './fields.ts';
import { TARIFF_FREQUENCIES, TARIFF_UNITS, type TariffUnit } from '../lib/standard-codes.ts';

export const DOCUMENT_TYPES = [
  'inkoopkader', 'inkoopstrategie', 'raadsinformatiebrief', 'presentatie', 'aanbestedingsdocument',
  'nota-van-inlichtingen', 'marktconsultatie', 'collegebesluit',
] as const;
export const DOCUMENT_STATUSES = ['concept', 'definitief'] as const;
export const PROCUREMENT_METHODS = [
  'europese-aanbesteding-sas',
  'aanbesteding',
  'open-house',
  'onderhandse-aanbesteding',
  'subsidie',
] as const;
export const AGREEMENT_TYPES = ['raamovereenkomst', 'toelatingsovereenkomst', 'overeenkomst', 'subsidie'] as const;
export const FUNDING_MODELS = ['inspanningsgericht', 'taakgericht', 'resultaatgericht', 'vast-budget', 'subsidie'] as const;
export const PURCHASING_CHANNELS = ['regionale-inkoop', 'lokale-inkoop', 'aparte-aanbesteding', 'andere-regio', 'niet-ingekocht'] as const;
export const LOT_SCOPES = ['per-gemeente', 'regionaal', 'gemeenten'] as const;
export const MILESTONE_KINDS = [
  'besluit', 'consultatie', 'bijeenkomst', 'voorbereiding', 'publicatie', 'deadline',
  'inschrijving', 'gunning', 'implementatie', 'start', 'overig',
] as const;
export const REQUIREMENT_KINDS = [
  'uitsluitingsgrond', 'geschiktheidseis', 'kwaliteit', 'bibob', 'financiele-toets',
  'governance', 'sroi', 'programma-van-eisen', 'werkwijze', 'overig',
] as const;
export const REQUIREMENT_EFFECTS = ['uitsluitend', 'aandacht'] as const;

/** The source document a page was written from. */
const sourceSchema = z.strictObject({
  /** Title exactly as on the source. */
  title: text.meta({ description: 'Titel precies zoals op het brondocument.' }),
  /** Who issued it, e.g. "College van burgemeester en wethouders van Nijmegen". */
  publisher: text.meta({ description: 'Wie de bron uitgaf, bijvoorbeeld "College van burgemeester en wethouders van Nijmegen".' }),
  /** Date or period of the source with its precision (see src/lib/period.ts). */
  date: period.meta({ description: 'Datum of periode van de bron, zo precies als de bron zelf (zie de notatie bij published).' }),
  /** Official address of the document, where the publisher has one. */
  url: z.url({ protocol: /^https?$/, error: 'verwacht een volledig webadres dat begint met https://' }).optional().meta({ description: 'Officieel webadres van het document bij de uitgever, als dat er is.' }),
  /** Internal: the file name of the source text in the team's archive, for the fidelity check (npm run test:sources). Never shown. */
  file: text.meta({ description: 'Intern: bestandsnaam van de brontekst in het archief van de redactie, voor de controle op trouw aan de bron (npm run test:sources). Wordt nergens getoond.' }),
  /** What we could not take over (e.g. a picture without figures) and how we handled it. */
  note: text.optional().meta({ description: 'Wat niet is overgenomen (bijvoorbeeld een plaatje zonder cijfers) en hoe dat is opgelost.' }),
});

/**
 * Start, initial term and extension options as the source states them. End
 * dates are computed only where the source makes them determinable (a start
 * day and exact terms); otherwise views say what is known.
 */
const contractSchema = z
  .strictObject({
    /** Start with its precision: 2025-01-01, or 2018 when the source gives only the year. */
    start: period.meta({ description: 'Start van het contract met de precisie van de bron: 2025-01-01, of 2018 als de bron alleen het jaar noemt.' }),
    /** How firmly the document states this contract (start and term). */
    certainty: certainty.meta({ description: 'Hoe zeker het document het contract noemt (start en looptijd): vastgesteld, voornemen, mogelijk, in-onderzoek of onbekend.' }),
    /** The first term with its bound; absent or null when the document does not say. */
    initialTerm: termBound.nullable().optional().meta({ description: 'Eerste looptijd met de grens die de bron geeft: { exact: { years: 4 } } of { max: { months: 48 }, openEnded: true } ("maximaal 48 maanden, mogelijk langer"); weglaten als de bron het niet noemt.' }),
    /** 'geen' when the source says there are none; a list of option lengths; absent when the source does not say. */
    extensions: z.union([z.literal('geen'), z.array(termLength).min(1, { error: "noem minstens één verlenging, of schrijf 'geen'" })]).optional().meta({ description: "Verlengingsopties in volgorde, bijvoorbeeld [{ years: 2 }, { years: 2 }]; 'geen' als de bron zegt dat er geen zijn; weglaten als de bron het niet noemt." }),
    /** End dates as the source states them; checked against the computed ones where those exist. */
    stated: z
      .strictObject({ initialEnd: period.optional().meta({ description: 'Einde van de eerste looptijd volgens de bron, zo precies als de bron (2020, of 2028-12-31); de controle rekent een dag na waar dat kan.' }), maxEnd: period.optional().meta({ description: 'Einde met alle verlengingen volgens de bron, zo precies als de bron; de controle rekent een dag na waar dat kan.' }) })
      .optional().meta({ description: 'Einddatums zoals de bron ze noemt; npm run check vergelijkt ze met start, looptijd en verlengingen als die vastliggen.' }),
    note: text.optional().meta({ description: 'Toelichting op het contract, bijvoorbeeld als de bron zichzelf tegenspreekt.' }),
  })
  .superRefine((contract, ctx) => {
    if (!contract.initialTerm && Array.isArray(contract.extensions)) {
      ctx.addIssue({ code: 'custom', path: ['extensions'], message: 'verlengingen zonder eerste looptijd kunnen niet worden berekend; vul initialTerm in' });
    }
    const computed = contractDates(contract);
    if (!computed) return;
    const check = (field: 'initialEnd' | 'maxEnd', value: string | null) => {
      const stated = contract.stated?.[field];
      if (stated && value && (stated.start > value || stated.end < value)) {
        ctx.addIssue({
          code: 'custom',
          path: ['stated', field],
          message: `de bron noemt ${formatPeriod(stated)}, maar start + looptijd geeft ${formatDate(value)}; controleer start, initialTerm en extensions`,
        });
      }
    };
    check('initialEnd', computed.initialEnd);
    check('maxEnd', computed.maxEnd);
  });

const milestoneSchema = z.strictObject({
  /** Stable id; documents of the same traject that share an id describe the same step (used to show moved dates). */
  id: slug.meta({ description: 'Vaste id van de stap; latere documenten van hetzelfde traject gebruiken dezelfde id, zodat de site verschoven datums toont.' }),
  label: text.meta({ description: 'Naam van de stap.' }),
  /** Date or period with its real precision: 2024-W16, 2024-09/2024-10, 2025-Q2/2025-Q3, 2024-05-21T12:00 … */
  when: period.meta({ description: 'Datum of periode met de echte precisie, bijvoorbeeld 2024-W16, 2024-09/2024-10 of 2024-05-21T12:00.' }),
  /** Wording of the source where the notation cannot express it, e.g. "26 sept./24 okt. 2024". */
  display: text.optional().meta({ description: 'De woorden van de bron als de notatie ze niet kan uitdrukken, bijvoorbeeld "26 sept./24 okt. 2024".' }),
  kind: oneOf(MILESTONE_KINDS).default('overig').meta({ description: 'Soort stap, bijvoorbeeld besluit, publicatie, deadline of start; standaard overig.' }),
  /** 'vastgesteld' for a date that is fixed or has happened; 'voornemen' for a planned date. */
  certainty: certainty.meta({ description: "Hoe zeker de datum is: 'vastgesteld' (vast of al gebeurd), 'voornemen' (gepland), 'mogelijk', 'in-onderzoek' of 'onbekend'." }),
  /** Who does it, e.g. "Colleges van B&W". */
  actor: text.optional().meta({ description: 'Wie de stap zet, bijvoorbeeld "Colleges van B&W".' }),
  /** Sub-steps listed under the milestone. */
  steps: z.array(text).default([]).meta({ description: 'Deelstappen van deze stap.' }),
  note: text.optional().meta({ description: 'Toelichting bij de stap.' }),
});


/** Anchor (heading id) of a section; GitHub-style, so accents stay: "bibob-en-financiële-toets". */
const anchor = z.string().regex(/^[\p{Ll}\p{N}_-]+$/u, { error: 'verwacht het anker van een kop, in kleine letters met streepjes, zoals "bibob-en-financiële-toets"' });

const requirementSchema = z.strictObject({
  id: slug.meta({ description: 'Vaste id van de eis.' }),
  kind: oneOf(REQUIREMENT_KINDS).meta({ description: 'Soort eis, bijvoorbeeld uitsluitingsgrond, geschiktheidseis, kwaliteit of bibob.' }),
  /** Short name, e.g. "Bibob-formulier". */
  title: text.meta({ description: 'Korte naam van de eis, bijvoorbeeld "Bibob-formulier".' }),
  /** What is asked, in plain Dutch. */
  description: text.meta({ description: 'Wat er wordt gevraagd, in eenvoudige taal.' }),
  /** 'uitsluitend': not meeting it excludes you; 'aandacht': it needs work but does not exclude. */
  effect: oneOf(REQUIREMENT_EFFECTS).meta({ description: "Gevolg: 'uitsluitend' (wie niet voldoet, valt af) of 'aandacht' (een aandachtspunt dat werk vraagt)." }),
  /** Whether the document fixes it, intends it, or is still investigating it. */
  certainty: certainty.meta({ description: 'Staat de eis vast (vastgesteld), is het een voornemen, een mogelijkheid, wordt het onderzocht (in-onderzoek), of blijkt het niet uit de bron (onbekend)? Alleen een vastgestelde uitsluitende eis kan in de zelftest uitsluiten.' }),
  /** Evidence a provider should prepare. */
  evidence: z.array(text).default([]).meta({ description: 'Bewijs dat een aanbieder klaar moet hebben.' }),
  /** Anchor (heading id) of the section of the page that states it; GitHub-style, so accents stay: "bibob-en-financiële-toets". */
  section: anchor.meta({ description: 'Anker van de kop in de tekst waar de eis staat: de kop in kleine letters met streepjes, accenten blijven, zoals "bibob-en-financiële-toets".' }),
  /** The question a provider answers in the self-check ("Heeft uw organisatie …?"). */
  question: text.optional().meta({ description: 'De vraag aan de aanbieder in de zelftest "Kan ik meedoen?", bijvoorbeeld "Heeft uw organisatie …?".' }),
  /** Limits the requirement to some segments or lots (ids); empty = all. */
  appliesTo: z.array(slug).default([]).meta({ description: "Id's van de segmenten of percelen waarvoor de eis geldt; leeg betekent alle." }),
});

const riskSchema = z.strictObject({
  /** Whose perspective, e.g. "Cliënt", "Aanbieders", "Gemeente". */
  stakeholder: text.optional().meta({ description: 'Vanuit wie het risico wordt bekeken, bijvoorbeeld "Cliënt", "Aanbieders" of "Gemeente".' }),
  /** Criterion or theme, e.g. "Toegang". */
  criterion: text.optional().meta({ description: 'Criterium of thema, bijvoorbeeld "Toegang".' }),
  risk: text.meta({ description: 'Het risico.' }),
  measures: z.array(text).min(1, { error: 'noem minstens één beheersmaatregel' }).meta({ description: 'Beheersmaatregelen tegen het risico (minstens één).' }),
});

/** A tariff as the document states it: amount per unit (iWmo unit list), frequency apart, for one year. */
const tariffSchema = z.strictObject({
  /** Year the amount applies to. */
  year: count.min(2015).max(2100).meta({ description: 'Jaar waarin het tarief geldt.' }),
  /** Amount per unit in euro cents (€ 56,64 is 5664). */
  amountCents: count.min(1, { error: 'een tarief is meer dan € 0' }).meta({ description: 'Bedrag per eenheid in centen (€ 56,64 is 5664).' }),
  unit: z.unknown().transform((value, ctx) => {
    if ((TARIFF_UNITS as readonly unknown[]).includes(value)) return value as TariffUnit;
    const known = TARIFF_UNITS.map((u) => `'${u}'`).join(', ');
    ctx.addIssue({ code: 'custom', message: (TARIFF_FREQUENCIES as readonly unknown[]).includes(value)
      ? `'${String(value)}' is een frequentie, geen eenheid: zet het onder frequency en kies als eenheid een van ${known}`
      : `verwacht een eenheid uit de iWmo-eenhedenlijst: een van ${known}; kreeg ${JSON.stringify(value)}` });
    return z.NEVER;
  }).meta({ type: 'string', enum: [...TARIFF_UNITS], description: "Eenheid uit de iWmo-eenhedenlijst: minuut, uur, dagdeel, etmaal, stuks of euro's." }),
  /** How often, apart from the unit: "per week" is a frequency, not a unit. */
  frequency: oneOf(TARIFF_FREQUENCIES).optional().meta({ description: "Frequentie, los van de eenheid: per week, per maand of per periode; weglaten als de bron die niet noemt." }),
  /** What the amount is indexed with, as the source says it (e.g. an index and its year). */
  indexation: text.optional().meta({ description: 'Waarmee het tarief wordt geïndexeerd, zoals de bron het zegt; weglaten als de bron het niet noemt.' }),
  certainty: certainty.meta({ description: 'Hoe zeker het document dit tarief noemt.' }),
  note: text.optional().meta({ description: 'Toelichting bij het tarief.' }),
});

export function documentSchema(ref: ReferenceFactory) {
  const productEntry = z.strictObject({
    product: ref('producten').meta({ description: 'Id van het product in content/producten/.' }),
    /** How this document calls it: bouwsteen, segment, specialisme, product. */
    kind: oneOf(['product', 'bouwsteen', 'segment', 'specialisme', 'productgroep'] as const).default('product').meta({ description: 'Hoe dit document het noemt: product (standaard), bouwsteen, segment, specialisme of productgroep.' }),
    /** How it is bought for the participating municipalities; absent when the source does not say. */
    channel: oneOf(PURCHASING_CHANNELS).optional().meta({ description: 'Hoe het wordt ingekocht: regionale-inkoop, lokale-inkoop (de gemeente zelf), aparte-aanbesteding, andere-regio of niet-ingekocht; weglaten als de bron het niet zegt (de site toont dan "niet genoemd").' }),
    /** How firmly the document says it is bought this way. */
    certainty: certainty.meta({ description: 'Hoe zeker het document zegt dat dit zo wordt ingekocht.' }),
    /** Only these municipalities (of the document's); absent: all participating municipalities. */
    municipalities: z.array(ref('gemeenten')).min(1).optional().meta({ description: "Alleen voor deze gemeenten (id's uit de deelnemende gemeenten); weglaten: voor alle deelnemende gemeenten." }),
    /** Domain(s) it is bought under in this document; absent: the document's domains. */
    domains: z.array(domain).min(1).optional().meta({ description: "Domein(en) waaronder het in dit document wordt ingekocht ('Wmo', 'Jeugdhulp'); weglaten: de domeinen van het document." }),
    /** Municipalities where it is bought differently. */
    exceptions: z
      .array(
        z.strictObject({
          municipality: ref('gemeenten').meta({ description: 'Id van de gemeente in content/gemeenten/.' }),
          channel: oneOf(PURCHASING_CHANNELS).meta({ description: 'Hoe deze gemeente het inkoopt (dezelfde waarden als channel).' }),
          note: text.optional().meta({ description: 'Toelichting bij de uitzondering.' }),
        }),
      )
      .default([]).meta({ description: 'Gemeenten waar het product anders wordt ingekocht.' }),
    /** Tariffs the document states for this product: per unit and year, with the indexation basis. */
    tariffs: z.array(tariffSchema).min(1, { error: "laat tariffs weg als de bron geen tarief noemt" }).optional().meta({ description: 'Tarieven die het document voor dit product noemt: per eenheid en jaar, met de indexatiebasis. Weglaten als de bron geen tarief noemt.' }),
    note: text.optional().meta({ description: 'Toelichting bij het product in dit document.' }),
  });

  const lotSchema = z.strictObject({
    id: slug.meta({ description: 'Vaste id van het perceel, gelijk in latere documenten.' }),
    /** Lot number as in the source, if any ("1" … "6"). */
    number: z.union([z.number().int(), text]).transform(String).optional().meta({ description: 'Nummer van het perceel zoals in de bron, bijvoorbeeld 1 of "1a".' }),
    name: text.meta({ description: 'Naam van het perceel.' }),
    domain: domain.meta({ description: "Domein van het perceel: 'Wmo' of 'Jeugdhulp'." }),
    products: z.array(ref('producten')).default([]).meta({ description: "Id's van de producten in het perceel (content/producten/)." }),
    /** 'per-gemeente': one lot per participating municipality (a matrix); 'regionaal': one lot for all; 'gemeenten': one lot for the municipalities listed. */
    scope: oneOf(LOT_SCOPES).meta({ description: "'per-gemeente': één perceel per deelnemende gemeente (een matrix); 'regionaal': één perceel voor alle deelnemende gemeenten; 'gemeenten': één perceel voor de gemeenten onder municipalities." }),
    /** With scope 'gemeenten': the municipalities the lot is for (of the document's). */
    municipalities: z.array(ref('gemeenten')).min(1).optional().meta({ description: "Bij scope 'gemeenten': voor welke deelnemende gemeenten dit perceel is." }),
    /** How firmly the document says this lot is tendered. */
    certainty: certainty.meta({ description: 'Hoe zeker het document dit perceel noemt.' }),
    note: text.optional().meta({ description: 'Toelichting bij het perceel.' }),
  });

  const otherProcurementSchema = z.strictObject({
    id: slug.meta({ description: 'Vaste id van het aangekondigde traject, gelijk in latere documenten.' }),
    label: text.meta({ description: 'Naam van het aangekondigde traject.' }),
    products: z.array(ref('producten')).default([]).meta({ description: "Id's van de producten in dit traject (content/producten/)." }),
    /** When the new contract starts or must be in place. */
    contractStart: period.optional().meta({ description: 'Wanneer het nieuwe contract begint of er moet zijn (datum of periode).' }),
    contract: contractSchema.optional().meta({ description: 'Een volledig contract, met dezelfde velden als procurement.contract.' }),
    /** How firmly the document announces it. */
    certainty: certainty.meta({ description: 'Hoe zeker het document dit traject aankondigt.' }),
    note: text.optional().meta({ description: 'Toelichting bij het aangekondigde traject.' }),
  });

  /**
   * One change a later document makes to an earlier one, e.g.
   * `{ milestone: publicatie, set: { when: 2024-04-23 } }`,
   * `{ product: praktische-begeleiding, add: { kind: product, certainty: vastgesteld } }`,
   * `{ requirement: bibob, remove: true }`. `set` takes the item's own fields,
   * checked as in the item itself; `add` takes a whole new item.
   */
  const items = {
    milestone: { schema: milestoneSchema, key: 'id' },
    product: { schema: productEntry, key: 'product' },
    requirement: { schema: requirementSchema, key: 'id' },
    lot: { schema: lotSchema, key: 'id' },
    otherProcurement: { schema: otherProcurementSchema, key: 'id' },
    contract: { schema: contractSchema, key: undefined },
  } as const;
  const changeSchema = z.unknown().transform((raw, ctx): ParsedChange => {
    const fail = (message: string, path: PropertyKey[] = []) => {
      ctx.addIssue({ code: 'custom', message, path });
      return z.NEVER;
    };
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return fail('verwacht een wijziging zoals { milestone: publicatie, set: { when: 2024-04-23 } }');
    const change = raw as Record<string, unknown>;
    const targets = SUPERSESSION_TARGETS.filter((t) => t in change);
    if (targets.length !== 1) return fail(`noem precies één van ${SUPERSESSION_TARGETS.map((t) => `'${t}'`).join(', ')}: wat in het eerdere document verandert`);
    const target = targets[0]!;
    const ops = (['set', 'add', 'remove'] as const).filter((o) => o in change);
    if (ops.length !== 1) return fail("noem precies één van 'set' (velden wijzigen), 'add' (toevoegen) of 'remove: true' (vervalt)");
    const op = ops[0]!;
    const unknown = Object.keys(change).filter((k) => k !== target && k !== op && k !== 'note');
    if (unknown.length) return fail(`onbekend veld ${unknown.map((k) => `'${k}'`).join(', ')}`);
    const note = change.note === undefined ? undefined : text.safeParse(change.note);
    if (note && !note.success) return fail('toelichting (note) mag niet leeg zijn', ['note']);
    const { schema, key } = items[target];
    let id: string | undefined;
    if (target === 'contract') {
      if (change.contract !== true) return fail("schrijf 'contract: true' om het contract van het eerdere document te wijzigen", ['contract']);
      if (op !== 'set') return fail("het contract kan alleen gewijzigd worden met 'set'", [op]);
    } else {
      const parsedId = slug.safeParse(change[target]);
      if (!parsedId.success) return fail(`verwacht de id van een ${target} in het eerdere document`, [target]);
      id = parsedId.data;
    }
    const base = { target, ...(id ? { id } : {}), ...(note?.success ? { note: note.data } : {}) };
    if (op === 'remove') {
      if (change.remove !== true) return fail("schrijf 'remove: true'", ['remove']);
      return { ...base, op };
    }
    if (op === 'add') {
      if (!change.add || typeof change.add !== 'object') return fail('verwacht het hele nieuwe onderdeel onder add', ['add']);
      const parsed = (schema as z.ZodType).safeParse({ ...(change.add as object), [key!]: id });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: ['add', ...issue.path] });
        return z.NEVER;
      }
      return { ...base, op, item: parsed.data };
    }
    if (!change.set || typeof change.set !== 'object' || Array.isArray(change.set)) return fail('verwacht onder set de velden die veranderen, zoals { when: 2024-04-23 }', ['set']);
    const shape = (schema as unknown as { shape: Record<string, z.ZodType> }).shape;
    const values: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(change.set)) {
      if (field === key) return fail(`'${field}' is de id en kan niet veranderen`, ['set', field]);
      const fieldSchema = shape[field];
      if (!fieldSchema) return fail(`onbekend veld '${field}'; ${target} heeft ${Object.keys(shape).filter((k) => k !== key).join(', ')}`, ['set', field]);
      const parsed = fieldSchema.safeParse(value);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: ['set', field, ...issue.path] });
        return z.NEVER;
      }
      values[field] = parsed.data;
    }
    if (Object.keys(values).length === 0) return fail('noem minstens één veld onder set', ['set']);
    return { ...base, op, values };
  }).meta({ type: 'object', description: 'Een wijziging van een eerder document: milestone/product/requirement/lot/otherProcurement met de id, of contract: true; met set (velden), add (nieuw onderdeel) of remove: true' });

  const supersessionSchema = z.strictObject({
    /** The earlier document that this one changes. */
    document: ref('kaders').meta({ description: 'Het eerdere document (slug) dat dit document wijzigt.' }),
    /** Anchor of the section of this document that says so. */
    section: anchor.optional().meta({ description: 'Anker van de kop in dit document waar de wijziging staat.' }),
    changes: z.array(changeSchema).min(1, { error: 'noem minstens één wijziging' }).meta({ description: 'De wijzigingen, elk één onderdeel van het eerdere document.' }),
  });

  const segmentSchema = z.strictObject({
    id: slug.meta({ description: 'Vaste id van het segment.' }),
    name: text.meta({ description: 'Naam van het segment.' }),
    /** Who the segment is for, in the source's terms. */
    targetGroup: text.meta({ description: 'Voor wie het segment is, in de woorden van de bron.' }),
    /** Age rule, for the resident's segment check: from 18, until the AOW age. */
    age: z
      .strictObject({
        min: z.union([count, z.literal('aow')]).optional().meta({ description: "Vanaf deze leeftijd: een getal of 'aow' (de AOW-leeftijd)." }),
        maxExclusive: z.union([count, z.literal('aow')]).optional().meta({ description: "Tot (niet tot en met) deze leeftijd: een getal of 'aow' (de AOW-leeftijd)." }),
      })
      .default({}).meta({ description: 'Leeftijdsregel van het segment, voor de rekenhulp die inwoners hun segment laat vinden.' }),
    focus: z.array(text).default([]).meta({ description: 'Waar het segment op gericht is.' }),
    note: text.optional().meta({ description: 'Toelichting bij het segment.' }),
  });

  return z
    .strictObject({
      /** Full title as on the source document. */
      title: text.meta({ description: 'Volledige titel zoals op het brondocument.' }),
      /** Short title for lists and breadcrumbs. */
      shortTitle: text.meta({ description: 'Korte titel voor lijsten en het kruimelpad, met de regio vooraan.' }),
      documentType: oneOf(DOCUMENT_TYPES).meta({ description: 'Soort document: inkoopkader, inkoopstrategie, raadsinformatiebrief of presentatie.' }),
      status: oneOf(DOCUMENT_STATUSES).meta({ description: 'concept of definitief; bij concept toont de site overal een label Concept.' }),
      /** Nuance on the status, e.g. "Concept-inkoopstrategie, versie 'definitief' van 21 juni 2024". */
      statusNote: text.optional().meta({ description: 'Toelichting op de status, bijvoorbeeld "Concept-inkoopstrategie, versie \'definitief\' van 21 juni 2024".' }),
      /** Date of the document with its precision (an undated letter: the month). */
      published: period.meta({ description: 'Datum of periode van het document, zo precies als de bron; een brief zonder datum krijgt de maand.' }),
      /** How the date was established when the source has none. */
      publishedNote: text.optional().meta({ description: 'Hoe de datum is bepaald als de bron er geen heeft.' }),
      /** Who issued it. */
      publisher: text.meta({ description: 'Wie het document uitgeeft.' }),
      region: ref('regios').meta({ description: 'Id van de regio in content/regios/.' }),
      /** Participating municipalities (may differ from the region's members). */
      municipalities: z.array(ref('gemeenten')).min(1, { error: 'noem minstens één deelnemende gemeente' }).meta({ description: "Id's van de deelnemende gemeenten in content/gemeenten/ (minstens één); kan afwijken van de leden van de regio." }),
      domains: z.array(domain).min(1, { error: "noem minstens één domein: 'Wmo' of 'Jeugdhulp'" }).meta({ description: "Domeinen van het document: 'Wmo' en/of 'Jeugdhulp' (minstens één)." }),
      /** Id of the procurement (inkooptraject) this document belongs to; documents with the same traject are compared. */
      traject: slug.meta({ description: 'Id van de inkoop (het inkooptraject) waar het document bij hoort; documenten met hetzelfde traject worden vergeleken.' }),
      /** Other documents on this site that readers should see with this one. */
      related: z.array(ref('kaders')).default([]).meta({ description: 'Slugs van andere documenten op deze site die lezers erbij moeten zien.' }),
      source: sourceSchema.meta({ description: 'Het brondocument waaruit deze pagina is geschreven.' }),
      /** Plain-language summary for residents (B1), 2–6 sentences. */
      summary: text.meta({ description: 'Samenvatting in eenvoudige taal (B1) voor inwoners, 2 tot 6 zinnen.' }),
      /** Extra search words, e.g. parts of Dutch compounds. */
      keywords: z.array(text).default([]).meta({ description: 'Extra zoekwoorden, bijvoorbeeld delen van samengestelde woorden.' }),
      /** Overrides the last-updated date taken from git history. */
      lastUpdated: isoDate.optional().meta({ description: 'Vervangt de datum "Laatst bijgewerkt" die de site uit de versiegeschiedenis (git) haalt.' }),

      procurement: z.strictObject({
        method: oneOf(PROCUREMENT_METHODS).meta({ description: 'De inkoopvorm: europese-aanbesteding-sas, aanbesteding, open-house, onderhandse-aanbesteding of subsidie.' }),
        /** The method as the document names it, e.g. "Europese aanbesteding voor een SAS-dienst (verlicht regime)". */
        methodLabel: text.meta({ description: 'De inkoopvorm in de woorden van het document, bijvoorbeeld "Europese aanbesteding voor een SAS-dienst (verlicht regime)".' }),
        agreementType: oneOf(AGREEMENT_TYPES).optional().meta({ description: 'Soort overeenkomst: raamovereenkomst, toelatingsovereenkomst, overeenkomst of subsidie.' }),
        /** Null when the document sets no contract start. */
        contract: contractSchema.nullable().meta({ description: 'Start, looptijd en verlengingen van het contract; null als het document geen startdatum noemt.' }),
        /** Number of providers the document aims at, e.g. "circa 12 à 15 per segment". */
        providersTarget: z
          .strictObject({
            /** The source's words. */
            text: text.meta({ description: 'Het beoogde aantal in de woorden van het document.' }),
            count: countBound.optional().meta({ description: 'Het aantal met zijn grens: { exact: 10 }, { min: 12, max: 15, approx: true } ("circa 12 à 15"), { min: 3, openEnded: true } ("minimaal drie, geen maximum").' }),
            /** Per what, e.g. "segment"; absent: in total. */
            per: text.optional().meta({ description: 'Per wat, bijvoorbeeld "segment"; weglaten: in totaal.' }),
            certainty: certainty.meta({ description: 'Hoe zeker het document dit aantal noemt.' }),
          })
          .optional().meta({ description: 'Hoeveel aanbieders het document wil contracteren, bijvoorbeeld "circa 12 à 15 per segment".' }),
        /** SROI obligation, for the SROI calculator. */
        sroi: z
          .strictObject({
            percentage: z.number().nonnegative().max(100).meta({ description: 'Het SROI-percentage, van 0 tot 100.' }),
            /** Over what the percentage is taken; 'niet-genoemd' when the source does not say. */
            basis: oneOf(['opdrachtwaarde', 'omzet', 'niet-genoemd'] as const).meta({ description: "Waarover het percentage gaat: opdrachtwaarde of omzet; 'niet-genoemd' als de bron het niet zegt." }),
            /** Part that may be delivered through an MVO building block, in percentage points. */
            mvoPercentage: z.number().nonnegative().max(100).optional().meta({ description: 'Deel dat via een MVO-bouwsteen mag worden ingevuld, in procentpunten.' }),
            certainty: certainty.meta({ description: 'Hoe zeker de SROI-eis is: vastgesteld, voornemen, mogelijk, in-onderzoek of onbekend.' }),
            note: text.optional().meta({ description: 'Toelichting bij de SROI-verplichting.' }),
          })
          .array()
          .default([]).meta({ description: 'Social return-verplichtingen (SROI), voor de SROI-rekenhulp.' }),
        /** Open House: the fixed moments at which providers can join (toetreding), as the source states them. */
        entryWindows: z
          .array(
            z.strictObject({
              /** The moment or period, with the precision of the source: 2027-01-01/2027-01-31, 2027-Q1. */
              when: period.meta({ description: 'Het toetredingsmoment of de periode waarin aanbieders zich kunnen aanmelden, zo precies als de bron: 2027-Q1, of 2027-01-01/2027-01-31. Een periode die eindigt vóór het begin is een fout.' }),
              certainty: certainty.meta({ description: "Hoe zeker het document dit moment noemt: 'vastgesteld' of 'voornemen' (gepland), 'mogelijk', 'in-onderzoek' of 'onbekend'." }),
              note: text.optional().meta({ description: 'Toelichting, bijvoorbeeld voor welke productgroepen het moment geldt.' }),
            }),
          )
          .default([])
          .meta({ description: 'Alleen bij Open House: de vaste momenten waarop nieuwe aanbieders kunnen toetreden, zoals de bron ze noemt. Weglaten als de bron geen momenten noemt; verzin ze niet. De site toont het volgende moment bij de stand van zaken.' }),
        /** Other procurements the document announces (with their own contract dates). */
        otherProcurements: z.array(otherProcurementSchema).default([]).meta({ description: 'Andere inkooptrajecten die het document aankondigt, met hun eigen contractdatums.' }),
      }).meta({ description: 'Hoe er wordt ingekocht: inkoopvorm, overeenkomst, contract, SROI en aangekondigde trajecten.' }),

      /** Products bought (bouwstenen, segmenten, specialismen …) and where. */
      products: z.array(productEntry).default([]).meta({ description: 'Wat er wordt ingekocht (bouwstenen, segmenten, specialismen …) en hoe.' }),
      /** Segments with their target group (Kampen: tijdelijk, structureel, ouderen). */
      segments: z.array(segmentSchema).default([]).meta({ description: 'Segmenten met hun doelgroep, zoals in Kampen (tijdelijk, structureel, ouderen).' }),
      /** Lots (percelen). */
      lots: z.array(lotSchema).default([]).meta({ description: 'Percelen.' }),

      funding: z
        .strictObject({
          models: z
            .array(
              z.strictObject({
                model: oneOf(FUNDING_MODELS).meta({ description: 'Bekostigingsmodel: inspanningsgericht, taakgericht, resultaatgericht, vast-budget of subsidie.' }),
                /** Which products or segments it applies to. */
                appliesTo: text.optional().meta({ description: 'Voor welke producten of segmenten het model geldt.' }),
                description: text.meta({ description: 'Uitleg van het model in eenvoudige taal.' }),
                certainty: certainty.meta({ description: 'Hoe zeker het document dit bekostigingsmodel noemt.' }),
              }),
            )
            .default([]).meta({ description: 'Bekostigingsmodellen: hoe aanbieders worden betaald.' }),
          /** How real prices are set (AMvB reële prijs Wmo 2015). */
          realPrice: text.optional().meta({ description: 'Hoe de reële prijs wordt bepaald (AMvB reële prijs Wmo 2015).' }),
          /** How spending is kept within budget: open-end scheme, spending limits (bestedingsruimte, plafond) per provider or lot. */
          budgetControl: text.optional().meta({ description: 'Hoe de uitgaven binnen het budget blijven: open einde, bestedingsruimte of plafond per aanbieder of perceel.' }),
          /** Yearly indexation rule. */
          indexation: z.strictObject({ basis: oneOf(['cao', 'ova-pcc', 'anders', 'onbekend'] as const).meta({ description: 'Grondslag van de indexatie: cao, ova-pcc, anders of onbekend.' }), description: text.meta({ description: 'Uitleg van de indexatie.' }) }).optional().meta({ description: 'Jaarlijkse indexatie van de tarieven.' }),
          /** Tariffs where the document gives them. */
          tariffs: z
            .array(
              z.strictObject({
                product: ref('producten').optional().meta({ description: 'Id van het product in content/producten/.' }),
                label: text.meta({ description: 'Naam van het tarief.' }),
                unit: oneOf(['uur', 'dagdeel', 'etmaal', 'week', '4-weken', 'maand', 'traject'] as const).meta({ description: 'Eenheid: uur, dagdeel, etmaal, week, 4-weken, maand of traject.' }),
                /** Amount in euro cents. */
                amountCents: count.meta({ description: 'Bedrag in centen (€ 65,40 is 6540).' }),
                year: count.meta({ description: 'Jaar waarvoor het tarief geldt.' }),
                note: text.optional().meta({ description: 'Toelichting bij het tarief.' }),
              }),
            )
            .default([]).meta({ description: 'Tarieven, als het document ze noemt.' }),
        })
        .default({ models: [], tariffs: [] }).meta({ description: 'Hoe aanbieders worden betaald: modellen, reële prijs, budget, indexatie en tarieven.' }),

      milestones: z.array(milestoneSchema).default([]).meta({ description: 'De planning: de stappen van de inkoop.' }),
      figures: z.array(figureSchema).default([]).meta({ description: 'Cijfertabellen, zoals omzet of aantallen cliënten per jaar.' }),
      requirements: z.array(requirementSchema).default([]).meta({ description: 'Eisen aan aanbieders; ook de vragen van de zelftest.' }),
      awardCriteria: z.array(z.strictObject({ title: text.meta({ description: 'Naam van het gunningscriterium.' }), description: text.optional().meta({ description: 'Uitleg van het criterium.' }), weight: text.optional().meta({ description: 'Weging zoals in de bron, bijvoorbeeld "40%".' }), certainty: certainty.meta({ description: 'Hoe zeker het document dit criterium noemt.' }) })).default([]).meta({ description: 'Gunningscriteria.' }),
      /** What the document allows (e.g. "combinaties en onderaanneming toegestaan"): never a requirement, never asked in the self-check. */
      permissions: z.array(z.strictObject({
        id: slug.meta({ description: 'Vaste id van wat is toegestaan.' }),
        title: text.meta({ description: 'Korte naam, bijvoorbeeld "Combinaties en onderaanneming".' }),
        description: text.meta({ description: 'Wat is toegestaan, in eenvoudige taal.' }),
        section: anchor.meta({ description: 'Anker van de kop in de tekst waar het staat.' }),
      })).default([]).meta({ description: 'Wat het document toestaat (bijvoorbeeld "combinaties en onderaanneming toegestaan"): geen eis, en de zelftest vraagt er niet naar.' }),
      /** Earlier documents whose procurement this one follows up (another procurement, not a change to it: that is `supersedes`). */
      follows: z
        .array(
          z.strictObject({
            document: ref('kaders').meta({ description: 'Slug van het eerdere document waarvan dit document de inkoop opvolgt.' }),
            /** For what this document follows it, in the source's words: "Wmo-begeleiding en dagbesteding". */
            scope: text.meta({ description: 'Waarvoor dit document het eerdere opvolgt, bijvoorbeeld "Wmo-begeleiding en dagbesteding"; niet breder dan de bron zegt.' }),
            section: anchor.optional().meta({ description: 'Anker van de kop in dit document waar de bron het zegt.' }),
            note: text.optional().meta({ description: 'Wat de bron precies zegt, en wat wij afleiden.' }),
          }),
        )
        .default([])
        .meta({ description: 'Eerdere documenten waarvan dit document de inkoop opvolgt: een nieuwe inkoop na de vorige, geen wijziging van die vorige (daarvoor is supersedes). De pagina en de zelftest van het eerdere document wijzen dan naar dit document.' }),
      /** Statements of earlier documents of the same procurement that this document changes (see src/lib/document/supersession.ts). */
      supersedes: z.array(supersessionSchema).default([]).meta({ description: 'Wat dit document verandert aan een eerder document van dezelfde inkoop: per uitspraak de nieuwe waarde. De pagina’s en open data van het eerdere document tonen dan de nieuwe waarde, met de oude als geschiedenis.' }),
      risks: z.array(riskSchema).default([]).meta({ description: "Risico's en beheersmaatregelen." }),

      /** Versions of this document (concept → definitief, amendments), newest last. */
      versions: z
        .array(z.strictObject({ date: period.meta({ description: 'Datum of periode van de versie.' }), label: text.meta({ description: 'Naam van de versie, bijvoorbeeld "Definitief".' }), description: text.meta({ description: 'Wat er in deze versie veranderde, in één of twee zinnen.' }) }))
        .default([]).meta({ description: 'Versies van dit document (concept, definitief, wijzigingen), oudste eerst.' }),
    })
    .superRefine((doc, ctx) => {
      const unique = (items: { id: string }[], field: string) => {
        const seen = new Set<string>();
        items.forEach((item, i) => {
          if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [field, i, 'id'], message: `id '${item.id}' komt twee keer voor` });
          seen.add(item.id);
        });
      };
      unique(doc.milestones, 'milestones');
      unique(doc.figures, 'figures');
      unique(doc.requirements, 'requirements');
      unique(doc.lots, 'lots');
      unique(doc.segments, 'segments');
      unique(doc.permissions, 'permissions');
      // Scope: a lot or product can be for some of the participating municipalities, never for others.
      const participating = new Set(doc.municipalities.map((m) => m.id));
      const outside = (list: { id: string }[] | undefined, path: PropertyKey[]) =>
        (list ?? []).forEach((m, j) => {
          if (!participating.has(m.id)) {
            ctx.addIssue({ code: 'custom', path: [...path, j], message: `'${m.id}' doet niet mee aan dit document; deelnemende gemeenten: ${[...participating].join(', ')}` });
          }
        });
      doc.lots.forEach((lot, i) => {
        if (lot.scope === 'gemeenten' && !lot.municipalities) {
          ctx.addIssue({ code: 'custom', path: ['lots', i, 'municipalities'], message: "bij scope 'gemeenten' noemt u de gemeenten van dit perceel" });
        }
        if (lot.scope !== 'gemeenten' && lot.municipalities) {
          ctx.addIssue({ code: 'custom', path: ['lots', i, 'municipalities'], message: "gemeenten per perceel horen bij scope 'gemeenten'" });
        }
        outside(lot.municipalities, ['lots', i, 'municipalities']);
      });
      doc.products.forEach((p, i) => outside(p.municipalities, ['products', i, 'municipalities']));
      const targets = new Set([...doc.segments.map((s) => s.id), ...doc.lots.map((l) => l.id)]);
      doc.requirements.forEach((r, i) =>
        r.appliesTo.forEach((id, j) => {
          if (!targets.has(id)) {
            ctx.addIssue({ code: 'custom', path: ['requirements', i, 'appliesTo', j], message: `onbekend segment of perceel '${id}'; bekend zijn: ${[...targets].join(', ') || '(geen)'}` });
          }
        }),
      );
    });
}

export type DocumentData = z.output<ReturnType<typeof documentSchema>>;
