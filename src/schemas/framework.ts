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
  title: text,
  /** Who issued it, e.g. "College van burgemeester en wethouders van Nijmegen". */
  publisher: text,
  /** Date or period of the source (see src/lib/period.ts). */
  date: period,
  /** File name in the seed archive, e.g. "presentatie-inkoop-wmo-segmenten-kampen-2024.txt". */
  file: text,
  /** What we could not take over (e.g. a picture without figures) and how we handled it. */
  note: text.optional(),
});

/** Start, initial term and extension options; the end dates are computed. */
const contractSchema = z
  .strictObject({
    start: isoDate,
    /** Null when the document sets no term. */
    initialTerm: termLength.nullable(),
    extensions: z.array(termLength).default([]),
    /** End dates as the source states them; checked against the computed ones. */
    stated: z
      .strictObject({ initialEnd: isoDate.optional(), maxEnd: isoDate.optional() })
      .default({}),
    note: text.optional(),
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
  id: slug,
  label: text,
  /** Date or period with its real precision: 2024-W16, 2024-09/2024-10, 2025-Q2/2025-Q3, 2024-05-21T12:00 … */
  when: period,
  /** Wording of the source where the notation cannot express it, e.g. "26 sept./24 okt. 2024". */
  display: text.optional(),
  kind: oneOf(MILESTONE_KINDS).default('overig'),
  /** Who does it, e.g. "Colleges van B&W". */
  actor: text.optional(),
  /** Sub-steps listed under the milestone. */
  steps: z.array(text).default([]),
  note: text.optional(),
});


const requirementSchema = z.strictObject({
  id: slug,
  kind: oneOf(REQUIREMENT_KINDS),
  /** Short name, e.g. "Bibob-formulier". */
  title: text,
  /** What is asked, in plain Dutch. */
  description: text,
  /** 'uitsluitend': not meeting it excludes you; 'aandacht': it needs work but does not exclude. */
  effect: oneOf(REQUIREMENT_EFFECTS),
  /** Whether the document fixes it, intends it, or is still investigating it. */
  status: oneOf(INTENT_STATUSES).default('vastgesteld'),
  /** Evidence a provider should prepare. */
  evidence: z.array(text).default([]),
  /** Anchor (heading id) of the section of the page that states it; GitHub-style, so accents stay: "bibob-en-financiële-toets". */
  section: z.string().regex(/^[\p{Ll}\p{N}_-]+$/u, { error: 'verwacht het anker van een kop, in kleine letters met streepjes, zoals "bibob-en-financiële-toets"' }),
  /** The question a provider answers in the self-check ("Heeft uw organisatie …?"). */
  question: text.optional(),
  /** Limits the requirement to some segments or lots (ids); empty = all. */
  appliesTo: z.array(slug).default([]),
});

const riskSchema = z.strictObject({
  /** Whose perspective, e.g. "Cliënt", "Aanbieders", "Gemeente". */
  stakeholder: text.optional(),
  /** Criterion or theme, e.g. "Toegang". */
  criterion: text.optional(),
  risk: text,
  measures: z.array(text).min(1, { error: 'noem minstens één beheersmaatregel' }),
});

