/**
 * Inkoopwijzer's local OCDS extension: what OCDS cannot say about a Dutch
 * social-domain procurement document. Served at /ocds/extensie/extension.json
 * and /ocds/extensie/release-schema.json (a JSON Merge Patch onto the OCDS
 * 1.1.5 release schema, draft-04 like the official extensions). Every field
 * lives in one object named `inkoopwijzer` on the release, tender, lot, item,
 * milestone, criterion and document.
 */
import { CERTAINTIES } from '../certainty.ts';
import { INFERRED_PARTS, PRECISIONS, YEAR_PARTS } from '../period.ts';
import { AGREEMENT_TYPES, DOCUMENT_STATUSES, DOCUMENT_TYPES, FUNDING_MODELS, LOT_SCOPES, REQUIREMENT_EFFECTS } from '../../schemas/document.ts';
import { DOMAINS } from '../../schemas/fields.ts';
import { LOCAL_EXTENSION_SCHEMA_PATH } from './codes.ts';

export function extensionMetadata(siteUrl: string) {
  return {
    name: { en: 'Inkoopwijzer: certainty, precise periods and supersession', nl: 'Inkoopwijzer: zekerheid, precieze perioden en wijzigingen' },
    description: {
      en: 'Local extension of Inkoopwijzer (not registered with the Open Contracting Partnership). Adds what OCDS cannot express for Dutch Wmo and youth-care procurement documents: the certainty of each statement (vastgesteld, voornemen, mogelijk, in-onderzoek, onbekend), dates and periods with the precision of the source (a month, a quarter, "eind 2025", an inferred date) where OCDS needs a date-time, the contract term as a bound (e.g. at most 48 months), entry windows of an Open House procedure, funding models (inspanningsgericht, taakgericht, resultaatgericht), the municipalities a lot or item is for, and the history of statements a later document changed.',
      nl: 'Lokale extensie van Inkoopwijzer (niet geregistreerd bij de Open Contracting Partnership). Voegt toe wat OCDS niet kan zeggen: de zekerheid van elke uitspraak, datums en perioden zo precies als de bron, de looptijd als grens, toetredingsmomenten (Open House), bekostigingsmodellen, voor welke gemeenten een perceel of product is, en wat een later document veranderde.',
    },
    documentationUrl: { en: new URL('/open-data/#ocds', siteUrl).href, nl: new URL('/open-data/#ocds', siteUrl).href },
    compatibility: ['1.1'],
    schemas: ['release-schema.json'],
    contactPoint: { name: 'Inkoopwijzer', url: siteUrl },
  };
}

export const extensionSchemaPath = LOCAL_EXTENSION_SCHEMA_PATH;

const text = { type: 'string', minLength: 1 };
const certainty = {
  title: 'Certainty',
  description: 'How firmly the source states this: vastgesteld (decided, or has happened), voornemen (intended, planned), mogelijk (possible), in-onderzoek (being investigated), onbekend (the source does not say). Only vastgesteld is settled.',
  type: 'string',
  enum: [...CERTAINTIES],
};
const isoDate = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const periodRef = { $ref: '#/definitions/InkoopwijzerPeriod' };
const nullablePeriod = { oneOf: [periodRef, { type: 'null' }] };
const partyIds = { type: 'array', items: text, uniqueItems: true };

const ext = (title: string, description: string, properties: Record<string, unknown>, required: string[] = []) => ({
  title,
  description,
  type: 'object',
  properties,
  ...(required.length ? { required } : {}),
  additionalProperties: false,
});

