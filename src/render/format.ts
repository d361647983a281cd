// The one formatter of figures with units, used by every surface (CLI text, PR comment, job summary,
// badge, appendix, leaderboard, what-if): the same run reads the same on each. Pure.
//
// Energy climbs J -> Wh -> kWh -> MWh (electricity is billed and carbon intensity is quoted per kWh),
// mass mg -> g -> kg -> t, both with 3 significant digits and no trailing zeros.
import { J_PER_KWH } from '../model/units.ts';

/** Units a figure can carry. */
export type FigureUnit = 'J' | 'g' | 's' | 'W';

/** 3 significant digits ("12.3", "0.0452"); whole numbers from 1000 up, grouped ("12,345"). */
export function sig(x: number, digits = 3): string {
  if (!Number.isFinite(x)) return 'n/a';
  if (x === 0) return '0';
  if (Math.abs(x) >= 10 ** digits) return grouped(Math.round(x));
  const r = Number(x.toPrecision(digits));
  // 999.6 rounds up to 1000: grouped like every other whole number from 1000 up
  return Math.abs(r) >= 10 ** digits ? grouped(r) : String(r);
}

/**
 * "12,345", "-1,234,567": en-US grouping by hand, because the first toLocaleString() of a process loads
 * ICU's locale data (~25 ms of CPU in the meter, whose own CPU time is part of what it measures).
 */
function grouped(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n));
  let out = '';
  for (let i = digits.length; i > 0; i -= 3) out = digits.slice(Math.max(0, i - 3), i) + (out ? `,${out}` : '');
  return n < 0 ? `-${out}` : out;
}

const J_PER_WH = J_PER_KWH / 1000;

/** Energy: "452 J", "12.3 Wh", "4.56 kWh", "1.2 MWh". */
export function formatEnergy(j: number): string {
  if (!Number.isFinite(j)) return 'n/a';
  const a = Math.abs(j);
  if (a < J_PER_WH) return `${sig(j)} J`;
  if (a < J_PER_KWH) return `${sig(j / J_PER_WH)} Wh`;
  if (a < 1000 * J_PER_KWH) return `${sig(j / J_PER_KWH)} kWh`;
  return `${sig(j / (1000 * J_PER_KWH))} MWh`;
}

/** The same ladder for a figure given in kWh. */
export function formatKwh(kwh: number): string {
  return formatEnergy(kwh * J_PER_KWH);
}

/** Mass of CO2eq: "1.54 mg", "12.3 g", "4.57 kg", "7.89 t". */
export function formatGrams(g: number): string {
  if (!Number.isFinite(g)) return 'n/a';
  const a = Math.abs(g);
  if (a >= 1e6) return `${sig(g / 1e6)} t`;
  if (a >= 1e3) return `${sig(g / 1e3)} kg`;
  if (a > 0 && a < 1) return `${sig(g * 1e3)} mg`;
  return `${sig(g)} g`;
}

/** Duration: "4.2 s", "3 min 20 s", "2 h 5 min". */
export function formatDuration(s: number): string {
  if (!Number.isFinite(s)) return 'n/a';
  if (Math.abs(s) < 60) return `${sig(s)} s`;
  const m = Math.floor(s / 60);
  const rest = Math.round(s - m * 60);
  if (m < 60) return `${m} min ${rest} s`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}

/** Power: "245 W", "1.2 kW". */
export function formatPower(w: number): string {
  if (!Number.isFinite(w)) return 'n/a';
  return Math.abs(w) < 1000 ? `${sig(w)} W` : `${sig(w / 1000)} kW`;
}

/** A figure in its unit's ladder; '–' for a missing value. */
export function formatValue(unit: FigureUnit, x: number | null): string {
  if (x === null) return '–';
  switch (unit) {
    case 'J':
      return formatEnergy(x);
    case 'g':
      return formatGrams(x);
    case 's':
      return formatDuration(x);
    case 'W':
      return formatPower(x);
  }
}

/** A fraction as a percentage, trailing zeros dropped: pct(0.95) "95%", pct(0.025, 2) "2.5%". */
export function pct(fraction: number, digits = 1): string {
  if (!Number.isFinite(fraction)) return 'n/a';
  return `${Number((fraction * 100).toFixed(digits))}%`;
}

/** A relative change, signed (U+2212 minus): "+4.1%", "−12%", "0.0%"; one decimal under 10 %. */
export function signedPct(rel: number): string {
  if (!Number.isFinite(rel)) return 'n/a';
  const p = rel * 100;
  const s = Math.abs(p).toFixed(Math.abs(p) < 10 ? 1 : 0);
  if (Number(s) === 0) return '0.0%';
  return `${p > 0 ? '+' : '−'}${s}%`;
}

/** A p-value: "0.04", "0.0031", "< 0.0001"; '–' when there is none. */
export function pValue(p: number | null | undefined): string {
  if (p === undefined || p === null || !Number.isFinite(p)) return '–';
  if (p < 1e-4) return '< 0.0001';
  return p >= 0.01 ? p.toFixed(2).replace(/0$/, '') || '0' : p.toPrecision(2);
}

/** "p = 0.012" or "p < 0.0001". */
export function pText(p: number): string {
  const f = pValue(p);
  return f.startsWith('<') ? `p ${f}` : `p = ${f}`;
}