export function frameworkSchema(ref: ReferenceFactory) {
  const productEntry = z.strictObject({
    product: ref('producten'),
    /** How this framework calls it: bouwsteen, segment, specialisme, product. */
    kind: oneOf(['product', 'bouwsteen', 'segment', 'specialisme', 'productgroep'] as const).default('product'),
    /** How it is bought for the participating municipalities. */
    channel: oneOf(PURCHASING_CHANNELS).default('regionale-inkoop'),
    /** Municipalities where it is bought differently. */
    exceptions: z
      .array(
        z.strictObject({
          municipality: ref('gemeenten'),
          channel: oneOf(PURCHASING_CHANNELS),
          note: text.optional(),
        }),
      )
      .default([]),
    note: text.optional(),
  });

  const lotSchema = z.strictObject({
    id: slug,
    /** Lot number as in the source, if any ("1" … "6"). */
    number: z.union([z.number().int(), text]).transform(String).optional(),
    name: text,
    domain,
    products: z.array(ref('producten')).default([]),
    /** 'per-gemeente': one lot per municipality of `municipalities` (a matrix); 'regionaal': one lot for the region. */
    scope: oneOf(['per-gemeente', 'regionaal'] as const),
    note: text.optional(),
  });

  const segmentSchema = z.strictObject({
    id: slug,
    name: text,
    /** Who the segment is for, in the source's terms. */
    targetGroup: text,
    /** Age rule, for the resident's segment check: from 18, until the AOW age. */
    age: z
      .strictObject({
        min: z.union([count, z.literal('aow')]).optional(),
        maxExclusive: z.union([count, z.literal('aow')]).optional(),
      })
      .default({}),
    focus: z.array(text).default([]),
    note: text.optional(),
  });

  return z
    .strictObject({
      /** Full title as on the source document. */
      title: text,
      /** Short title for lists and breadcrumbs. */
      shortTitle: text,
      documentType: oneOf(DOCUMENT_TYPES),
      status: oneOf(DOCUMENT_STATUSES),
      /** Nuance on the status, e.g. "Concept-inkoopstrategie, versie 'definitief' van 21 juni 2024". */
      statusNote: text.optional(),
      /** Date of the document with its precision (an undated letter: the month). */
      published: period,
      /** How the date was established when the source has none. */
      publishedNote: text.optional(),
      /** Who issued it. */
      publisher: text,
      region: ref('regios'),
      /** Participating municipalities (may differ from the region's members). */
      municipalities: z.array(ref('gemeenten')).min(1, { error: 'noem minstens één deelnemende gemeente' }),
      domains: z.array(domain).min(1, { error: "noem minstens één domein: 'Wmo' of 'Jeugdhulp'" }),
      /** Id of the procurement (inkooptraject) this document belongs to; documents with the same traject are compared. */
      traject: slug,
      /** Other documents on this site that readers should see with this one. */
      related: z.array(ref('kaders')).default([]),
      source: sourceSchema,
      /** Plain-language summary for residents (B1), 2–6 sentences. */
      summary: text,
      /** Extra search words, e.g. parts of Dutch compounds. */
      keywords: z.array(text).default([]),
      /** Overrides the last-updated date taken from git history. */
      lastUpdated: isoDate.optional(),

      procurement: z.strictObject({
        method: oneOf(PROCUREMENT_METHODS),
        /** The method as the document names it, e.g. "Europese aanbesteding voor een SAS-dienst (verlicht regime)". */
        methodLabel: text,
        agreementType: oneOf(AGREEMENT_TYPES).optional(),
        /** Null when the document sets no contract start. */
        contract: contractSchema.nullable(),
        /** Number of providers the document aims at, e.g. "circa 12 à 15 per segment". */
        providersTarget: z
          .strictObject({ text, min: count.optional(), max: count.optional() })
          .optional(),
        /** SROI obligation, for the SROI calculator. */
        sroi: z
          .strictObject({
            percentage: z.number().nonnegative().max(100),
            basis: oneOf(['opdrachtwaarde', 'omzet'] as const),
            /** Part that may be delivered through an MVO building block, in percentage points. */
            mvoPercentage: z.number().nonnegative().max(100).optional(),
            status: oneOf(INTENT_STATUSES).default('vastgesteld'),
            note: text.optional(),
          })
          .array()
          .default([]),
        /** Other procurements the document announces (with their own contract dates). */
        otherProcurements: z
          .array(
            z.strictObject({
              id: slug,
              label: text,
              products: z.array(ref('producten')).default([]),
              /** When the new contract starts or must be in place. */
              contractStart: period.optional(),
              contract: contractSchema.optional(),
              note: text.optional(),
            }),
          )
          .default([]),
      }),

      /** Products bought (bouwstenen, segmenten, specialismen …) and where. */
      products: z.array(productEntry).default([]),
      /** Segments with their target group (Kampen: tijdelijk, structureel, ouderen). */
      segments: z.array(segmentSchema).default([]),
      /** Lots (percelen). */
      lots: z.array(lotSchema).default([]),

      funding: z
        .strictObject({
          models: z
            .array(
              z.strictObject({
                model: oneOf(FUNDING_MODELS),
                /** Which products or segments it applies to. */
                appliesTo: text.optional(),
                description: text,
                status: oneOf(INTENT_STATUSES).default('vastgesteld'),
              }),
            )
            .default([]),
          /** How real prices are set (AMvB reële prijs Wmo 2015). */
          realPrice: text.optional(),
          /** How spending is kept within budget: open-end scheme, spending limits (bestedingsruimte, plafond) per provider or lot. */
          budgetControl: text.optional(),
          /** Yearly indexation rule. */
          indexation: z.strictObject({ basis: oneOf(['cao', 'ova-pcc', 'anders', 'onbekend'] as const), description: text }).optional(),
          /** Tariffs where the document gives them. */
          tariffs: z
            .array(
              z.strictObject({
                product: ref('producten').optional(),
                label: text,
                unit: oneOf(['uur', 'dagdeel', 'etmaal', 'week', '4-weken', 'maand', 'traject'] as const),
                /** Amount in euro cents. */
                amountCents: count,
                year: count,
                note: text.optional(),
              }),
            )
            .default([]),
        })
        .default({ models: [], tariffs: [] }),

      milestones: z.array(milestoneSchema).default([]),
      figures: z.array(figureSchema).default([]),
      requirements: z.array(requirementSchema).default([]),
      awardCriteria: z.array(z.strictObject({ title: text, description: text.optional(), weight: text.optional() })).default([]),
      risks: z.array(riskSchema).default([]),

      /** Versions of this document (concept → definitief, amendments), newest last. */
      versions: z
        .array(z.strictObject({ date: period, label: text, description: text }))
        .default([]),
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
