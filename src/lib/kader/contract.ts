/** The contract term of a framework as the site and the API show it. */
import { computeContractTerm, lengthInMonths, type ContractTerm } from '../contract-term.ts';
import type { FrameworkData } from './types.ts';

type Contract = NonNullable<FrameworkData['procurement']['contract']>;

export interface ContractSummary {
  start: string;
  /** Null when the document sets no term. */
  term: ContractTerm | null;
  /** Extension lengths in years (months / 12, e.g. 0.5 for six months). */
  extensionYears: number[];
  note?: string;
}

export function summariseContract(contract: Contract | null | undefined): ContractSummary | null {
  if (!contract) return null;
  const term = contract.initialTerm ? computeContractTerm(contract.start, contract.initialTerm, contract.extensions) : null;
  return {
    start: contract.start,
    term,
    extensionYears: contract.extensions.map((e) => Math.round((lengthInMonths(e) / 12) * 1000) / 1000),
    ...(contract.note ? { note: contract.note } : {}),
  };
}
