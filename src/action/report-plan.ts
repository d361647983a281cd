// What the reporting of a metering step does, decided from the event and the inputs alone: which
// surfaces it produces and, once the comparison gave a verdict, whether the step fails. Pure: the
// executor (step-report.ts, modes/report.ts) carries it out with the adapters.
import type { StepVerdict } from '../model/verdict.ts';
import { isPullRequestEvent } from '../github/event.ts';
import { pText, signedPct } from '../render/format.ts';

export interface PlanContext {
  eventName: string;
  /** the pull request of the event, null outside one */
  pr: { number: number; fromFork: boolean } | null;
  /** a push to the repository's default branch */
  defaultBranchPush: boolean;
}

export interface PlanInputs {
  comment: boolean;
  upload: boolean;
  badge: boolean;
  appendix: boolean;
}

export interface PlanFacts {
  /** how many of the step's own (head) summaries could be read */
  headCount: number;
  /** mode ab: the session's paired comparison could be read */
  paired: boolean;
}

/**
 * - `pr`: compared (with the base branch, or the A/B deciding) and commented on
 * - `paired`: an A/B outside a pull request: comparison to the job summary and outputs
 * - `head`: the head's figures only (and, on the default branch, the badge)
 * - `none`: no summary: nothing to compare or publish
 */
export type ReportKind = 'pr' | 'paired' | 'head' | 'none';

/** `post`: the sticky comment; `pending`: a fork's read-only token, the comment travels in the artifact. */
export type CommentPlan = 'post' | 'pending' | 'off';

export interface ReportPlan {
  kind: ReportKind;
  /** the comment, on a pull request only (null elsewhere) */
  comment: CommentPlan | null;
  /** a comment the token may not post is saved into the artifact (only when it is uploaded) */
  saveDenied: boolean;
  /** history and badge: pushes to the default branch with `badge: true` */
  publish: boolean;
  /** `badge: true` off the default branch: say why no badge */
  badgeSkipped: boolean;
  appendix: boolean;
  upload: boolean;
  /** the appendix is linked from the report only when it is uploaded */
  linkAppendix: boolean;
  /** comparison outputs (verdict, change, p-value) are set */
  comparisonOutputs: boolean;
  jobSummary: boolean;
}

export function planReport(ctx: PlanContext, inputs: PlanInputs, facts: PlanFacts): ReportPlan {
  const has = facts.headCount > 0;
  const isPr = has && ctx.pr !== null && isPullRequestEvent(ctx.eventName);
  const kind: ReportKind = isPr ? 'pr' : facts.paired ? 'paired' : has ? 'head' : 'none';
  const publish = kind === 'head' && inputs.badge && ctx.defaultBranchPush;
  const comment: CommentPlan | null = kind !== 'pr' ? null : !inputs.comment ? 'off' : ctx.pr!.fromFork ? 'pending' : 'post';
  return {
    kind,
    comment,
    saveDenied: comment !== null && comment !== 'off' && inputs.upload,
    publish,
    badgeSkipped: kind === 'head' && inputs.badge && !publish,
    appendix: inputs.appendix,
    upload: inputs.upload,
    linkAppendix: inputs.appendix && inputs.upload,
    comparisonOutputs: kind === 'pr' || kind === 'paired',
    jobSummary: kind !== 'none',
  };
}

/** What a comparison decided, as the rendering reports it. */
export interface Decided {
  verdict: StepVerdict;
  energyChangePct?: number | null;
  pValue?: number | null;
}

/**
 * `fail-on-regression`: the one way reporting fails a step. The message for a metering step (`step`: its
 * change and p-value) or for mode report (`run`: any of its steps); null when the step does not fail.
 */
export function regressionFailure(failOnRegression: boolean, scope: 'step' | 'run', decided: readonly Decided[]): string | null {
  if (!failOnRegression) return null;
  const regressed = decided.filter((d) => d.verdict === 'regression');
  if (regressed.length === 0) return null;
  if (scope === 'run') return 'joulecheck: energy regressed significantly in at least one step and fail-on-regression is true';
  const r = regressed[0]!;
  const change = r.energyChangePct === null || r.energyChangePct === undefined ? 'change unknown' : signedPct(r.energyChangePct / 100);
  const p = typeof r.pValue === 'number' ? pText(r.pValue) : 'p unknown';
  return `joulecheck: energy regressed significantly (${change}, ${p}) and fail-on-regression is true`;
}
