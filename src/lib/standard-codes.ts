/**
 * Codes from public standards that open-data reusers identify things by: the CBS gemeentecode for a
 * municipality and the iStandaarden (iWmo, iJw) product category and product code. Only the form of a
 * code is checked here; whether a code belongs to that municipality or product comes from the official
 * list it is taken from, which an author cites (never from memory: unknown stays unknown).
 */

/** "GM" followed by the four digits of the CBS gemeentecode, e.g. GM0001 (leading zeros kept). */
export const CBS_CODE_PATTERN = '^GM\\d{4}$';

/** Why a value is not a CBS gemeentecode as written here, or null when its form is right. */
export function cbsCodeProblem(value: string): string | null {
  if (new RegExp(CBS_CODE_PATTERN).test(value)) return null;
  const digits = value.replace(/^GM/i, '');
  if (/^\d+$/.test(digits) && digits.length !== 4) {
    return `de CBS-gemeentecode heeft precies vier cijfers (met voorloopnullen), kreeg ${digits.length} in '${value}'; neem de code over uit de officiële CBS-lijst`;
  }
  return `verwacht een CBS-gemeentecode als GM gevolgd door vier cijfers (bijvoorbeeld GM0123), kreeg '${value}'`;
}

/** The four digits of a CBS gemeentecode (GM0123 → "0123"). */
export function cbsDigits(code: string): string {
  return code.slice(2);
}

/** The iStandaarden that name products in the social domain. */
export const PRODUCT_STANDARDS = ['iWmo', 'iJw'] as const;
export type ProductStandard = (typeof PRODUCT_STANDARDS)[number];

/** A product category is two digits, e.g. "02". */
export const PRODUCT_CATEGORY_PATTERN = '^\\d{2}$';
/** A product code is five characters (digits and capitals), e.g. "02A01". */
export const PRODUCT_CODE_PATTERN = '^[0-9A-Z]{5}$';

/**
 * Why a product category and product code do not fit together, or null. A product code lies inside its
 * category: its first two characters are the category.
 */
export function productCodeProblem(category: string, code: string | undefined): string | null {
  if (!new RegExp(PRODUCT_CATEGORY_PATTERN).test(category)) return `de productcategorie is twee cijfers, bijvoorbeeld 02; kreeg '${category}'`;
  if (code === undefined) return null;
  if (!new RegExp(PRODUCT_CODE_PATTERN).test(code)) return `de productcode is vijf tekens (cijfers en hoofdletters), bijvoorbeeld ${category}A01; kreeg '${code}'`;
  if (!code.startsWith(category)) return `productcode ${code} valt niet in productcategorie ${category}: een productcode begint met de twee cijfers van zijn categorie`;
  return null;
}

/**
 * Units of the iWmo unit code list, by name as the issue that asked for them lists them. The list's
 * numeric codes are not written here: they come from the official list, not from memory.
 */
export const TARIFF_UNITS = ['minuut', 'uur', 'dagdeel', 'etmaal', 'stuks', "euro's"] as const;
export type TariffUnit = (typeof TARIFF_UNITS)[number];

/** How often the unit is delivered: a field of its own ("per week" is a frequency, not a unit). */
export const TARIFF_FREQUENCIES = ['per week', 'per maand', 'per periode'] as const;
export type TariffFrequency = (typeof TARIFF_FREQUENCIES)[number];
