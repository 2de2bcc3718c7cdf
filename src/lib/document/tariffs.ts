/**
 * The tariffs a document states, as rows to read: product, year, amount per unit (with the frequency
 * apart), indexation basis and certainty. Nothing is filled in where the document is silent.
 */
import { certaintySuffix, type Certainty } from '../certainty.ts';
import { formatMoney } from '../money.ts';
import type { TariffFrequency, TariffUnit } from '../standard-codes.ts';

export interface TariffStatement {
  year: number;
  amountCents: number;
  unit: TariffUnit;
  frequency?: TariffFrequency;
  indexation?: string;
  certainty: Certainty;
  note?: string;
}

export interface TariffRow {
  productId: string;
  product: string;
  year: number;
  /** "€ 61,20 per uur"; the frequency is said apart, never merged into the unit. */
  amount: string;
  frequency: string;
  indexation: string;
  certainty: Certainty;
  /** " (voornemen)" or empty for a settled tariff. */
  certaintyText: string;
  note?: string;
}

const PER_UNIT: Record<TariffUnit, string> = {
  minuut: 'per minuut',
  uur: 'per uur',
  dagdeel: 'per dagdeel',
  etmaal: 'per etmaal',
  stuks: 'per stuk',
  "euro's": "(eenheid: euro's)",
};

const NOT_STATED = 'Niet genoemd';

export function tariffRows(products: readonly { product: { id: string }; tariffs?: readonly TariffStatement[] }[], productName: (id: string) => string): TariffRow[] {
  return products.flatMap((p) =>
    (p.tariffs ?? []).map((t) => ({
      productId: p.product.id,
      product: productName(p.product.id),
      year: t.year,
      amount: `${formatMoney(t.amountCents)} ${PER_UNIT[t.unit]}`,
      frequency: t.frequency ?? NOT_STATED,
      indexation: t.indexation ?? NOT_STATED,
      certainty: t.certainty,
      certaintyText: certaintySuffix(t.certainty),
      ...(t.note ? { note: t.note } : {}),
    })),
  ).sort((a, b) => a.product.localeCompare(b.product, 'nl') || a.year - b.year);
}
