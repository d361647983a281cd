// Escaping for text that came from a log or a summary (commands, labels, hostnames, process names,
// branch names, PR titles) before it goes into GitHub Markdown. Whatever the input:
//  - no @mention or team ping (a zero-width joiner after '@' breaks GitHub's mention parser, the text
//    still reads the same), no #123 / owner/repo#123 cross-reference backlinks;
//  - no HTML: '<', '>', '&', '"' become entities, so no tag, comment or `</details>` can open or close;
//  - no broken table: '|' is an entity, CR/LF/tabs and other control characters become spaces;
//  - no Markdown link, image, emphasis, heading, code, math or footnote: their punctuation is
//    backslash-escaped (CommonMark allows a backslash before any ASCII punctuation);
//  - no bare autolink (`https://…`, `www.…`);
//  - bidirectional overrides are dropped (they can make a table lie about what it shows).
// Pure and dependency-free so the GitHub code can reuse it for PR titles and branch names.

const ZWJ = '\u200D';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '|': '&#124;',
};

// Inline Markdown punctuation: escape, emphasis, code, link/image/footnote brackets, strikethrough, math.
// ('(' and '!' need no escape once '[' and ']' have one.)
const MD_INLINE = /[\\`*_[\]~$]/g;
// Block syntax only matters at the start of a line: heading, list, quote, thematic break, setext underline,
// ordered list ("1." / "1)").
const MD_LINE_START = /^(\s*)(?:([#+\-=])|(\d+)([.)]))/;
// C0/C1 controls, line/paragraph separators, and bidi embedding/override/isolate characters.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

export interface EscapeOptions {
  /** cut to this many characters (before escaping, so no entity is split); default unlimited */
  maxLength?: number;
}

/** Cut to at most maxLength characters (by code point), ending with '…' when cut. */
export function truncate(text: string, maxLength: number): string {
  const cps = Array.from(text);
  if (cps.length <= maxLength) return text;
  return cps.slice(0, Math.max(0, maxLength - 1)).join('') + '…';
}

/**
 * Escape untrusted text for GitHub-flavoured Markdown: inline text, table cells, headings, summaries of
 * `<details>` alike. The result is a single line that renders as the literal text.
 */
export function escapeMarkdown(text: string, opts: EscapeOptions = {}): string {
  let s = String(text).replace(BIDI, '').replace(CONTROL, ' ');
  if (opts.maxLength !== undefined) s = truncate(s, opts.maxLength);
  s = s.replace(/[&<>"|]/g, (c) => ENTITIES[c]!);
  s = s.replace(MD_INLINE, (c) => `\\${c}`);
  s = s.replace(MD_LINE_START, (_m, sp: string, mark?: string, digits?: string, delim?: string) =>
    mark !== undefined ? `${sp}\\${mark}` : `${sp}${digits}\\${delim}`,
  );
  // Break mentions (@user, @org/team) and cross-references (#12, GH-12, owner/repo#12) with a joiner.
  s = s.replace(/@/g, `@${ZWJ}`);
  s = s.replace(/(?<!&)#(?=\d)/g, `#${ZWJ}`); // not the &#124; entity above
  s = s.replace(/\b(GH)-(?=\d)/gi, `$1${ZWJ}-`);
  // Bare autolinks: the scheme's '://' and 'www.' are what GFM looks for.
  s = s.replace(/:\/\//g, `:${ZWJ}//`);
  s = s.replace(/\b(www)\./gi, `$1${ZWJ}.`);
  return s;
}

/** Untrusted text shown as code: `<code>` with escaped content (a backtick fence can be broken out of). */
export function escapeCode(text: string, opts: EscapeOptions = {}): string {
  return `<code>${escapeMarkdown(text, opts)}</code>`;
}

/** A command line (argv) as escaped code, arguments quoted where they contain spaces. */
export function escapeCommand(argv: readonly string[], opts: EscapeOptions = {}): string {
  const joined = argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
  return escapeCode(joined, { maxLength: opts.maxLength ?? 200 });
}

/**
 * Text for an HTML comment (e.g. the hidden marker of a sticky comment): only [A-Za-z0-9 _.:/=-], so it
 * cannot end the comment early.
 */
export function escapeHtmlComment(text: string): string {
  return String(text).replace(/[^A-Za-z0-9 _.:/=-]/g, '_').replace(/-{2,}/g, '-');
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escape untrusted text for HTML/SVG text content and quoted attribute values. C0 controls other than
 * tab/LF/CR are not allowed in XML (an SVG with one does not render), so they become U+FFFD.
 */
export function escapeHtml(text: string): string {
  return String(text)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd')
    .replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}
