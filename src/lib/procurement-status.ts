/**
 * Where a procurement stands on a given date: in voorbereiding, consultatie
 * open, inschrijving of aanmelding open, gesloten (gunning verwacht),
 * contract loopt, afgelopen. Derived from the milestones, the contract
 * summary and the entry windows (Open House: toetreding op vaste momenten),
 * with their precision and certainty: a planned date is "verwacht" or
 * "gepland", an inferred one says so, a quarter stays a quarter. Every date
 * in the text is one of the input periods (or the end part of a span as the
 * author wrote it), never more precise.
 *
 * Pure and small: it runs at build time and in the browser (src/client/
 * procurement-status.ts), where "today" is the visitor's date. No zod here.
 */
import { addDays, type IsoDate } from './calendar-date.ts';
import { dateCertaintyLabel, isSettled, type Certainty } from './certainty.ts';
import { formatPeriod, parsePeriod, type Period } from './period.ts';

export const PHASES = ['voorbereiding', 'consultatie', 'inschrijving', 'gesloten', 'contract', 'afgelopen'] as const;
export type Phase = (typeof PHASES)[number];

export const phaseLabels: Record<Phase, string> = {
  voorbereiding: 'In voorbereiding',
  consultatie: 'Consultatie open',
  inschrijving: 'Inschrijving of aanmelding open',
  gesloten: 'Gesloten',
  contract: 'Contract loopt',
  afgelopen: 'Afgelopen',
};

/**
 * Order in time. Consultation is part of the preparation: once it closes the
 * procurement is back in preparation, which is no step back.
 */
export const phaseRank: Record<Phase, number> = { voorbereiding: 0, consultatie: 0, inschrijving: 1, gesloten: 2, contract: 3, afgelopen: 4 };

export interface StatusMilestone {
  label: string;
  kind: string;
  when: Period;
  certainty: Certainty;
}

export interface StatusEntryWindow {
  when: Period;
  certainty: Certainty;
  note?: string;
}

/** The parts of a contract summary (src/lib/document/contract.ts) the status reads. */
export interface StatusContract {
  start: Period;
  certainty: Certainty;
  initialEnd: Period | null;
  maxEnd: Period | null;
  extensions: 'geen' | 'niet-genoemd' | unknown[];
  noEndReason?: string;
}

export interface StatusInput {
  /** 'open-house' says "aanmelding", every other method "inschrijving". */
  method: string;
  milestones: readonly StatusMilestone[];
  contract: StatusContract | null;
  entryWindows?: readonly StatusEntryWindow[];
}

export interface ProcurementStatus {
  phase: Phase;
  label: string;
  /** The status as one or more Dutch sentences. */
  text: string;
  /** True when entry is over and no later entry moment is known: a self-check shows what was asked then. */
  closed: boolean;
  /** With `closed`: since when, as precise as the source ("uiterlijk de gunning, verwacht in Q4 2024"). */
  closedSince?: string;
  /** Every period the text names: each one is an input period or the end of a span as its author wrote it. */
  periods: Period[];
}

interface Window {
  start: IsoDate;
  /** The period the window opens with: the publication before an inschrijving, or the window itself. */
  opens: Period;
  end: Period;
  certainty: Certainty;
  source: Period;
}

/** The last part of a span ("2024-12/2025-07" → juli 2025) or of separate dates; the period itself otherwise. */
export function endPart(p: Period): Period {
  if (p.precision === 'dates' && p.dates?.length) return withInferred(p.dates.at(-1)!, p);
  if (p.precision !== 'span') return p;
  const last = parsePeriod(p.notation.split('/')[1] ?? '');
  return last.ok ? withInferred(last.period, p) : p;
}

function withInferred(part: Period, whole: Period): Period {
  return whole.inferred ? { ...part, inferred: whole.inferred } : part;
}

