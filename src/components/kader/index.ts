/** The components MDX authors can use in content/kaders/<slug>/index.mdx, without importing them. */
import AwardCriteria from './AwardCriteria.astro';
import Calculator from './Calculator.astro';
import Callout from './Callout.astro';
import ContractTerm from './ContractTerm.astro';
import FigureTable from './FigureTable.astro';
import FundingModels from './FundingModels.astro';
import LotMatrix from './LotMatrix.astro';
import OtherProcurements from './OtherProcurements.astro';
import Planning from './Planning.astro';
import ProductMatrix from './ProductMatrix.astro';
import Requirements from './Requirements.astro';
import RiskTable from './RiskTable.astro';
import Segments from './Segments.astro';
import Tariffs from './Tariffs.astro';

export const authorComponents = {
  AwardCriteria,
  Calculator,
  Callout,
  ContractTerm,
  FigureTable,
  FundingModels,
  LotMatrix,
  OtherProcurements,
  Planning,
  ProductMatrix,
  Requirements,
  RiskTable,
  Segments,
  Tariffs,
};
