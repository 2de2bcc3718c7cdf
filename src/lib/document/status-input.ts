/**
 * The input of the procurement status (src/lib/procurement-status.ts) for one
 * document, at build time: plain data, small enough to write into the page
 * for the browser, which computes the status for the visitor's date.
 */
import type { StatusInput } from '../procurement-status.ts';
import { summariseContract } from './contract.ts';
import type { DocumentData } from './types.ts';

export function statusInput(data: DocumentData): StatusInput {
  const contract = summariseContract(data.procurement.contract);
  return {
    method: data.procurement.method,
    milestones: data.milestones.map((m) => ({ label: m.label, kind: m.kind, when: m.when, certainty: m.certainty })),
    contract: contract && {
      start: contract.start,
      certainty: contract.certainty,
      initialEnd: contract.initialEnd,
      maxEnd: contract.maxEnd,
      extensions: contract.extensions,
      ...(contract.noEndReason ? { noEndReason: contract.noEndReason } : {}),
    },
    entryWindows: data.procurement.entryWindows.map((w) => ({ when: w.when, certainty: w.certainty, ...(w.note ? { note: w.note } : {}) })),
  };
}
