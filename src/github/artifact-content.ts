// What a joulecheck artifact holds, and how a downloaded (untrusted) one is checked. Pure.
//   <label>-<n>.summary.json   summaries (size cap and Summary schema: the same check as for files)
//   <label>-<n>.ndjson         raw logs (kept for re-accounting, never parsed here)
//   joulecheck-comment.json    the rendered comment a fork PR's run could not post (mode: comment)
import { z } from 'zod';
import type { Summary } from '../model/summary.ts';
import { parseSummary, summaryProblemShort } from '../model/summary-parse.ts';
import { readZip, type ZipLimits, DEFAULT_ZIP_LIMITS } from './zip.ts';

export const COMMENT_FILE = 'joulecheck-comment.json';
export const COMMENT_SCHEMA = 'joulecheck/pr-comment@1';
/** GitHub refuses comment bodies over 65,536 characters */
export const MAX_COMMENT_CHARS = 65_536;

export const PendingComment = z.object({
  schema: z.literal(COMMENT_SCHEMA),
  pr_number: z.number().int().positive(),
  head_sha: z.string().regex(/^[0-9a-f]{40}$/),
  job: z.string().regex(/^[A-Za-z0-9._-]{1,100}$/),
  label: z.string().regex(/^[A-Za-z0-9._-]{1,100}$/),
  body: z.string().max(MAX_COMMENT_CHARS),
});
export type PendingComment = z.infer<typeof PendingComment>;

export interface ArtifactContent {
  summaries: Summary[];
  /** names of the summary files, in the same order */
  summaryFiles: string[];
  comment: PendingComment | null;
  /** problems that did not reject the whole artifact (one bad summary among good ones) */
  problems: string[];
}

function describeZod(err: z.ZodError): string {
  const first = err.issues[0];
  if (!first) return 'invalid';
  return `${first.path.join('.') || '(root)'}: ${first.message}`.slice(0, 200);
}

/** An archive entry as JSON of `schema`, or undefined with the reason added to `problems`. */
function parseJsonEntry<T>(e: { name: string; data: Buffer }, schema: z.ZodType<T>, invalid: string, problems: string[]): T | undefined {
  let json: unknown;
  try {
    json = JSON.parse(e.data.toString('utf8'));
  } catch {
    problems.push(`${e.name}: not JSON`);
    return undefined;
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    problems.push(`${e.name}: ${invalid} (${describeZod(parsed.error)})`);
    return undefined;
  }
  return parsed.data;
}

/** Parses an artifact zip. Throws UnsafeArchiveError when the archive itself is hostile or too big. */
export function parseArtifactZip(zip: Buffer, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ArtifactContent {
  const out: ArtifactContent = { summaries: [], summaryFiles: [], comment: null, problems: [] };
  const entries = readZip(zip, limits).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const base = e.name.split('/').pop()!;
    if (base.endsWith('.summary.json')) {
      const r = parseSummary(e.data, e.name);
      if (!r.ok) {
        out.problems.push(`${e.name}: ${summaryProblemShort(r.problem)}`);
        continue;
      }
      out.summaries.push(r.summary);
      out.summaryFiles.push(e.name);
    } else if (base === COMMENT_FILE && e.name === COMMENT_FILE) {
      const comment = parseJsonEntry(e, PendingComment, 'invalid', out.problems);
      if (comment !== undefined) out.comment = comment;
    }
  }
  return out;
}
