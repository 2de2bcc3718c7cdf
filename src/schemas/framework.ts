/**
 * The one model of a procurement document (inkoopkader, inkoopstrategie,
 * raadsinformatiebrief, presentatie) and the procurement it describes.
 * Written as the frontmatter of content/kaders/<slug>/index.mdx. Pages,
 * islands, the API, search filters and calendar feeds all read from it.
 */
import { z } from 'astro/zod';
import { computeContractTerm } from '../lib/contract-term.ts';
import { formatDate } from '../lib/period.ts';
import { figureSchema } from './figure.ts';
import { count, domain, isoDate, oneOf, period, slug, termLength, text, type ReferenceFactory } from './fields.ts';

export const DOCUMENT_TYPES = ['inkoopkader', 'inkoopstrategie', 'raadsinformatiebrief', 'presentatie'] as const;
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
export const MILESTONE_KINDS = [
  'besluit', 'consultatie', 'bijeenkomst', 'voorbereiding', 'publicatie', 'deadline',
  'inschrijving', 'gunning', 'implementatie', 'start', 'overig',
] as const;
export const REQUIREMENT_KINDS = [
  'uitsluitingsgrond', 'geschiktheidseis', 'kwaliteit', 'bibob', 'financiele-toets',
  'governance', 'sroi', 'programma-van-eisen', 'werkwijze', 'overig',
] as const;
export const REQUIREMENT_EFFECTS = ['uitsluitend', 'aandacht'] as const;
export const INTENT_STATUSES = ['vastgesteld', 'voornemen', 'in-onderzoek'] as const;

/** The source document a page was written from. */
const sourceSchema = z.strictObject({
  /** Title exactly as on the source. */
  title: text.meta({ description: 'Titel precies zoals op het brondocument.' }),
  /** Who issued it, e.g. "College van burgemeester en wethouders van Nijmegen". */
  publisher: text.meta({ description: 'Wie de bron uitgaf, bijvoorbeeld "College van burgemeester en wethouders van Nijmegen".' }),
  /** Date or period of the source (see src/lib/period.ts). */
  date: period.meta({ description: 'Datum of periode van de bron, zo precies als de bron zelf (zie de notatie bij published).' }),
  /** File name in the seed archive, e.g. "presentatie-inkoop-wmo-segmenten-kampen-2024.txt". */
  file: text.meta({ description: 'Bestandsnaam van de bron in het archief, bijvoorbeeld "presentatie-inkoop-wmo-segmenten-kampen-2024.txt".' }),
  /** What we could not take over (e.g. a picture without figures) and how we handled it. */
  note: text.optional().meta({ description: 'Wat niet is overgenomen (bijvoorbeeld een plaatje zonder cijfers) en hoe dat is opgelost.' }),
});

/** Start, initial term and extension options; the end dates are computed. */
const contractSchema = z
  .strictObject({
    start: isoDate.meta({ description: 'Eerste dag van het contract, als datum JJJJ-MM-DD.' }),
    /** Null when the document sets no term. */
    initialTerm: termLength.nullable().meta({ description: 'Eerste looptijd in jaren of maanden, bijvoorbeeld { years: 4 }; null als het document er geen noemt.' }),
    extensions: z.array(termLength).default([]).meta({ description: 'Verlengingsopties in volgorde, elk met een eigen lengte, bijvoorbeeld [{ years: 2 }, { years: 2 }].' }),
    /** End dates as the source states them; checked against the computed ones. */
    stated: z
      .strictObject({ initialEnd: isoDate.optional().meta({ description: 'Einde van de eerste looptijd volgens de bron; de controle rekent het na.' }), maxEnd: isoDate.optional().meta({ description: 'Einde met alle verlengingen volgens de bron; de controle rekent het na.' }) })
      .default({}).meta({ description: 'Einddatums zoals de bron ze noemt; npm run check vergelijkt ze met start, looptijd en verlengingen.' }),
    note: text.optional().meta({ description: 'Toelichting op het contract, bijvoorbeeld als de bron zichzelf tegenspreekt.' }),
  })
  .superRefine((contract, ctx) => {
    if (!contract.initialTerm) {
      if (contract.extensions.length > 0) {
        ctx.addIssue({ code: 'custom', path: ['extensions'], message: 'verlengingen zonder initiële looptijd kunnen niet worden berekend; vul initialTerm in' });
      }
      return;
    }
    const term = computeContractTerm(contract.start, contract.initialTerm, contract.extensions);
    const check = (field: 'initialEnd' | 'maxEnd', computed: string) => {
      const stated = contract.stated[field];
      if (stated && stated !== computed) {
        ctx.addIssue({
          code: 'custom',
          path: ['stated', field],
          message: `de bron noemt ${formatDate(stated)}, maar start + looptijd geeft ${formatDate(computed)}; controleer start, initialTerm en extensions`,
        });
      }
    };
    check('initialEnd', term.initialEnd);
    check('maxEnd', term.maxEnd);
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
  /** Who does it, e.g. "Colleges van B&W". */
  actor: text.optional().meta({ description: 'Wie de stap zet, bijvoorbeeld "Colleges van B&W".' }),
  /** Sub-steps listed under the milestone. */
  steps: z.array(text).default([]).meta({ description: 'Deelstappen van deze stap.' }),
  note: text.optional().meta({ description: 'Toelichting bij de stap.' }),
});


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
  status: oneOf(INTENT_STATUSES).default('vastgesteld').meta({ description: 'Staat de eis vast (vastgesteld, standaard), is het een voornemen, of wordt het nog onderzocht (in-onderzoek)?' }),
  /** Evidence a provider should prepare. */
  evidence: z.array(text).default([]).meta({ description: 'Bewijs dat een aanbieder klaar moet hebben.' }),
  /** Anchor (heading id) of the section of the page that states it; GitHub-style, so accents stay: "bibob-en-financiële-toets". */
  section: z.string().regex(/^[\p{Ll}\p{N}_-]+$/u, { error: 'verwacht het anker van een kop, in kleine letters met streepjes, zoals "bibob-en-financiële-toets"' }).meta({ description: 'Anker van de kop in de tekst waar de eis staat: de kop in kleine letters met streepjes, accenten blijven, zoals "bibob-en-financiële-toets".' }),
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

