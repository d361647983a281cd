// Finding the one sticky comment among all comments of a PR. Pure.
// A comment is ours when its body STARTS with the marker (a quote of it in a reply does not count).
// Anyone can paste a marker into a comment, so among several candidates the one written by a bot
// (github-actions[bot] with the default token) wins, and the oldest one otherwise.

export interface CommentLite {
  id: number;
  body?: string | null;
  html_url: string;
  user?: { login: string; type?: string } | null;
  created_at?: string;
}

export function hasMarker(body: string | null | undefined, marker: string): boolean {
  return typeof body === 'string' && body.trimStart().startsWith(marker);
}

/** Our comments, best first: by `preferLogin`, then by bots, then the oldest. */
export function rankSticky<T extends CommentLite>(comments: T[], marker: string, preferLogin?: string | null): T[] {
  const mine = comments.filter((c) => hasMarker(c.body, marker));
  const rank = (c: T) => (preferLogin && c.user?.login === preferLogin ? 0 : c.user?.type === 'Bot' ? 1 : 2);
  return mine.map((c, i) => ({ c, i })).sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i).map((x) => x.c);
}

export function findSticky<T extends CommentLite>(comments: T[], marker: string, preferLogin?: string | null): T | null {
  return rankSticky(comments, marker, preferLogin)[0] ?? null;
}

/** The body posted: the marker on the first line, then the Markdown, cut to GitHub's limit. */
export function stickyBody(marker: string, markdown: string, limit = 65_536): string {
  const withoutOldMarker = markdown.startsWith(marker) ? markdown.slice(marker.length).replace(/^\n/, '') : markdown;
  const body = `${marker}\n${withoutOldMarker}`;
  if (body.length <= limit) return body;
  const note = '\n\n… (cut to fit GitHub\u2019s comment limit; the full report is in the job summary and the artifact)\n';
  let cut = body.slice(0, limit - note.length);
  // do not leave half a <details> block or code fence open
  const openDetails = (cut.match(/<details>/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
  const fences = (cut.match(/^```/gm) ?? []).length;
  const closers = (fences % 2 ? '\n```' : '') + '\n</details>'.repeat(Math.max(0, openDetails));
  cut = cut.slice(0, limit - note.length - closers.length) + closers;
  return cut + note;
}
