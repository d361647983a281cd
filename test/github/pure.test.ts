// Pure reporting logic: names and markers, run context, baseline selection, sticky comment, badge,
// comment assembly and escaping, error descriptions.
import { verdictOutput } from '../../src/model/verdict.ts';
import { describe, expect, it } from 'vitest';
import { artifactName, stickyKey, stickyMarker, reportKey, safeNamePart, badgeStem } from '../../src/github/names.ts';
import { readEventContext, workflowFileFromRef, isDefaultBranchPush, isPullRequestEvent } from '../../src/github/event.ts';
import { eligibleBaseRuns, orderCandidates, uniqueShas, type RunLite } from '../../src/github/baseline.ts';
import { findSticky, hasMarker, rankSticky, stickyBody } from '../../src/github/sticky.ts';
import { badgeFiles, badgeColor, historyPaths, trendMarkdown } from '../../src/github/badge.ts';
import { formatEnergy, formatGrams } from '../../src/render/format.ts';
import { appendixLine, artifactPageUrl, baselineLine, notesBlock, runPageUrl, withExtras } from '../../src/render/comment-parts.ts';
import { describeError } from '../../src/github/errors.ts';
import { renderReport } from '../../src/render/report.ts';
import { compareWithBaseline } from '../../src/analysis/report-compare.ts';
import { summary } from '../e2e/fixtures.ts';

describe('names', () => {
  it('artifact names and markers', () => {
    expect(artifactName('train', 'run')).toBe('joulecheck-train');
    expect(artifactName('train', 'bert')).toBe('joulecheck-train-bert');
    expect(stickyMarker(stickyKey('train', 'run'))).toBe('<!-- joulecheck:sticky:train -->');
    expect(stickyMarker(stickyKey('train', 'bert'))).toBe('<!-- joulecheck:sticky:train/bert -->');
    expect(stickyMarker(reportKey('report'))).toBe('<!-- joulecheck:sticky:report:report -->');
    expect(badgeStem('train', 'bert')).toBe('train-bert');
  });
  it('hostile parts cannot close the HTML comment or change the path', () => {
    const m = stickyMarker(stickyKey('x --> <img src=x>', '../../a'));
    expect(m.match(/-->/g)).toHaveLength(1);
    expect(m).not.toContain('<img');
    expect(safeNamePart('../../etc')).not.toContain('/');
    expect(safeNamePart('..')).toBe('_');
  });
});