/** A date with its preposition: "op 1 januari 2025", "in Q4 2024", "in de week van 15 april 2024", "eind 2025". */
export function when(p: Period): string {
  const label = formatPeriod(p);
  if (p.inferred) return label;
  switch (p.precision) {
    case 'day':
    case 'datetime':
    case 'dates':
      return `op ${label}`;
    case 'week':
      return `in de ${label}`;
    case 'year':
      return p.yearPart ? label : `in ${label}`;
    default:
      return `in ${label}`;
  }
}

/** "tot en met juni 2024", "tot 21 mei 2024, 12:00 uur". */
function until(p: Period): string {
  const end = endPart(p);
  return `${end.precision === 'datetime' ? 'tot' : 'tot en met'} ${formatPeriod(end)}`;
}

/** " (gepland)" for a planned date, nothing for a settled one. */
function qualifier(certainty: Certainty): string {
  return isSettled(certainty) ? '' : ` (${dateCertaintyLabel(certainty)})`;
}

/** How a future or past gunning reads: "gunning verwacht in Q4 2024", "gegund in september 2024". */
function gunningText(m: StatusMilestone, past: boolean): string {
  if (isSettled(m.certainty)) return past ? `gegund ${when(m.when)}` : `gunning ${when(m.when)}`;
  if (m.certainty === 'voornemen') return `gunning ${past ? 'was ' : ''}verwacht ${when(m.when)}`;
  return `gunning ${past ? 'was ' : ''}${when(m.when)}${qualifier(m.certainty)}`;
}

const byStart = <T extends { start: IsoDate }>(a: T, b: T) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0);

/** Entry windows: inschrijving milestones (open from the last publication before them) and the Open House entry moments. */
function entryWindows(input: StatusInput): Window[] {
  const publications = input.milestones.filter((m) => m.kind === 'publicatie');
  const fromMilestones = input.milestones
    .filter((m) => m.kind === 'inschrijving')
    .map((m) => {
      const opened = publications.filter((p) => p.when.start <= m.when.start).sort((a, b) => byStart(a.when, b.when)).at(-1)?.when;
      return { start: opened?.start ?? m.when.start, opens: opened ?? m.when, end: endPart(m.when), certainty: m.certainty, source: m.when };
    });
  const moments = (input.entryWindows ?? []).map((w) => ({ start: w.when.start, opens: w.when, end: endPart(w.when), certainty: w.certainty, source: w.when }));
  return [...fromMilestones, ...moments].sort(byStart);
}

/** The end that has passed on `today`, if any: the last possible end, or the first term's end when there are no extensions. */
function passedEnd(contract: StatusContract, today: IsoDate): Period | undefined {
  if (contract.maxEnd && contract.maxEnd.end < today) return contract.maxEnd;
  if (!contract.maxEnd && contract.extensions === 'geen' && contract.initialEnd && contract.initialEnd.end < today) return contract.initialEnd;
  return undefined;
}

