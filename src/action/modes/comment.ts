// mode comment (a workflow_run workflow): posts the comment a fork pull request's run left in its
// artifacts. Never checks out or runs PR code. The artifact is untrusted: only its validated summaries and
// the PR number are used; the PR must be open and its head must be the triggering run's head SHA (from
// the trusted event), and the comment is RE-RENDERED here from the summaries and a baseline looked up on
// the PR's base branch, so no Markdown written by the fork is ever posted.
import * as core from '@actions/core';
import { basename } from 'node:path';
import { ARTIFACT_PREFIX, artifactName, stickyKey, stickyMarker } from '../../github/names.ts';
import { parseArtifactZip, type ArtifactContent } from '../../github/artifact-content.ts';
import * as artifacts from '../../github/artifacts.ts';
import * as rest from '../../github/rest.ts';
import type { ActionInputs } from '../inputs.ts';
import { inSession, transferSignal, warn, type Session } from '../session.ts';
import { compareWithBase, prQuery } from '../baseline-fetch.ts';
import { setComparisonOutputs, writeJobSummary } from '../outputs.ts';
import { postSticky } from '../sticky-post.ts';

/** most artifacts read from the triggering run */
const MAX_ARTIFACTS = 50;

export async function commentMode(inputs: ActionInputs): Promise<void> {
  await inSession(inputs, (s) => commentFromArtifacts(s));
}

async function commentFromArtifacts(s: Session): Promise<void> {
  const { ctx } = s;
  const wr = ctx.workflowRun;
  if (ctx.eventName !== 'workflow_run' || !wr) return core.warning(`joulecheck: mode comment runs in a workflow_run workflow; this is ${ctx.eventName || 'an unknown event'}: nothing to do`);
  if (wr.event !== 'pull_request') return core.info(`joulecheck: the triggering run was a ${wr.event} run, not a pull request: nothing to post`);
  const octokit = s.octokit;
  if (!octokit || !s.token) return core.warning('joulecheck: mode comment needs github-token (actions: read, pull-requests: write)');
  const repo = { owner: ctx.owner, repo: ctx.repo };
  const findBy: artifacts.FindBy = { token: s.token, workflowRunId: wr.id, repositoryOwner: ctx.owner, repositoryName: ctx.repo };
  let list: artifacts.RemoteArtifact[];
  try {
    list = (await artifacts.listOtherRunArtifacts(findBy, transferSignal(s))).filter((a) => a.name.startsWith(ARTIFACT_PREFIX));
  } catch (err) {
    return warn(`cannot list the artifacts of run ${wr.id}`, err);
  }
  let posted = 0;
  for (const a of list.slice(0, MAX_ARTIFACTS)) {
    let content: ArtifactContent;
    try {
      content = parseArtifactZip(await artifacts.downloadZip(a, findBy, undefined, transferSignal(s)));
    } catch (err) {
      warn(`artifact ${a.name} of run ${wr.id} rejected`, err);
      continue;
    }
    for (const p of content.problems) core.warning(`joulecheck: ${a.name}: ${p}`);
    const pending = content.comment;
    if (!pending) continue;
    if (pending.head_sha !== wr.headSha) {
      core.warning(`joulecheck: ${a.name}: the comment is for ${pending.head_sha.slice(0, 7)}, but run ${wr.id} built ${wr.headSha.slice(0, 7)}: ignored`);
      continue;
    }
    if (artifactName(pending.job, pending.label) !== a.name) {
      core.warning(`joulecheck: ${a.name}: the comment claims job ${pending.job} / label ${pending.label}, which is not this artifact: ignored`);
      continue;
    }
    let pr: Awaited<ReturnType<typeof rest.getPull>>;
    try {
      pr = await rest.getPull(octokit, repo, pending.pr_number);
    } catch (err) {
      warn(`PR #${pending.pr_number} named by ${a.name}`, err);
      continue;
    }
    if (pr.state !== 'open') {
      core.info(`joulecheck: PR #${pr.number} is ${pr.state}: not posted`);
      continue;
    }
    if (pr.headSha !== wr.headSha || (wr.headRepo !== null && pr.headRepo !== wr.headRepo)) {
      core.warning(`joulecheck: PR #${pr.number} head is ${pr.headSha.slice(0, 7)} (${pr.headRepo ?? 'deleted fork'}), not the triggering run's ${wr.headSha.slice(0, 7)} (${wr.headRepo ?? '?'}): not posted (a newer run will post)`);
      continue;
    }
    const head = content.summaries.filter((x) => x.label === pending.label);
    if (head.length === 0) {
      core.warning(`joulecheck: ${a.name}: no valid summary of label ${pending.label}: not posted`);
      continue;
    }
    // the file name, as in the PR run's own lookup (a numeric id also works on GitHub, but matches both
    // branches of the description's oneOf [integer, string] path parameter)
    const workflow = wr.path ? basename(wr.path) : wr.workflowId;
    const rendered = await compareWithBase(s, head, prQuery(pr, workflow, a.name, pending.label));
    const r = await postSticky(s, pr.number, stickyMarker(stickyKey(pending.job, pending.label)), rendered.markdown);
    if (r.url) {
      posted++;
      core.setOutput('comment-url', r.url);
      setComparisonOutputs(rendered);
      await writeJobSummary(rendered.markdown);
    }
  }
  if (posted === 0) core.info(`joulecheck: run ${wr.id} left no comment to post`);
}
