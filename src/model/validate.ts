// Value validators shared by the action's inputs (src/action/inputs.ts) and the CLI's options
// (src/cli/*.ts), so both accept the same ranges and say the same thing: "<name> must be <expected>, got '<raw>'".
// Pure: no I/O, no @actions/*.

export type Checked<T> = { ok: true; value: T } | { ok: false; expected: string };
export type Check<T> = (raw: string) => Checked<T>;

// Plain decimal numbers only: no hex, no 'Infinity', no '1,5', no empty string (Number('') is 0).
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const INTEGER = /^[+-]?\d+$/;

export interface NumberRange {
  min?: number;
  max?: number;
  /** exclusive bounds */
  above?: number;
  below?: number;
  integer?: boolean;
}

/** "a number > 0 and < 0.5", "an integer between 1 and 100": what a range accepts, in words */
export function describeRange(r: NumberRange): string {
  const what = r.integer ? 'an integer' : 'a number';
  const lo = r.min !== undefined ? { v: r.min, op: '>=' } : r.above !== undefined ? { v: r.above, op: '>' } : null;
  const hi = r.max !== undefined ? { v: r.max, op: '<=' } : r.below !== undefined ? { v: r.below, op: '<' } : null;
  if (lo && hi) {
    if (lo.op === '>=' && hi.op === '<=') return `${what} between ${lo.v} and ${hi.v}`;
    return `${what} ${lo.op} ${lo.v} and ${hi.op} ${hi.v}`;
  }
  if (lo) return `${what} ${lo.op} ${lo.v}`;
  if (hi) return `${what} ${hi.op} ${hi.v}`;
  return what;
}

export function number(r: NumberRange = {}): Check<number> {
  const expected = describeRange(r);
  return (raw) => {
    const s = raw.trim();
    if (!(r.integer ? INTEGER : DECIMAL).test(s)) return { ok: false, expected };
    const v = Number(s);
    if (!Number.isFinite(v)) return { ok: false, expected };
    return inRange(v, r) ? { ok: true, value: v } : { ok: false, expected };
  };
}

/** True when `v` is a finite number inside the range (for callers that parse their own syntax, e.g. 5%). */
export function inRange(v: number, r: NumberRange): boolean {
  if (!Number.isFinite(v)) return false;
  if (r.integer && !Number.isSafeInteger(v)) return false;
  if (r.min !== undefined && v < r.min) return false;
  if (r.max !== undefined && v > r.max) return false;
  if (r.above !== undefined && !(v > r.above)) return false;
  if (r.below !== undefined && !(v < r.below)) return false;
  return true;
}

export function oneOf<T extends string>(values: readonly T[]): Check<T> {
  const expected = `one of ${values.map((v) => `'${v}'`).join(', ')}`;
  return (raw) => {
    const s = raw.trim();
    return (values as readonly string[]).includes(s) ? { ok: true, value: s as T } : { ok: false, expected };
  };
}

/** YAML 1.2 core schema booleans (what a workflow author expects `with:` to accept). */
export const boolean: Check<boolean> = (raw) => {
  const s = raw.trim();
  if (s === 'true' || s === 'True' || s === 'TRUE') return { ok: true, value: true };
  if (s === 'false' || s === 'False' || s === 'FALSE') return { ok: true, value: false };
  return { ok: false, expected: 'a boolean (true/True/TRUE or false/False/FALSE)' };
};

export function pattern(re: RegExp, expected: string): Check<string> {
  return (raw) => (re.test(raw) ? { ok: true, value: raw } : { ok: false, expected });
}

/** File names: letters, digits, '.', '_', '-', 1-100 characters, not starting with '.' or '-'. */
export const label = pattern(
  /^[A-Za-z0-9_][A-Za-z0-9._-]{0,99}$/,
  "a name of letters, digits, '.', '_', '-' (1-100 characters, not starting with '.' or '-')",
);

export const nonEmpty: Check<string> = (raw) =>
  raw.trim() === '' ? { ok: false, expected: 'a non-empty value' } : { ok: true, value: raw };

// The value ranges of every numeric setting, one place for the action and the CLI.
export const REPEAT = number({ integer: true, min: 1, max: 100 });
export const INTERVAL_MS = number({ integer: true, min: 50, max: 60000 });
export const PUE = number({ min: 1 });
export const INTENSITY = number({ min: 0, max: 2000 });
export const PID = number({ integer: true, min: 1 });
/**
 * Significance level of the comparison. Below 0.5: at alpha >= 0.5 the test would call a change
 * significant more often than not when nothing changed, and the 1 - alpha interval would cover less than
 * half; no such level is a significance level. The action has always documented 0 < alpha < 0.5.
 */
export const ALPHA_RANGE: NumberRange = { above: 0, below: 0.5 };
/** smallest relative change that counts: a fraction, 0 (any change) up to but not 100 % */
export const MIN_EFFECT_RANGE: NumberRange = { min: 0, below: 1 };
export const ALPHA = number(ALPHA_RANGE);
export const MIN_EFFECT = number(MIN_EFFECT_RANGE);
/** grid zone ids are checked against regions/ by resolveCarbon (with suggestions); here only their shape */
export const ZONE = pattern(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, "a grid zone id such as 'US-CAL-CISO', 'DE' or 'CA-QC'");
export const CLOUD_REGION = pattern(
  /^(aws|gcp|azure):[A-Za-z0-9-]+$/,
  "'<provider>:<region>' with provider aws, gcp or azure, e.g. 'aws:us-east-1'",
);

/** Formats a failed check: "<name> must be <expected>, got '<raw>'". */
export function failure(name: string, expected: string, raw: string): string {
  return `${name} must be ${expected}, got '${raw}'`;
}
/** same-job A/B: measured pairs, warm-up runs per side, run order */
export const PAIRS = number({ integer: true, min: 2, max: 50 });
export const WARMUP = number({ integer: true, min: 0, max: 10 });
export const AB_ORDERS = ['abba', 'alternate'] as const;
/** which energy an A/B verdict is about */
export const AB_METRICS = ['active', 'attributed'] as const;