export function frameworkSchema(ref: ReferenceFactory) {
  const productEntry = z.strictObject({
    product: ref('producten').meta({ description: 'Id van het product in content/producten/.' }),
    /** How this framework calls it: bouwsteen, segment, specialisme, product. */
    kind: oneOf(['product', 'bouwsteen', 'segment', 'specialisme', 'productgroep'] as const).default('product').meta({ description: 'Hoe dit document het noemt: product (standaard), bouwsteen, segment, specialisme of productgroep.' }),
    /** How it is bought for the participating municipalities. */
    channel: oneOf(PURCHASING_CHANNELS).default('regionale-inkoop').meta({ description: 'Hoe het voor de deelnemende gemeenten wordt ingekocht; standaard regionale-inkoop.' }),
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
    note: text.optional().meta({ description: 'Toelichting bij het product in dit document.' }),
  });

  const lotSchema = z.strictObject({
    id: slug.meta({ description: 'Vaste id van het perceel, gelijk in latere documenten.' }),
    /** Lot number as in the source, if any ("1" … "6"). */
    number: z.union([z.number().int(), text]).transform(String).optional().meta({ description: 'Nummer van het perceel zoals in de bron, bijvoorbeeld 1 of "1a".' }),
    name: text.meta({ description: 'Naam van het perceel.' }),
    domain: domain.meta({ description: "Domein van het perceel: 'Wmo' of 'Jeugdhulp'." }),
    products: z.array(ref('producten')).default([]).meta({ description: "Id's van de producten in het perceel (content/producten/)." }),
    /** 'per-gemeente': one lot per municipality of `municipalities` (a matrix); 'regionaal': one lot for the region. */
    scope: oneOf(['per-gemeente', 'regionaal'] as const).meta({ description: "'per-gemeente': één perceel per deelnemende gemeente (een matrix); 'regionaal': één perceel voor de hele regio." }),
    note: text.optional().meta({ description: 'Toelichting bij het perceel.' }),
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
          .strictObject({ text: text.meta({ description: 'Het beoogde aantal in de woorden van het document.' }), min: count.optional().meta({ description: 'Laagste beoogde aantal aanbieders.' }), max: count.optional().meta({ description: 'Hoogste beoogde aantal aanbieders.' }) })
          .optional().meta({ description: 'Hoeveel aanbieders het document wil contracteren, bijvoorbeeld "circa 12 à 15 per segment".' }),
        /** SROI obligation, for the SROI calculator. */
        sroi: z
          .strictObject({
            percentage: z.number().nonnegative().max(100).meta({ description: 'Het SROI-percentage, van 0 tot 100.' }),
            basis: oneOf(['opdrachtwaarde', 'omzet'] as const).meta({ description: 'Waarover het percentage gaat: opdrachtwaarde of omzet.' }),
            /** Part that may be delivered through an MVO building block, in percentage points. */
            mvoPercentage: z.number().nonnegative().max(100).optional().meta({ description: 'Deel dat via een MVO-bouwsteen mag worden ingevuld, in procentpunten.' }),
            status: oneOf(INTENT_STATUSES).default('vastgesteld').meta({ description: 'vastgesteld (standaard), voornemen of in-onderzoek.' }),
            note: text.optional().meta({ description: 'Toelichting bij de SROI-verplichting.' }),
          })
          .array()
          .default([]).meta({ description: 'Social return-verplichtingen (SROI), voor de SROI-rekenhulp.' }),
        /** Other procurements the document announces (with their own contract dates). */
        otherProcurements: z
          .array(
            z.strictObject({
              id: slug.meta({ description: 'Vaste id van het aangekondigde traject, gelijk in latere documenten.' }),
              label: text.meta({ description: 'Naam van het aangekondigde traject.' }),
              products: z.array(ref('producten')).default([]).meta({ description: "Id's van de producten in dit traject (content/producten/)." }),
              /** When the new contract starts or must be in place. */
              contractStart: period.optional().meta({ description: 'Wanneer het nieuwe contract begint of er moet zijn (datum of periode).' }),
              contract: contractSchema.optional().meta({ description: 'Een volledig contract, met dezelfde velden als procurement.contract.' }),
              note: text.optional().meta({ description: 'Toelichting bij het aangekondigde traject.' }),
            }),
          )
          .default([]).meta({ description: 'Andere inkooptrajecten die het document aankondigt, met hun eigen contractdatums.' }),
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
                status: oneOf(INTENT_STATUSES).default('vastgesteld').meta({ description: 'vastgesteld (standaard), voornemen of in-onderzoek.' }),
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
      awardCriteria: z.array(z.strictObject({ title: text.meta({ description: 'Naam van het gunningscriterium.' }), description: text.optional().meta({ description: 'Uitleg van het criterium.' }), weight: text.optional().meta({ description: 'Weging zoals in de bron, bijvoorbeeld "40%".' }) })).default([]).meta({ description: 'Gunningscriteria.' }),
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

export type FrameworkData = z.output<ReturnType<typeof frameworkSchema>>;
