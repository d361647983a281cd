// Figures with units for every report surface. Pure.

/** Grams with a unit that keeps 3 significant digits: 4.2 mg, 12.3 g, 4.56 kg, 7.89 t. */
export function formatGrams(g: number): string {
  if (!Number.isFinite(g)) return 'n/a';
  const a = Math.abs(g);
  if (a >= 1e6) return `${sig(g / 1e6)} t`;
  if (a >= 1e3) return `${sig(g / 1e3)} kg`;
  if (a > 0 && a < 1) return `${sig(g * 1e3)} mg`;
  return `${sig(g)} g`;
}

export function formatKwh(kwh: number): string {
  if (!Number.isFinite(kwh)) return 'n/a';
  const a = Math.abs(kwh);
  if (a >= 1e3) return `${sig(kwh / 1e3)} MWh`;
  if (a >= 1) return `${sig(kwh)} kWh`;
  return `${sig(kwh * 1e3)} Wh`;
}

export function sig(v: number, digits = 3): string {
  if (v === 0) return '0';
  return String(Number(v.toPrecision(digits)));
}

/** Energy in the unit that fits: J, kJ, MJ, with 3 significant digits. */
export function formatJoules(j: number): string {
  if (!Number.isFinite(j)) return 'n/a';
  const a = Math.abs(j);
  if (a >= 1e6) return `${sig(j / 1e6)} MJ`;
  if (a >= 1e3) return `${sig(j / 1e3)} kJ`;
  return `${sig(j)} J`;
}
