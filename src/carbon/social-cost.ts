// Social cost of carbon per country (issue 3 implements). Placeholder seam: none known.
import type { SocialCost } from '../report/summary-schema.ts';

/** The social cost of `co2eq_g` grams in `country` (ISO 3166 alpha-2/3 or zone id), or undefined. */
export function socialCostFor(country: string | undefined, co2eq_g: number): SocialCost | undefined {
  void country;
  void co2eq_g;
  return undefined;
}
