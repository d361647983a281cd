// HTML/SVG built so that escaping cannot be forgotten: `html` escapes every interpolated value unless
// it is SafeHtml, and SafeHtml comes only from `html` itself or from `raw` (for vetted constants such
// as a stylesheet). A plain string, however it was built, is text and gets escaped.
import { escapeHtml } from './escape.ts';

// Set by SafeHtml's static block: the one way to make a SafeHtml, kept private to this module.
let make: (markup: string) => SafeHtml;

/** Markup that is safe to insert as is. Not constructible from outside this module. */
export class SafeHtml {
  readonly #html: string;
  private constructor(markup: string) {
    this.#html = markup;
  }
  /** The markup (also what a string template or String() gives, for callers that want text). */
  toString(): string {
    return this.#html;
  }
  /** A real SafeHtml: checks the private field, so an object made from the prototype does not pass. */
  static is(v: unknown): v is SafeHtml {
    return typeof v === 'object' && v !== null && #html in v;
  }
  static {
    make = (markup) => new SafeHtml(markup);
  }
}

/** What may go in a `${}` of `html`: text and numbers are escaped, SafeHtml goes in as is. */
export type HtmlValue = SafeHtml | string | number | null | undefined | readonly HtmlValue[];

function piece(v: HtmlValue): string {
  if (SafeHtml.is(v)) return v.toString();
  // nothing renders nothing (an optional section), never the word "undefined"
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(piece).join('');
  if (typeof v === 'string' || typeof v === 'number') return escapeHtml(String(v));
  // a boolean or an object here is a bug (`cond && html`...``, a forgotten field): refuse rather than print it
  throw new TypeError(`html: cannot interpolate a ${typeof v}; expected text, a number, SafeHtml or an array of them`);
}

/** Tagged template: html`<td>${label}</td>` escapes `label`; arrays are joined without a separator. */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += piece(values[i] as HtmlValue) + (strings[i + 1] ?? '');
  return make(out);
}

/** Markup taken as is: only for constants written in this code base (CSS, fixed entities), never for data. */
export function raw(markup: string): SafeHtml {
  return make(markup);
}

/** Joins fragments with a separator that is itself markup (e.g. '<br>'). */
export function join(items: readonly HtmlValue[], sep: SafeHtml | string = ''): SafeHtml {
  const s = SafeHtml.is(sep) ? sep.toString() : escapeHtml(sep);
  return make(items.map(piece).join(s));
}
