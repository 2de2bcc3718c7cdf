/** One filled-in example per calculator, given through its shared link (the calculators read their fields from the URL). */
import type { CalculatorSlug } from '../../src/data/calculator-registry.ts';

export const CALCULATOR_EXAMPLES: Record<CalculatorSlug, string> = {
  'reele-prijs': '?salaris=2.800&uren=32&niet-productief=20&overhead=10&tarief=25',
  indexatie: '?ova-vorig-voorlopig=3&ova-vorig-definitief=3,5&pcc-vorig-voorlopig=2&pcc-vorig-definitief=2,4&ova-voorlopig=4&pcc-voorlopig=2,5&tarief=65',
  budget: '?prijs=65&aantal=3&duur=78&clienten=10&index=3&plafond=150.000',
  looptijd: '?kader=rijk-van-nijmegen-wmo-ambulant-2025',
  sroi: '?kader=kampen-wmo-segmenten-2024&waarde=400.000',
  'eigen-bijdrage': '?jaar=2024&maanden=3',
  segment: '?geboortedatum=1950-01-01&peildatum=2026-01-01',
};
