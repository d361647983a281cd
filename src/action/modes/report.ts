// mode report: every joulecheck artifact of this workflow run -> ONE comment and job summary, one section
// per job and label, each compared with the base branch on a pull request.
import * as core from '@actions/core';
import type { Summary } from '../../model/summary.ts';
import { leadingVerdict } from '../../model/verdict.ts';
import { ARTIFACT_PREFIX, reportKey, stickyMarker } from '../../github/names.ts';
import { parseArtifactZip } from '../../github/artifact-content.ts';
import * as artifacts from '../../github/artifacts.ts';
import { isPullRequestEvent } from '../../github/event.ts';
import type { Rendered } from '../../render/report.ts';
import type { ActionInputs } from '../inputs.ts';
import { inSession, transferSignal, warn, type Session } from '../session.ts';
import { compareWithBase, prQuery, renderHeadOnly } from '../baseline-fetch.ts';
import { setComparisonOutputs, writeJobSummary } from '../outputs.ts';
import { postSticky } from '../sticky-post.ts';
import { regressionFailure } from '../report-plan.ts';

/** most artifacts read from one run */
const MAX_ARTIFACTS = 50;

export async function reportMode(inputs: ActionInputs): Promise<void> {
  await inSession(inputs, (s) => reportRun(s));
}

async function reportRun(s: Session): Promise<void> {
  const { ctx, inputs } = s;
  let list: artifacts.RemoteArtifact[];
  try {
    list = (await artifacts.listRunArtifacts(transferSignal(s))).filter((a) => a.name.startsWith(ARTIFACT_PREFIX));
  } catch (err) {
    return warn('mode report: cannot list the artifacts of this run', err);
  }
  list.sort((a, b) => a.name.localeCompare(b.name));
  if (list.length === 0) return core.warning('joulecheck: mode report: this run has no joulecheck artifacts (do the metered jobs run first, with upload: true?)');
  const sections: string[] = [];
  const verdicts: Rendered[] = [];
  const pr = ctx.pr && isPullRequestEvent(ctx.eventName) ? ctx.pr : null;
  for (const a of list.slice(0, MAX_ARTIFACTS)) {
    let summaries: Summary[];
    try {
      const content = parseArtifactZip(await artifacts.downloadZip(a, null, undefined, transferSignal(s)));
      for (const p of content.problems) core.warning(`joulecheck: ${a.name}: ${p}`);
      summaries = content.summaries;
    } catch (err) {
      warn(`artifact ${a.name} skipped`, err);
      continue;
    }
    const labels = [...new Set(summaries.map((x) => x.label))].sort();
    for (const label of labels) {
      const head = summaries.filter((x) => x.label === label);
      const step = a.name.slice(ARTIFACT_PREFIX.length);
      const title = labels.length > 1 || step !== label ? `${step} · ${label}` : label;
      const rendered = pr
        ? await compareWithBase(s, head, prQuery(pr, ctx.workflowFile, a.name, label), title)
        : renderHeadOnly(s, head, title);
      verdicts.push(rendered);
      sections.push(rendered.markdown);
    }
  }
  if (sections.length === 0) return core.warning('joulecheck: mode report: no valid summaries in the artifacts of this run');
  // the outputs carry the most urgent step's verdict
  const worst = leadingVerdict(verdicts.map((v) => v.verdict))!;
  const markdown = `## joulecheck report (${sections.length} step${sections.length === 1 ? '' : 's'})\n\n${sections.join('\n\n---\n\n')}\n`;
  setComparisonOutputs(verdicts.find((v) => v.verdict === worst)!);
  await writeJobSummary(markdown);
  if (pr && inputs.comment) {
    if (pr.fromFork) {
      core.warning('joulecheck: mode report: fork pull request: the token is read-only; the per-job artifacts carry their comments for `mode: comment`');
    } else {
      const posted = await postSticky(s, pr.number, stickyMarker(reportKey(ctx.job)), markdown);
      if (posted.url) core.setOutput('comment-url', posted.url);
    }
  }
  const failure = regressionFailure(inputs.failOnRegression, 'run', verdicts);
  if (failure) core.setFailed(failure);
}