function contractText(contract: StatusContract, today: IsoDate, periods: Period[]): string {
  const start = contract.start;
  periods.push(start);
  const q = qualifier(contract.certainty);
  const begun = start.end < today || start.precision === 'day' || start.precision === 'datetime'
    ? `het contract loopt sinds ${formatPeriod(start)}${q}`
    : `het contract start ${when(start)}${q}`;
  const parts: string[] = [];
  if (contract.initialEnd && contract.initialEnd.end >= today) {
    periods.push(contract.initialEnd);
    parts.push(`tot en met ${formatPeriod(contract.initialEnd)}`);
    if (contract.maxEnd && contract.maxEnd.end !== contract.initialEnd.end) {
      periods.push(contract.maxEnd);
      parts.push(`verlengbaar tot en met ${formatPeriod(contract.maxEnd)}`);
    }
    return q ? `${begun}; ${parts.join(', ')}` : `${begun} (${parts.join(', ')})`;
  }
  if (contract.initialEnd) {
    // The first term is over; the contract runs on only if it was extended.
    periods.push(contract.initialEnd);
    if (contract.maxEnd) {
      periods.push(contract.maxEnd);
      return `${begun}; de eerste looptijd liep tot en met ${formatPeriod(contract.initialEnd)}, met verlengingen loopt het uiterlijk tot en met ${formatPeriod(contract.maxEnd)}`;
    }
    return `${begun}; de eerste looptijd liep tot en met ${formatPeriod(contract.initialEnd)}; of het is verlengd, staat niet in de bron`;
  }
  if (contract.maxEnd) {
    periods.push(contract.maxEnd);
    return `${begun}${q ? '; ' : ' ('}uiterlijk tot en met ${formatPeriod(contract.maxEnd)}${q ? '' : ')'}`;
  }
  return `${begun}; einde niet te bepalen${contract.noEndReason ? ` (${contract.noEndReason})` : ''}`;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "uiterlijk de gunning, verwacht in Q4 2024" / "uiterlijk de gunning in september 2024". */
function gunningSince(m: StatusMilestone): string {
  if (isSettled(m.certainty)) return `uiterlijk de gunning ${when(m.when)}`;
  if (m.certainty === 'voornemen') return `uiterlijk de gunning, verwacht ${when(m.when)}`;
  return `uiterlijk de gunning ${when(m.when)}${qualifier(m.certainty)}`;
}

/** The status on `today` (an ISO date in Europe/Amsterdam). Never throws. */
export function procurementStatus(input: StatusInput, today: IsoDate): ProcurementStatus {
  const periods: Period[] = [];
  const entryWord = input.method === 'open-house' ? 'aanmelding' : 'inschrijving';
  const windows = entryWindows(input);
  const openWindow = windows.find((w) => w.start <= today && w.end.end >= today);
  const nextWindow = windows.find((w) => w.start > today);
  const lastClosed = windows.filter((w) => w.end.end < today).at(-1);
  const allEnded = windows.every((w) => w.end.end < today);
  const anyStarted = windows.some((w) => w.start <= today);
  const gunnings = input.milestones.filter((m) => m.kind === 'gunning').sort((a, b) => byStart(a.when, b.when));
  const gunningStarted = gunnings.filter((m) => m.when.start <= today).at(-1);
  const contract = input.contract;
  const stillEntry = !allEnded;

  const windowText = (w: Window) => {
    periods.push(endPart(w.source));
    return `${entryWord} open ${until(w.source)}${qualifier(w.certainty)}`;
  };
  const nextText = (w: Window) => {
    periods.push(w.source);
    return `${input.method === 'open-house' ? 'volgende toetreding' : `volgende ronde ${entryWord}`} ${when(w.source)}${qualifier(w.certainty)}`;
  };
  const entryNote = (): string => (openWindow ? `; ${windowText(openWindow)}` : nextWindow ? `; ${nextText(nextWindow)}` : '');
  // Since when entry is over, as far as the source tells.
  const closedSince = (): string | undefined => {
    if (lastClosed) {
      periods.push(endPart(lastClosed.source));
      return `${formatPeriod(endPart(lastClosed.source))}${qualifier(lastClosed.certainty)}`;
    }
    if (gunningStarted) {
      periods.push(gunningStarted.when);
      return gunningSince(gunningStarted);
    }
    if (contract && contract.start.start <= today) {
      periods.push(contract.start);
      return `uiterlijk de start van het contract ${when(contract.start)}${qualifier(contract.certainty)}`;
    }
    return undefined;
  };
  const result = (phase: Phase, text: string, closed: boolean): ProcurementStatus => {
    const since = closed ? closedSince() : undefined;
    return {
      phase,
      label: phaseLabels[phase],
      text: `${capital(text)}.`,
      closed,
      ...(since ? { closedSince: since } : {}),
      periods,
    };
  };

  // Every branch below is monotone in `today`: an end that has passed stays passed, a start that has come stays come.
  if (contract) {
    const ended = passedEnd(contract, today);
    if (ended) {
      periods.push(ended);
      return result('afgelopen', `afgelopen: het contract liep ${Array.isArray(contract.extensions) && contract.extensions.length > 0 ? 'uiterlijk ' : ''}tot en met ${formatPeriod(ended)}${qualifier(contract.certainty)}`, true);
    }
    if (contract.start.start <= today) return result('contract', `${contractText(contract, today, periods)}${entryNote()}`, !stillEntry);
  }
  const contractNext = () => (contract ? `; ${contractStartText(contract, periods)}` : '');
  if (allEnded && (windows.length > 0 || gunningStarted)) {
    const nextGunning = gunnings.find((m) => m.when.end >= today);
    const shown = nextGunning ?? gunnings.at(-1);
    if (shown) periods.push(shown.when);
    const gunning = shown ? gunningText(shown, !nextGunning) : 'gunning niet genoemd';
    return result('gesloten', `gesloten, ${gunning}${contractNext()}`, true);
  }
  if (anyStarted) {
    return result('inschrijving', openWindow ? `${windowText(openWindow)}${contractNext()}` : `${entryWord} gesloten; ${nextText(nextWindow!)}`, false);
  }
  const consultation = input.milestones.find((m) => m.kind === 'consultatie' && m.when.start <= today && m.when.end >= today);
  if (consultation) {
    periods.push(endPart(consultation.when));
    return result('consultatie', `consultatie open ${until(consultation.when)}${qualifier(consultation.certainty)}`, false);
  }
  const next = input.milestones.filter((m) => m.when.start > today).sort((a, b) => byStart(a.when, b.when))[0];
  if (next) periods.push(next.when);
  const nextStep = next ? `; volgende stap: ${next.label} (${formatPeriod(next.when)}${isSettled(next.certainty) ? '' : `, ${dateCertaintyLabel(next.certainty)}`})` : '';
  const first = (w: Window) => {
    periods.push(endPart(w.source));
    if (w.opens !== w.source) periods.push(w.opens);
    return `${entryWord} ${w.opens !== w.source ? `vanaf ${formatPeriod(w.opens)} ` : ''}${w.opens === w.source ? when(w.source) : until(w.source)}${qualifier(w.certainty)}`;
  };
  const entry = nextWindow ? `; daarna ${first(nextWindow)}` : '';
  return result('voorbereiding', `in voorbereiding${nextStep}${entry}`, false);
}

function contractStartText(contract: StatusContract, periods: Period[]): string {
  periods.push(contract.start);
  return `het contract start ${when(contract.start)}${qualifier(contract.certainty)}`;
}

/**
 * Every distinct status a procurement can have, one per stretch of time
 * between the dates of its input. Used at build time to reserve the space the
 * browser fills in (no layout shift), whatever the visitor's date.
 */
export function possibleStatuses(input: StatusInput): ProcurementStatus[] {
  const dates = new Set<IsoDate>();
  const add = (p: Period | null | undefined) => {
    if (!p) return;
    dates.add(p.start);
    dates.add(addDays(p.start, 1));
    dates.add(p.end);
    dates.add(addDays(p.end, 1));
    for (const d of p.dates ?? []) add(d);
    const last = endPart(p);
    if (last !== p) add(last);
  };
  input.milestones.forEach((m) => add(m.when));
  (input.entryWindows ?? []).forEach((w) => add(w.when));
  if (input.contract) [input.contract.start, input.contract.initialEnd, input.contract.maxEnd].forEach(add);
  dates.add('1900-01-01');
  const seen = new Map<string, ProcurementStatus>();
  for (const d of [...dates].sort()) {
    const s = procurementStatus(input, d);
    seen.set(s.text, s);
  }
  return [...seen.values()];
}


/** What a page shows: the phase, the status and, on a self-check of a closed procurement, what the check is now. */
export interface StatusMessage {
  label: string;
  text: string;
  closedNote?: string;
}

export type StatusVariant = 'page' | 'self-check';

export function statusMessage(status: ProcurementStatus, variant: StatusVariant): StatusMessage {
  const since = status.closedSince ? ` sinds ${status.closedSince}` : '';
  const closedNote = !status.closed
    ? undefined
    : variant === 'self-check'
      ? `Deze inkoop is gesloten${since}; de check laat zien wat er toen gevraagd werd.`
      : `Meedoen kan niet meer: deze inkoop is gesloten${since}.`;
  return { label: status.label, text: status.text, ...(closedNote ? { closedNote } : {}) };
}
