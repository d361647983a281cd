// Social cost of carbon per country (Ricke et al. 2018 CSCC; see regions/social-cost.json for each source).
// A country without its own figure gets the stated substitute (the global SCC), flagged in substitute_for.
import type { SocialCost } from '../model/summary.ts';
import { SOCIAL_COST, type SccEntry, countryOf, describeSource } from '../model/regions.ts';

const byCountry = new Map<string, SccEntry>();
for (const e of SOCIAL_COST.countries) {
  byCountry.set(e.country.toUpperCase(), e);
  if (e.iso2) byCountry.set(e.iso2.toUpperCase(), e);
}

/** The SCC table entry for an ISO alpha-2/alpha-3 code, zone id or cloud region id; undefined if none. */
export function sccEntryFor(country: string | undefined): SccEntry | undefined {
  if (!country) return undefined;
  const key = country.trim().toUpperCase();
  // The world-average zone asks for the whole world's cost: the global SCC is its own figure.
  if (key === 'WORLD' || key === 'GLOBAL') return byCountry.get(SOCIAL_COST.substitute.toUpperCase());
  return byCountry.get(key) ?? byCountry.get(countryOf(country)?.toUpperCase() ?? '');
}

export function substituteEntry(): SccEntry {
  const e = byCountry.get(SOCIAL_COST.substitute.toUpperCase());
  if (!e) throw new Error(`regions/social-cost.json: substitute '${SOCIAL_COST.substitute}' has no entry`);
  return e;
}

/** The social cost of `co2eq_g` grams in `country` (ISO 3166 alpha-2/3 or zone id), or undefined. */
export function socialCostFor(country: string | undefined, co2eq_g: number): SocialCost | undefined {
  // undefined rather than NaN in a report: the caller shows "social cost: n/a".
  if (typeof co2eq_g !== 'number' || !Number.isFinite(co2eq_g) || co2eq_g < 0) return undefined;
  const own = sccEntryFor(country);
  const entry = own ?? substituteEntry();
  const tonnes = co2eq_g / 1e6;
  const cost: SocialCost = {
    country: entry.country,
    currency: SOCIAL_COST.currency,
    year: SOCIAL_COST.currency_year,
    per_tonne: { median: entry.median, low: entry.low, high: entry.high },
    cost: { median: entry.median * tonnes, low: entry.low * tonnes, high: entry.high * tonnes },
    source: describeSource(entry.source),
  };
  if (!own) {
    const label = country?.trim() ? country.trim() : 'unknown country';
    cost.substitute_for = label;
  }
  return cost;
}
