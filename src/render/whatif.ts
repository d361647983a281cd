// The what-if sentence (Lacoste et al. 2019): the same energy in lower-intensity places. Pure.
import type { Kind } from '../model/kinds.ts';
import { html, type SafeHtml } from './html.ts';
import { formatGrams, formatKwh, sig } from './format.ts';

export interface Greener {
  /** how the places were chosen, for the reader */
  scope: string;
  /** the run as it ran */
  actual: { region: string; intensity_g_per_kwh: number; co2eq_g: number };
  energy_kwh: number;
  kind: Kind;
  /** up to 3 places with a lower intensity, lowest first */
  places: { id: string; zone: string; intensity_g_per_kwh: number; co2eq_g: number }[];
}

export function placeText(g: Greener, esc: (s: string) => string): string {
  const ps = g.places.map((p) => `${formatGrams(p.co2eq_g)} in ${esc(p.id)} (${sig(p.intensity_g_per_kwh)} g/kWh)`);
  return (
    `the same ${formatKwh(g.energy_kwh)} (${g.kind}) would emit ${ps.join(', ')}, ` +
    `instead of ${formatGrams(g.actual.co2eq_g)} in ${esc(g.actual.region)} (${sig(g.actual.intensity_g_per_kwh)} g/kWh); ` +
    `lowest-intensity ${esc(g.scope)}, annual averages`
  );
}

/** The same line as an HTML paragraph (for the appendix); the whole sentence is text, so all of it is escaped. */
export function whatIfHtml(g: Greener): SafeHtml {
  return html`<p class="whatif"><strong>What-if:</strong> ${placeText(g, (s) => s)}.</p>`;
}
