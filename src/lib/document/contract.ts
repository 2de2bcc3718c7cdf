/**
 * The contract of a document as the source states it, and the end dates only
 * where the source makes them determinable: a start day and exact terms. A
 * start given as a year ("2018"), a maximum term ("maximaal 48 maanden") or a
 * term that may run longer gives no end date; views then say what is known.
 */
import { determinate, formatBound, type Bound } from '../bound.ts';
import type { Certainty } from '../certainty.ts';
import { computeContractTerm, formatLength, lengthInMonths, type ContractTerm, type TermLength } from '../contract-term.ts';
import { formatPeriod, type Period } from '../period.ts';

/** The contract fields this module reads (the schema's contract, or an announced procurement's). */
export interface ContractStatement {
  start: Period;
  certainty: Certainty;
  initialTerm?: Bound<TermLength> | null;
  extensions?: 'geen' | TermLength[];
  stated?: { initialEnd?: Period; maxEnd?: Period };
  note?: string;
}

/** End dates computed from the contract; null unless the source makes them determinable. */
export function contractDates(contract: Pick<ContractStatement, 'start' | 'initialTerm' | 'extensions'>): { initialEnd: string; maxEnd: string | null; term: ContractTerm } | null {
  const initial = determinate(contract.initialTerm);
  if (!initial || (contract.start.precision !== 'day' && contract.start.precision !== 'datetime') || contract.start.inferred) return null;
  const options = Array.isArray(contract.extensions) ? contract.extensions : [];
  const term = computeContractTerm(contract.start.start, initial, options);
  // Without a statement on extensions the last possible day is unknown.
  return { initialEnd: term.initialEnd, maxEnd: contract.extensions === undefined ? null : term.maxEnd, term };
}

export interface ContractSummary {
  start: Period;
  certainty: Certainty;
  initialTerm: Bound<TermLength> | null;
  extensions: 'geen' | TermLength[] | 'niet-genoemd';
  /** Computed segments (initial term and each extension), only where determinable. */
  term: ContractTerm | null;
  /** End of the initial term as precise as known: stated by the source, or computed (a day) where determinable. */
  initialEnd: Period | null;
  /** Last possible end with all extensions, as precise as known: stated by the source, or computed where determinable. */
  maxEnd: Period | null;
  /** Dutch: what the source says of the term, e.g. "maximaal 48 maanden, mogelijk langer". */
  termText: string;
  /** Dutch: the extension options, e.g. "2 keer 1 jaar", "geen", "niet genoemd". */
  extensionsText: string;
  /** Dutch: why no end date is given, when there is none. */
  noEndReason?: string;
  note?: string;
}

function extensionsText(extensions: ContractSummary['extensions']): string {
  if (extensions === 'niet-genoemd') return 'niet genoemd';
  if (extensions === 'geen') return 'geen';
  const lengths = extensions.map(lengthInMonths);
  return lengths.every((m) => m === lengths[0]) && lengths.length > 1
    ? `${lengths.length} keer ${formatLength(lengths[0]!)}`
    : extensions.map(formatLength).join(' + ');
}

function noEndReason(contract: ContractStatement): string {
  if (!contract.initialTerm) return 'de looptijd is niet genoemd';
  if (determinate(contract.initialTerm) === undefined) {
    return contract.initialTerm.openEnded ? 'de looptijd ligt niet vast, langer is mogelijk' : 'de bron noemt geen vaste looptijd';
  }
  if (contract.start.inferred) return 'de startdatum is afgeleid, niet genoemd';
  return `de bron noemt als start alleen ${formatPeriod(contract.start)}`;
}

export function summariseContract(contract: ContractStatement | null | undefined): ContractSummary | null {
  if (!contract) return null;
  const computed = contractDates(contract);
  const asDay = (date: string | null | undefined): Period | null => (date ? { notation: date, precision: 'day', start: date, end: date } : null);
  // A stated end is at least as precise as the source; a computed day only where the source makes it determinable.
  const initialEnd = computed ? asDay(computed.initialEnd) : (contract.stated?.initialEnd ?? null);
  const maxEnd = computed?.maxEnd ? asDay(computed.maxEnd) : (contract.stated?.maxEnd ?? null);
  const extensions = contract.extensions ?? 'niet-genoemd';
  return {
    start: contract.start,
    certainty: contract.certainty,
    initialTerm: contract.initialTerm ?? null,
    extensions,
    term: computed?.term ?? null,
    initialEnd,
    maxEnd,
    termText: contract.initialTerm ? formatBound(contract.initialTerm, formatLength, { more: 'langer' }) : 'niet genoemd',
    extensionsText: extensionsText(extensions),
    ...(initialEnd === null ? { noEndReason: noEndReason(contract) } : {}),
    ...(contract.note ? { note: contract.note } : {}),
  };
}

/** One line for lists: "Start 1 januari 2025; eerste looptijd 4 jaar, tot en met 31 december 2028; verlengingen: 2 keer 2 jaar". */
export function contractLine(summary: ContractSummary): string {
  const start = formatPeriod(summary.start);
  const end = summary.initialEnd ? `, tot en met ${formatPeriod(summary.initialEnd)}` : '';
  return `Start ${start}; eerste looptijd ${summary.termText}${end}; verlengingen: ${summary.extensionsText}`;
}