export const extensionReleaseSchema = {
  properties: {
    inkoopwijzer: {
      title: 'Inkoopwijzer',
      description: 'Inkoopwijzer local extension: how the release date was chosen, and what later documents changed in this one.',
      $ref: '#/definitions/InkoopwijzerRelease',
    },
  },
  definitions: {
    InkoopwijzerRelease: ext('Inkoopwijzer release', 'Release-level fields of the Inkoopwijzer extension.', {
      dateBasis: ext('Release date basis', 'Why release.date is this day. documentdatum: the day the source document states as its date; bijgewerkt: the day the editors recorded it (lastUpdated); peildatum: the source states no day, so the newest day any source of the data set states as its publication date. `document` is the slug of the document whose day it is (a later document that changed this one can be newer).', {
        basis: { type: 'string', enum: ['documentdatum', 'bijgewerkt', 'peildatum'] },
        document: text,
      }, ['basis', 'document']),
      supersededBy: {
        title: 'Superseded statements',
        description: 'Statements of this document that a later document changed. The release gives the current values; the old values appear only here, as history.',
        type: 'array',
        items: { $ref: '#/definitions/InkoopwijzerSupersession' },
      },
    }, ['dateBasis']),
    InkoopwijzerPeriod: ext('Period as the source says it', 'A date or period with the precision of the source. start and end are the first and last day the period can cover; they are bounds, not dates the source states (except for precision day and datetime without inferred).', {
      start: isoDate,
      end: isoDate,
      precision: { type: 'string', enum: [...PRECISIONS] },
      time: { type: 'string', pattern: '^\\d{2}:\\d{2}$', description: 'Local time in Europe/Amsterdam, for precision datetime.' },
      dates: { type: 'array', items: isoDate, description: 'The separate days, for precision dates.' },
      yearPart: { type: 'string', enum: [...YEAR_PARTS], description: 'Begin, medio or eind of the year, as vague as the source.' },
      inferred: ext('Inferred', 'What the editors inferred where the source is silent, and why.', { part: { type: 'string', enum: [...INFERRED_PARTS] }, reason: text }, ['part', 'reason']),
      display: { ...text, description: 'The words of the source where the notation cannot express them.' },
    }, ['start', 'end', 'precision']),
    InkoopwijzerBound: ext('Bound', 'A quantity as the source bounds it: exact, at least (min), at most (max), about (approx), or possibly more / no maximum (openEnded).', {
      kind: { type: 'string', enum: ['exact', 'max', 'min', 'range'] },
      exact: { type: 'number' },
      min: { type: 'number' },
      max: { type: 'number' },
      approx: { type: 'boolean' },
      openEnded: { type: 'boolean' },
    }, ['kind', 'approx', 'openEnded']),
    InkoopwijzerContract: ext('Contract as the source states it', 'Start with its precision, the first term in months as a bound, the extension options, and end dates only as stated or as exactly determinable (a start day and exact terms). tender.contractPeriod has the OCDS dates only where they are exact.', {
      start: periodRef,
      certainty,
      initialTermMonths: { oneOf: [{ $ref: '#/definitions/InkoopwijzerBound' }, { type: 'null' }], description: 'null: the source does not say.' },
      extensions: ext('Extension options', "opties (with their lengths in years), geen (the source says there are none) or niet-genoemd (the source does not say).", {
        stated: { type: 'string', enum: ['opties', 'geen', 'niet-genoemd'] },
        years: { type: 'array', items: { type: 'number' } },
      }, ['stated', 'years']),
      initialEnd: nullablePeriod,
      maxEnd: nullablePeriod,
    }, ['start', 'certainty', 'initialTermMonths', 'extensions', 'initialEnd', 'maxEnd']),
    InkoopwijzerSupersession: ext('Superseded statement', 'One statement a later document changed, with the old and the new value.', {
      path: text,
      label: text,
      kind: text,
      from: { type: 'string' },
      to: { type: 'string' },
      fromValue: {},
      toValue: {},
      by: ext('Changed by', 'The later document.', { slug: text, title: text, published: periodRef }, ['slug', 'title', 'published']),
      note: text,
    }, ['path', 'label', 'kind', 'by']),
    Tender: {
      properties: {
        inkoopwijzer: ext('Inkoopwijzer tender', 'Contract as stated, funding models, Open House entry windows and the agreement type.', {
          contract: { oneOf: [{ $ref: '#/definitions/InkoopwijzerContract' }, { type: 'null' }] },
          fundingModels: {
            type: 'array',
            items: ext('Funding model', 'How providers are paid: inspanningsgericht (per unit of effort, e.g. hour), taakgericht (a budget for a task), resultaatgericht (per result), vast-budget or subsidie.', {
              model: { type: 'string', enum: [...FUNDING_MODELS] },
              certainty,
              appliesTo: text,
              description: text,
            }, ['model', 'certainty', 'description']),
          },
          entryWindows: {
            type: 'array',
            items: ext('Entry window', 'Open House: a moment or period at which new providers can join, as the source states it.', { when: periodRef, certainty, note: text }, ['when', 'certainty']),
          },
          agreementType: { type: 'string', enum: [...AGREEMENT_TYPES] },
        }, ['contract', 'fundingModels', 'entryWindows']),
      },
    },
    Lot: {
      properties: {
        inkoopwijzer: ext('Inkoopwijzer lot', "The lot as the source states it: its id, number and domain, its scope (per-gemeente: one lot per participating municipality; regionaal: one lot for all; gemeenten: one lot for the municipalities listed), and the parties (municipalities) it is for.", {
          certainty,
          lot: text,
          number: text,
          domain: { type: 'string', enum: [...DOMAINS] },
          scope: { type: 'string', enum: [...LOT_SCOPES] },
          buyers: partyIds,
        }, ['certainty', 'lot', 'scope', 'buyers']),
      },
    },
    Item: {
      properties: {
        inkoopwijzer: ext('Inkoopwijzer item', 'The product, how firmly it is bought this way, the purchasing channel when the source states it, and the parties (municipalities) it is bought for in this procurement.', {
          certainty,
          product: text,
          channel: { type: 'string', enum: ['regionale-inkoop', 'lokale-inkoop'] },
          buyers: partyIds,
        }, ['certainty', 'product', 'buyers']),
      },
    },
    Milestone: {
      properties: {
        inkoopwijzer: ext('Inkoopwijzer milestone', 'Certainty of the milestone and its date as the source says it. dueDate is present only when the source states the day.', { certainty, when: periodRef }, ['certainty', 'when']),
      },
    },
    Criterion: {
      properties: {
        inkoopwijzer: ext('Inkoopwijzer requirement', "Certainty, kind and effect of the requirement (uitsluitend: not meeting it excludes; aandacht: needs work, does not exclude), and the segments or lots it applies to (source ids).", {
          certainty,
          kind: text,
          effect: { type: 'string', enum: [...REQUIREMENT_EFFECTS] },
          appliesTo: { type: 'array', items: text },
        }, ['certainty', 'kind', 'effect']),
      },
    },
    Document: {
      properties: {
        inkoopwijzer: ext('Inkoopwijzer document', 'Our document type (also where OCDS has no documentType code), concept or definitief, its date as the source says it, and its page on Inkoopwijzer.', {
          type: { type: 'string', enum: [...DOCUMENT_TYPES] },
          status: { type: 'string', enum: [...DOCUMENT_STATUSES] },
          published: periodRef,
          page: { type: 'string', format: 'uri' },
        }, ['type', 'status', 'published', 'page']),
      },
    },
  },
};
