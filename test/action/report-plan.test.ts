import { describe, expect, it } from 'vitest';
import { planReport, regressionFailure, type PlanContext, type PlanInputs, type ReportPlan } from '../../src/action/report-plan.ts';

const sameRepoPr: PlanContext = { eventName: 'pull_request', pr: { number: 7, fromFork: false }, defaultBranchPush: false };
const forkPr: PlanContext = { eventName: 'pull_request', pr: { number: 8, fromFork: true }, defaultBranchPush: false };
const pushDefault: PlanContext = { eventName: 'push', pr: null, defaultBranchPush: true };
const pushOther: PlanContext = { eventName: 'push', pr: null, defaultBranchPush: false };
const all: PlanInputs = { comment: true, upload: true, badge: true, appendix: true };

const base: ReportPlan = {
  kind: 'head',
  comment: null,
  saveDenied: false,
  publish: false,
  badgeSkipped: false,
  appendix: true,
  upload: true,
  linkAppendix: true,
  comparisonOutputs: false,
  jobSummary: true,
};

describe('planReport', () => {
  const cases: [string, PlanContext, PlanInputs, { headCount: number; paired: boolean }, Partial<ReportPlan>][] = [
    ['pull request from the same repository: comment posted', sameRepoPr, all, { headCount: 3, paired: false }, { kind: 'pr', comment: 'post', saveDenied: true, comparisonOutputs: true }],
    ['pull request with comment: false', sameRepoPr, { ...all, comment: false }, { headCount: 3, paired: false }, { kind: 'pr', comment: 'off', comparisonOutputs: true }],
    ['pull request from a fork: pending comment in the artifact', forkPr, all, { headCount: 3, paired: false }, { kind: 'pr', comment: 'pending', saveDenied: true, comparisonOutputs: true }],
    ['fork without upload: nothing to carry the comment', forkPr, { ...all, upload: false }, { headCount: 1, paired: false }, { kind: 'pr', comment: 'pending', saveDenied: false, upload: false, linkAppendix: false, comparisonOutputs: true }],
    ['pull_request_target counts as a pull request', { ...sameRepoPr, eventName: 'pull_request_target' }, all, { headCount: 1, paired: false }, { kind: 'pr', comment: 'post', saveDenied: true, comparisonOutputs: true }],
    ['a PR payload on another event is not a pull request', { ...sameRepoPr, eventName: 'workflow_dispatch' }, all, { headCount: 1, paired: false }, { badgeSkipped: true }],
    ['push to the default branch: badge and history', pushDefault, all, { headCount: 2, paired: false }, { publish: true }],
    ['push to the default branch with badge: false', pushDefault, { ...all, badge: false }, { headCount: 2, paired: false }, {}],
    ['push elsewhere: no badge, said why', pushOther, all, { headCount: 2, paired: false }, { badgeSkipped: true }],
    ['no summaries: nothing compared, published or summarised', sameRepoPr, all, { headCount: 0, paired: false }, { kind: 'none', jobSummary: false }],
    ['no summaries on the default branch: no badge either', pushDefault, all, { headCount: 0, paired: false }, { kind: 'none', jobSummary: false }],
    ['ab in a pull request: compared and commented', sameRepoPr, all, { headCount: 5, paired: true }, { kind: 'pr', comment: 'post', saveDenied: true, comparisonOutputs: true }],
    ['ab outside a pull request: comparison to the job summary and outputs, no badge', pushDefault, all, { headCount: 5, paired: true }, { kind: 'paired', comparisonOutputs: true }],
    ['appendix without upload: built, not linked', pushOther, { ...all, badge: false, upload: false }, { headCount: 1, paired: false }, { upload: false, linkAppendix: false }],
    ['no appendix', pushOther, { ...all, badge: false, appendix: false }, { headCount: 1, paired: false }, { appendix: false, linkAppendix: false }],
  ];
  it.each(cases)('%s', (_, ctx, inputs, facts, diff) => {
    expect(planReport(ctx, inputs, facts)).toEqual({ ...base, ...diff });
  });
});

describe('regressionFailure', () => {
  const regression = { verdict: 'regression' as const, energyChangePct: 12.345, pValue: 0.003 };
  const improvement = { verdict: 'improvement' as const, energyChangePct: -8, pValue: 0.01 };
  it('a step that regressed fails with its change and p-value', () => {
    expect(regressionFailure(true, 'step', [regression])).toBe('joulecheck: energy regressed significantly (+12%, p = 0.0030) and fail-on-regression is true');
  });
  it('the figures in the comment\'s formats', () => {
    expect(regressionFailure(true, 'step', [{ verdict: 'regression', energyChangePct: 4.16, pValue: 0.00312 }])).toContain('(+4.2%, p = 0.0031)');
    expect(regressionFailure(true, 'step', [{ verdict: 'regression', energyChangePct: 30, pValue: 1e-6 }])).toContain('(+30%, p < 0.0001)');
  });
  it('a step without a regression, or fail-on-regression false, does not fail', () => {
    expect(regressionFailure(true, 'step', [improvement])).toBeNull();
    expect(regressionFailure(true, 'step', [{ verdict: 'no_baseline', energyChangePct: null, pValue: null }])).toBeNull();
    expect(regressionFailure(false, 'step', [regression])).toBeNull();
  });
  it('mode report fails when any step regressed, even a single one', () => {
    const msg = 'joulecheck: energy regressed significantly in at least one step and fail-on-regression is true';
    expect(regressionFailure(true, 'run', [improvement, regression])).toBe(msg);
    expect(regressionFailure(true, 'run', [regression])).toBe(msg);
    expect(regressionFailure(true, 'run', [improvement, improvement])).toBeNull();
    expect(regressionFailure(false, 'run', [regression])).toBeNull();
  });
});