describe('run context', () => {
  const env = { GITHUB_REPOSITORY: 'octo/ml', GITHUB_EVENT_NAME: 'pull_request', GITHUB_RUN_ID: '12', GITHUB_JOB: 'train', GITHUB_WORKFLOW_REF: 'octo/ml/.github/workflows/train.yml@refs/pull/7/merge', GITHUB_API_URL: 'https://ghe.example.com/api/v3/' };
  const pr = (headRepo: string | null) => ({ pull_request: { number: 7, title: 't', base: { ref: 'main', sha: 'a', repo: { full_name: 'octo/ml' } }, head: { ref: 'f', sha: 'b', repo: headRepo ? { full_name: headRepo } : null } }, repository: { default_branch: 'main' } });
  it('reads the PR, the workflow file and the API URL (GHES)', () => {
    const c = readEventContext(env, pr('octo/ml'));
    expect(c.pr).toMatchObject({ number: 7, baseRef: 'main', headSha: 'b', fromFork: false });
    expect(c.workflowFile).toBe('train.yml');
    expect(c.apiUrl).toBe('https://ghe.example.com/api/v3');
    expect(readEventContext(env, pr('mallory/ml')).pr!.fromFork).toBe(true);
    expect(readEventContext(env, pr(null)).pr!.fromFork).toBe(true);
  });
  it('tolerates a strange payload and rejects a missing repository', () => {
    expect(readEventContext(env, { pull_request: 'nope' }).pr).toBeNull();
    expect(() => readEventContext({}, {})).toThrow(/GITHUB_REPOSITORY/);
    expect(workflowFileFromRef('o/r/.github/workflows/a.yaml@refs/heads/x')).toBe('a.yaml');
    expect(workflowFileFromRef(undefined)).toBeNull();
  });
  it('default-branch push', () => {
    const push = { ...env, GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main' };
    expect(isDefaultBranchPush(readEventContext(push, { repository: { default_branch: 'main' } }))).toBe(true);
    expect(isDefaultBranchPush(readEventContext({ ...push, GITHUB_REF: 'refs/heads/dev' }, { repository: { default_branch: 'main' } }))).toBe(false);
    expect(isDefaultBranchPush(readEventContext(push, {}))).toBe(false);
  });
  it('pull request events: the one test the comment, the report mode and the baseline share', () => {
    expect(['pull_request', 'pull_request_target', 'push', 'workflow_run', 'pull_request_review'].filter(isPullRequestEvent)).toEqual(['pull_request', 'pull_request_target']);
  });
});

describe('baseline selection', () => {
  const run = (id: number, o: Partial<RunLite> = {}): RunLite => ({ id, head_sha: `s${id}`, head_branch: 'main', event: 'push', status: 'completed', conclusion: 'success', created_at: `2026-11-${String(id).padStart(2, '0')}T00:00:00Z`, head_repository: 'octo/ml', ...o });
  it('keeps successful non-PR runs of this repository on the base branch, newest first', () => {
    const { ok, skipped } = eligibleBaseRuns(
      [run(1), run(2, { conclusion: 'failure' }), run(3, { event: 'pull_request' }), run(4, { head_repository: 'mallory/ml' }), run(5, { head_branch: 'dev' }), run(6), run(9)],
      { branch: 'main', repo: 'octo/ml', currentRunId: 9 },
    );
    expect(ok.map((r) => r.id)).toEqual([6, 1]);
    expect(skipped).toHaveLength(5);
    expect(skipped.join('\n')).toMatch(/from mallory\/ml/);
  });
  it('prefers the merge-base commit', () => {
    const list = [run(6), run(5, { head_sha: 'mb' }), run(4), run(3, { head_sha: 'mb' })];
    const { mergeBaseRuns, otherRuns } = orderCandidates(list, 'mb');
    expect(mergeBaseRuns.map((r) => r.id)).toEqual([5, 3]);
    expect(otherRuns.map((r) => r.id)).toEqual([6, 4]);
    expect(orderCandidates(list, null).mergeBaseRuns).toEqual([]);
    expect(uniqueShas(mergeBaseRuns)).toEqual(['mb']);
  });
});

describe('sticky comment', () => {
  const marker = '<!-- joulecheck:sticky:train -->';
  const c = (id: number, body: string, login = 'someone', type = 'User') => ({ id, body, html_url: `u${id}`, user: { login, type } });
  it('only a body that starts with the marker is ours; the bot wins over a pasted copy', () => {
    expect(hasMarker(`> ${marker}`, marker)).toBe(false);
    expect(hasMarker(`\n${marker}\nx`, marker)).toBe(true);
    const all = [c(1, 'hello'), c(2, `${marker} copy`, 'mallory'), c(3, `${marker}\nreal`, 'github-actions[bot]', 'Bot'), c(4, '<!-- joulecheck:sticky:train/bert -->')];
    expect(findSticky(all, marker, 'github-actions[bot]')!.id).toBe(3);
    expect(findSticky(all, marker)!.id).toBe(3);
    expect(findSticky([c(2, `${marker} x`)], marker)!.id).toBe(2);
    expect(findSticky([c(1, 'x')], marker)).toBeNull();
    // the order in which candidates are tried (one we may not edit is skipped, then the next)
    expect(rankSticky(all, marker, 'github-actions[bot]').map((x) => x.id)).toEqual([3, 2]);
    expect(rankSticky([c(5, `${marker}a`, 'mallory'), c(6, `${marker}b`, 'pat-owner')], marker, 'pat-owner').map((x) => x.id)).toEqual([6, 5]);
  });
  it('the body fits GitHub\'s limit and closes what it opened', () => {
    const md = `<details><summary>x</summary>\n\n${'row\n'.repeat(30_000)}</details>`;
    const b = stickyBody(marker, md);
    expect(b.length).toBeLessThanOrEqual(65_536);
    expect(b.startsWith(marker + '\n')).toBe(true);
    expect((b.match(/<details>/g) ?? []).length).toBe((b.match(/<\/details>/g) ?? []).length);
    expect(stickyBody(marker, `${marker}\nabc`)).toBe(`${marker}\nabc`);
  });
});

describe('badge', () => {
  it('SVG, shields endpoint and Markdown', () => {
    const f = badgeFiles([summary({ energy: 3.6e6 }), summary({ energy: 3.6e6 })], { stem: 'train', owner: 'octo', repo: 'ml', branch: 'joulecheck-badges' });
    expect(f.message).toBe('250 g CO2eq · 1 kWh');
    expect(f.svg).toMatch(/^<svg[\s\S]*250 g CO2eq/);
    expect(JSON.parse(f.json)).toEqual({ schemaVersion: 1, label: 'joulecheck', message: f.message, color: 'yellow' });
    expect(f.markdown.svg).toBe('![joulecheck](https://raw.githubusercontent.com/octo/ml/joulecheck-badges/joulecheck/train.svg)');
    expect(f.markdown.shields).toContain('https://img.shields.io/endpoint?url=https%3A%2F%2Fraw.githubusercontent.com');
    expect(formatGrams(0.5)).toBe('500 mg');
    expect(formatGrams(1500)).toBe('1.5 kg');
    expect(formatEnergy(500)).toBe('500 J');
    expect(formatEnergy(7200)).toBe('2 Wh');
    expect(badgeColor(0.1)).toBe('brightgreen');
    expect(() => badgeFiles([], { stem: 'x', owner: 'o', repo: 'r', branch: 'b' })).toThrow();
  });
});

describe('reports in the comment and beside the badge', () => {
  it('history and trend paths sit in folders of their own; the README line points at the badge branch', () => {
    expect(historyPaths('train-bert')).toEqual({ history: 'joulecheck/history/train-bert.json', energy: 'joulecheck/trend/energy/train-bert.svg', co2eq: 'joulecheck/trend/co2eq/train-bert.svg' });
    // a label that looks like a suffix cannot land on another job's badge files
    const badge = badgeFiles([summary({ energy: 1 })], { stem: 'train-x.history', owner: 'o', repo: 'r', branch: 'b' });
    expect(Object.values(historyPaths('train-x'))).not.toContain(badge.jsonPath);
    expect(trendMarkdown('joulecheck/trend/energy/train.svg', { owner: 'octo', repo: 'ml', branch: 'joulecheck-badges' })).toBe('![joulecheck trend](https://raw.githubusercontent.com/octo/ml/joulecheck-badges/joulecheck/trend/energy/train.svg)');
  });
  it('the appendix line links the artifact when its id is known, else the run page', () => {
    const runUrl = runPageUrl('https://github.com/', 'octo', 'ml', 12);
    expect(runUrl).toBe('https://github.com/octo/ml/actions/runs/12');
    const artifactUrl = artifactPageUrl('https://ghe.example', 'octo', 'ml', 12, 34);
    expect(artifactUrl).toBe('https://ghe.example/octo/ml/actions/runs/12/artifacts/34');
    expect(appendixLine({ artifact: 'joulecheck-train', file: 'appendix/index.html', runUrl, artifactUrl })).toContain(`(${artifactUrl})`);
    const noId = appendixLine({ artifact: 'joulecheck-train', file: 'appendix/index.html', runUrl, artifactUrl: null });
    expect(noId).toContain(`[this run](${runUrl})`);
    expect(noId).not.toContain('/artifacts/');
  });
  it('extra lines go under the report; null lines are left out', () => {
    expect(withExtras('# r\n', [null, ''])).toBe('# r\n');
    expect(withExtras('# r\n\n', ['**What-if:** x', null, 'link'])).toBe('# r\n\n**What-if:** x\n\nlink\n');
  });
});

describe('comment assembly escapes untrusted text', () => {
  const hostile = 'feat/<img src=x onerror=alert(1)>@admin[x](https://evil)';
  it('branch names and notes', () => {
    const line = baselineLine({ baseRef: hostile, baseShas: ['a'.repeat(40)], mergeBaseSha: 'a'.repeat(40), usedMergeBase: true, runIds: [1], runs: 1, headSha: 'b'.repeat(40), notes: [] });
    expect(line).not.toMatch(/<img/);
    expect(line).not.toMatch(/@admin/);
    expect(line).not.toMatch(/\]\(https:\/\//);
    expect(line).toContain('aaaaaaa');
    expect(line).toContain('bbbbbbb');
    const notes = notesBlock([`artifact ${hostile}`, ...Array.from({ length: 30 }, (_, i) => `n${i}`)]);
    expect(notes).not.toMatch(/<img/);
    expect(notes).toMatch(/and 11 more/);
  });
  it('commands and labels from summaries do not escape the Markdown', () => {
    const head = [summary({ label: 'x', energy: 100, command: ['python', '-c', '<script>alert(1)</script> @org/team'] })];
    const against = compareWithBaseline([], head, { alpha: 0.05, minEffect: 0.02, noBaseline: `no usable run of ${hostile}` });
    const r = renderReport(head, against, { context: '', notes: '', baseRef: hostile, title: '<b>t</b> @you' });
    expect(verdictOutput(r.verdict)).toBe('no baseline');
    expect(r.markdown).toMatch(/No baseline yet/);
    expect(r.markdown).not.toMatch(/<script>|<img|<b>|@you|@org/);
  });
  it('a comparison gives a verdict, the change and the p-value', () => {
    const base = [1000, 1010, 990].map((e, i) => summary({ energy: e, repeat: i + 1 }));
    const head = [1200, 1210, 1190].map((e, i) => summary({ energy: e, repeat: i + 1 }));
    const r = renderReport(head, compareWithBaseline(base, head, { alpha: 0.05, minEffect: 0.02, noBaseline: 'none' }), { context: 'CTX', notes: '', baseRef: 'main' });
    expect(r.verdict).toBe('regression');
    expect(r.energyChangePct).toBeCloseTo(20, 5);
    expect(r.pValue).toBeLessThan(0.05);
    expect(r.markdown.trimEnd().endsWith('CTX')).toBe(true);
  });
});

describe('describeError', () => {
  it('names the status and hides tokens', () => {
    const e = Object.assign(new Error('Bad credentials for token ghp_abcdefghijklmnopqrstuvwxyz0123456789'), { status: 401 });
    const d = describeError(e);
    expect(d).toMatch(/^HTTP 401: the token is missing or invalid/);
    expect(d).not.toContain('ghp_abcdefghijklmnopqrstuvwxyz');
    expect(describeError(Object.assign(new Error('x'), { status: 503 }))).toMatch(/HTTP 503: GitHub had a server error/);
    expect(describeError(Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' }))).toMatch(/^timed out/);
    expect(describeError('plain')).toBe('plain');
  });
});
