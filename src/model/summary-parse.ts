// Bytes -> Summary: the one check every summary read goes through, whether it comes from a file on disk
// (src/log/summary-files.ts, for the CLI and the action) or from a downloaded artifact (src/github/), so
// both accept and refuse the same things: a size cap, JSON, then the Summary schema.
import { SUMMARY_SCHEMA, Summary } from './summary.ts';

/** Largest accepted summary. A summary is a few KB: anything near this is the wrong file (or hostile). */
export const MAX_SUMMARY_BYTES = 4 * 1024 * 1024;

/** Why bytes are not a usable summary. */
export type SummaryProblem =
  | { kind: 'too-large'; bytes: number }
  | { kind: 'not-json'; detail: string }
  /** a joulecheck summary of another format version */
  | { kind: 'other-version'; schema: string }
  /** JSON, but not the Summary schema; detail names the first offending field */
  | { kind: 'invalid'; detail: string };

export type SummaryParse =
  | { ok: true; summary: Summary }
  /** message: the problem as a sentence naming the file (summaryProblemMessage) */
  | { ok: false; problem: SummaryProblem; message: string };

/** Parses and validates a summary held in memory; `name` (a file, an archive entry) is named in messages. */
export function parseSummary(data: Uint8Array, name: string): SummaryParse {
  const fail = (problem: SummaryProblem): SummaryParse => ({ ok: false, problem, message: summaryProblemMessage(name, problem) });
  if (data.byteLength > MAX_SUMMARY_BYTES) return fail({ kind: 'too-large', bytes: data.byteLength });
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(data));
  } catch (err) {
    return fail({ kind: 'not-json', detail: (err as Error).message });
  }
  const r = Summary.safeParse(json);
  if (r.success) return { ok: true, summary: r.data };
  const schema = (json as { schema?: unknown } | null)?.schema;
  if (typeof schema === 'string' && schema !== SUMMARY_SCHEMA && schema.startsWith('joulecheck/summary@')) {
    return fail({ kind: 'other-version', schema });
  }
  const i = r.error.issues[0];
  // the first issue only, bounded: the content may be untrusted (a downloaded artifact)
  return fail({ kind: 'invalid', detail: i ? `${i.path.join('.') || '(root)'}: ${i.message}`.slice(0, 200) : 'invalid' });
}

const mib = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

/** The problem as a sentence naming the file (for an error the user reads). */
export function summaryProblemMessage(name: string, p: SummaryProblem): string {
  switch (p.kind) {
    case 'too-large':
      return `'${name}' is ${mib(p.bytes)} MiB; a summary is a few KB (limit ${MAX_SUMMARY_BYTES / 1024 / 1024} MiB): is it the right file?`;
    case 'not-json':
      return `cannot read summary '${name}': ${p.detail}`;
    case 'other-version':
      return `'${name}' is ${p.schema}; this tool reads ${SUMMARY_SCHEMA}`;
    case 'invalid':
      return `'${name}' is not a ${SUMMARY_SCHEMA} file: ${p.detail}`;
  }
}

/** The problem in a few words, for a list of problems each line of which already names its file. */
export function summaryProblemShort(p: SummaryProblem): string {
  switch (p.kind) {
    case 'too-large':
      return `${p.bytes} bytes, over the ${MAX_SUMMARY_BYTES}-byte limit for a summary`;
    case 'not-json':
      return 'not JSON';
    case 'other-version':
      return `not a joulecheck summary (schema: ${p.schema}; this tool reads ${SUMMARY_SCHEMA})`;
    case 'invalid':
      return `not a joulecheck summary (${p.detail})`;
  }
}
