// Which runs of the base branch form the baseline. Pure: the adapter lists the workflow's successful runs
// on the base branch and passes them here.
//
// Rules: only completed, successful runs of the SAME repository (a fork can name its branch `main` too:
// its pull_request runs carry head_branch `main` and must never become the baseline), never a
// pull_request-triggered run, never the current run. Runs of the merge-base commit are preferred (the
// PR's true parent); otherwise the latest `limit` runs of the branch, newest first.
import { isPullRequestEvent } from './event.ts';

export interface RunLite {
  id: number;
  head_sha: string;
  head_branch: string | null;
  event: string;
  status: string | null;
  conclusion: string | null;
  created_at: string;
  /** `owner/name` of the repository the run's commit came from */
  head_repository: string | null;
}

export interface BaselineChoice {
  runs: RunLite[];
  /** true when every chosen run is of the merge-base commit */
  mergeBase: boolean;
  /** head SHAs of the chosen runs, newest first, without duplicates */
  shas: string[];
  /** why runs were left out (for the log) */
  skipped: string[];
}

export function eligibleBaseRuns(runs: RunLite[], opts: { branch: string; repo: string; currentRunId: number }): { ok: RunLite[]; skipped: string[] } {
  const ok: RunLite[] = [];
  const skipped: string[] = [];
  for (const r of runs) {
    let why: string | null = null;
    if (r.id === opts.currentRunId) why = 'the current run';
    else if (r.conclusion !== 'success') why = `conclusion ${r.conclusion ?? 'none'}`;
    else if (isPullRequestEvent(r.event)) why = `a ${r.event} run`;
    else if (r.head_branch !== opts.branch) why = `branch ${r.head_branch ?? '?'}`;
    else if (r.head_repository !== null && r.head_repository.toLowerCase() !== opts.repo.toLowerCase()) why = `from ${r.head_repository}`;
    if (why) skipped.push(`run ${r.id}: ${why}`);
    else ok.push(r);
  }
  ok.sort((a, b) => (a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : b.id - a.id));
  return { ok, skipped };
}

/**
 * Orders candidate runs: merge-base runs first (newest first), then the rest (newest first). The caller
 * walks this list, downloading artifacts until it has `limit` runs with valid summaries; `preferMergeBase`
 * tells it to stop after the merge-base runs when at least one of them had a valid artifact.
 */
export function orderCandidates(eligible: RunLite[], mergeBaseSha: string | null): { mergeBaseRuns: RunLite[]; otherRuns: RunLite[] } {
  const mergeBaseRuns = mergeBaseSha ? eligible.filter((r) => r.head_sha === mergeBaseSha) : [];
  const otherRuns = eligible.filter((r) => !mergeBaseRuns.includes(r));
  return { mergeBaseRuns, otherRuns };
}

export function uniqueShas(runs: RunLite[]): string[] {
  const out: string[] = [];
  for (const r of runs) if (!out.includes(r.head_sha)) out.push(r.head_sha);
  return out;
}
