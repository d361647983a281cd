import { createRequire as __jcCreateRequire } from 'node:module'; const require = __jcCreateRequire(import.meta.url);
import {
  ARTIFACT_PREFIX,
  artifactName,
  compareWithBase,
  downloadZip,
  error,
  getInput,
  getPull,
  inSession,
  info,
  listOtherRunArtifacts,
  listRunArtifacts,
  meterOptions,
  meterStart,
  parseArtifactZip,
  parseInputs,
  postSticky,
  prQuery,
  preflight,
  publishMeterOutputs,
  readEventContext,
  readStepSummaries,
  renderHeadOnly,
  reportInMain,
  reportKey,
  runnerTemp,
  savePlace,
  saveResult,
  setComparisonOutputs,
  setFailed,
  setOutput,
  stickyKey,
  stickyMarker,
  stopBackgroundMeter,
  transferSignal,
  warn,
  warning,
  writeJobSummary
} from "./chunks/chunk-QAZRYEAX.js";
import {
  runAb,
  runSrun
} from "./chunks/chunk-DJYB263I.js";
import {
  leadingVerdict
} from "./chunks/chunk-5POXRDQO.js";
import {
  Summary,
  buildMeterContext,
  humanSummary,
  runMetered
} from "./chunks/chunk-TDT7LAEV.js";
import "./chunks/chunk-HYWSQPKQ.js";
import "./chunks/chunk-GMPB3SXE.js";

// src/action/modes/run.ts
import { existsSync as existsSync2, rmSync, writeFileSync } from "node:fs";
import { join as join2, resolve as resolve2 } from "node:path";

// src/action/srun-launch.ts
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
function nodeMeterOptions(opts) {
  return [
    `--interval-ms=${opts.intervalMs}`,
    `--powercap-root=${opts.powercapRoot}`,
    ...opts.pue !== null ? [`--pue=${opts.pue}`] : [],
    ...opts.region ? [`--region=${opts.region}`] : [],
    ...opts.cloudRegion ? [`--cloud-region=${opts.cloudRegion}`] : [],
    ...opts.intensity !== null ? [`--intensity=${opts.intensity}`] : [],
    ...opts.provider ? [`--carbon-provider=${opts.provider}`] : [],
    ...opts.nvidiaSmi ? [`--nvidia-smi=${opts.nvidiaSmi}`] : [],
    `--gpu-sensor=${opts.gpuSensor}`,
    ...opts.nvmlLib ? [`--nvml-lib=${opts.nvmlLib}`] : [],
    `--gpu-attribution=${opts.gpuAttribution}`
  ];
}
async function meterSrun(inputs, opts, hooks = {}) {
  await buildMeterContext({ ...opts, nvidiaSmi: "none" });
  const run = inputs.run;
  const command = inputs.shell === "bash" ? ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", run] : ["sh", "-ec", run];
  const cwd = inputs.workingDirectory ? resolve(inputs.workingDirectory) : process.cwd();
  if (!existsSync(cwd)) throw new Error(`input 'working-directory': ${cwd} does not exist`);
  const entry = hooks.meterEntry ?? join(dirname(process.argv[1] ?? "."), "meter.js");
  const env = { ...process.env, ...opts.token ? { JOULECHECK_CARBON_TOKEN: opts.token } : {} };
  const outcome = await runSrun(
    {
      srunArgs: inputs.srunArgs,
      command,
      meter: [process.execPath, entry],
      meterOptions: nodeMeterOptions(opts),
      out: opts.out,
      label: opts.label,
      nodeTimeoutMs: 3e4,
      env,
      cwd
    },
    { info: (t) => process.stderr.write(t) }
  );
  const s = outcome.summary;
  if (s) info(humanSummary(s, { log: `${s.node_count ?? 0} node logs beside it`, summary: outcome.summaryPath }));
  if (s?.incomplete) warning(`joulecheck: no full log from node(s) ${(s.missing_nodes ?? []).join(", ")}: the totals are a lower bound`);
  await publishMeterOutputs(s ? [s] : [], s ? [outcome.summaryPath] : []);
  const nodeLogs = (s?.nodes ?? []).flatMap((n) => n.log ? [resolve(opts.out, n.log)] : []).filter((p) => existsSync(p));
  return { outDir: opts.out, summaries: s ? [outcome.summaryPath] : [], logs: nodeLogs, exitCode: outcome.exitCode };
}

// src/action/modes/run.ts
async function runMode(inputs) {
  const result = await meterRun(inputs);
  saveResult(result);
  await reportInMain(inputs, result);
  if (result.exitCode !== null && result.exitCode !== 0) setFailed(`the metered command exited with code ${result.exitCode}`);
}
async function meterRun(inputs, hooks = {}) {
  if (inputs.run === null) throw new Error("input 'run' is required with mode 'run'");
  const opts = meterOptions(inputs);
  savePlace(opts.out, opts.label);
  if (inputs.launcher === "srun") return meterSrun(inputs, opts, hooks);
  const doctor = await preflight(inputs);
  const ctx = await buildMeterContext(opts);
  const script = join2(runnerTemp(), `joulecheck-${opts.label}-${process.pid}.sh`);
  writeFileSync(script, inputs.run.endsWith("\n") ? inputs.run : `${inputs.run}
`);
  const [file, args] = inputs.shell === "bash" ? ["bash", ["--noprofile", "--norc", "-eo", "pipefail", script]] : ["sh", ["-e", script]];
  const cwd = inputs.workingDirectory ? resolve2(inputs.workingDirectory) : process.cwd();
  if (!existsSync2(cwd)) throw new Error(`input 'working-directory': ${cwd} does not exist`);
  try {
    const outcome = await runMetered(ctx, opts, { file, args, cwd, env: process.env, display: [inputs.run] }, {
      info: (t) => process.stderr.write(t)
    });
    const summaries = outcome.runs.flatMap((r) => r.summary ? [r.summary] : []);
    const summaryPaths = outcome.runs.flatMap((r) => r.summaryPath ? [r.summaryPath] : []);
    for (const r of outcome.runs) if (r.summary) info(humanSummary(r.summary, { log: r.log, summary: r.summaryPath }));
    await publishMeterOutputs(summaries, summaryPaths, doctor);
    return { outDir: opts.out, summaries: summaryPaths, logs: outcome.runs.map((r) => r.log), exitCode: outcome.exitCode };
  } finally {
    rmSync(script, { force: true });
  }
}

// src/action/modes/stop.ts
async function stopMode(inputs) {
  const result = await meterStop(inputs);
  saveResult(result);
  await reportInMain(inputs, result);
}
async function meterStop(inputs, hooks = {}) {
  const result = await stopBackgroundMeter(inputs.label, hooks);
  if (!result) {
    throw new Error(`no joulecheck meter is running for label '${inputs.label}': add a step with mode 'start' and the same label before this one`);
  }
  await publishMeterOutputs(await readStepSummaries(result.summaries), result.summaries);
  return result;
}

// src/action/modes/report.ts
var MAX_ARTIFACTS = 50;
async function reportMode(inputs) {
  await inSession(inputs, (s) => reportRun(s));
}
async function reportRun(s) {
  const { ctx, inputs } = s;
  let list;
  try {
    list = (await listRunArtifacts(transferSignal(s))).filter((a) => a.name.startsWith(ARTIFACT_PREFIX));
  } catch (err) {
    return warn("mode report: cannot list the artifacts of this run", err);
  }
  list.sort((a, b) => a.name.localeCompare(b.name));
  if (list.length === 0) return warning("joulecheck: mode report: this run has no joulecheck artifacts (do the metered jobs run first, with upload: true?)");
  const sections = [];
  const verdicts = [];
  const pr = ctx.pr && (ctx.eventName === "pull_request" || ctx.eventName === "pull_request_target") ? ctx.pr : null;
  for (const a of list.slice(0, MAX_ARTIFACTS)) {
    let summaries;
    try {
      const content = parseArtifactZip(await downloadZip(a, null, void 0, transferSignal(s)));
      for (const p of content.problems) warning(`joulecheck: ${a.name}: ${p}`);
      summaries = content.summaries;
    } catch (err) {
      warn(`artifact ${a.name} skipped`, err);
      continue;
    }
    const labels = [...new Set(summaries.map((x) => x.label))].sort();
    for (const label of labels) {
      const head = summaries.filter((x) => x.label === label);
      const step = a.name.slice(ARTIFACT_PREFIX.length);
      const title = labels.length > 1 || step !== label ? `${step} \xB7 ${label}` : label;
      const rendered = pr ? await compareWithBase(s, head, prQuery(pr, ctx.workflowFile, a.name, label), title) : renderHeadOnly(s, head, title);
      verdicts.push(rendered);
      sections.push(rendered.markdown);
    }
  }
  if (sections.length === 0) return warning("joulecheck: mode report: no valid summaries in the artifacts of this run");
  const worst = leadingVerdict(verdicts.map((v) => v.verdict));
  const markdown = `## joulecheck report (${sections.length} step${sections.length === 1 ? "" : "s"})

${sections.join("\n\n---\n\n")}
`;
  setComparisonOutputs(verdicts.find((v) => v.verdict === worst));
  await writeJobSummary(markdown);
  if (pr && inputs.comment) {
    if (pr.fromFork) {
      warning("joulecheck: mode report: fork pull request: the token is read-only; the per-job artifacts carry their comments for `mode: comment`");
    } else {
      const posted = await postSticky(s, pr.number, stickyMarker(reportKey(ctx.job)), markdown);
      if (posted.url) setOutput("comment-url", posted.url);
    }
  }
  if (inputs.failOnRegression && verdicts.some((v) => v.verdict === "regression")) setFailed("joulecheck: energy regressed significantly in at least one step and fail-on-regression is true");
}

// src/action/modes/comment.ts
import { basename } from "node:path";
var MAX_ARTIFACTS2 = 50;
async function commentMode(inputs) {
  await inSession(inputs, (s) => commentFromArtifacts(s));
}
async function commentFromArtifacts(s) {
  const { ctx } = s;
  const wr = ctx.workflowRun;
  if (ctx.eventName !== "workflow_run" || !wr) return warning(`joulecheck: mode comment runs in a workflow_run workflow; this is ${ctx.eventName || "an unknown event"}: nothing to do`);
  if (wr.event !== "pull_request") return info(`joulecheck: the triggering run was a ${wr.event} run, not a pull request: nothing to post`);
  const octokit = s.octokit;
  if (!octokit || !s.token) return warning("joulecheck: mode comment needs github-token (actions: read, pull-requests: write)");
  const repo = { owner: ctx.owner, repo: ctx.repo };
  const findBy = { token: s.token, workflowRunId: wr.id, repositoryOwner: ctx.owner, repositoryName: ctx.repo };
  let list;
  try {
    list = (await listOtherRunArtifacts(findBy, transferSignal(s))).filter((a) => a.name.startsWith(ARTIFACT_PREFIX));
  } catch (err) {
    return warn(`cannot list the artifacts of run ${wr.id}`, err);
  }
  let posted = 0;
  for (const a of list.slice(0, MAX_ARTIFACTS2)) {
    let content;
    try {
      content = parseArtifactZip(await downloadZip(a, findBy, void 0, transferSignal(s)));
    } catch (err) {
      warn(`artifact ${a.name} of run ${wr.id} rejected`, err);
      continue;
    }
    for (const p of content.problems) warning(`joulecheck: ${a.name}: ${p}`);
    const pending = content.comment;
    if (!pending) continue;
    if (pending.head_sha !== wr.headSha) {
      warning(`joulecheck: ${a.name}: the comment is for ${pending.head_sha.slice(0, 7)}, but run ${wr.id} built ${wr.headSha.slice(0, 7)}: ignored`);
      continue;
    }
    if (artifactName(pending.job, pending.label) !== a.name) {
      warning(`joulecheck: ${a.name}: the comment claims job ${pending.job} / label ${pending.label}, which is not this artifact: ignored`);
      continue;
    }
    let pr;
    try {
      pr = await getPull(octokit, repo, pending.pr_number);
    } catch (err) {
      warn(`PR #${pending.pr_number} named by ${a.name}`, err);
      continue;
    }
    if (pr.state !== "open") {
      info(`joulecheck: PR #${pr.number} is ${pr.state}: not posted`);
      continue;
    }
    if (pr.headSha !== wr.headSha || wr.headRepo !== null && pr.headRepo !== wr.headRepo) {
      warning(`joulecheck: PR #${pr.number} head is ${pr.headSha.slice(0, 7)} (${pr.headRepo ?? "deleted fork"}), not the triggering run's ${wr.headSha.slice(0, 7)} (${wr.headRepo ?? "?"}): not posted (a newer run will post)`);
      continue;
    }
    const head = content.summaries.filter((x) => x.label === pending.label);
    if (head.length === 0) {
      warning(`joulecheck: ${a.name}: no valid summary of label ${pending.label}: not posted`);
      continue;
    }
    const workflow = wr.path ? basename(wr.path) : wr.workflowId;
    const rendered = await compareWithBase(s, head, prQuery(pr, workflow, a.name, pending.label));
    const r = await postSticky(s, pr.number, stickyMarker(stickyKey(pending.job, pending.label)), rendered.markdown);
    if (r.url) {
      posted++;
      setOutput("comment-url", r.url);
      setComparisonOutputs(rendered);
      await writeJobSummary(rendered.markdown);
    }
  }
  if (posted === 0) info(`joulecheck: run ${wr.id} left no comment to post`);
}

// src/action/modes/ab.ts
import { existsSync as existsSync3, readFileSync, rmSync as rmSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { join as join4, relative, resolve as resolve3 } from "node:path";

// src/github/base-checkout.ts
import { execFile } from "node:child_process";
import { join as join3 } from "node:path";
var BaseRefError = class extends Error {
  name = "BaseRefError";
};
var FETCH_DEPTH_HINT = "set 'fetch-depth: 0' on actions/checkout so the clone has the history";
function git(cwd, args, timeoutMs = 12e4) {
  return new Promise((res) => {
    execFile(
      "git",
      ["-c", "advice.detachedHead=false", ...args],
      { cwd, timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 },
      (e, stdout, stderr) => res({ ok: !e, out: String(stdout).trim(), err: String(stderr).trim().split("\n").slice(-1)[0] ?? "" })
    );
  });
}
async function commitOf(cwd, ref) {
  const r = await git(cwd, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  return r.ok && /^[0-9a-f]{40,64}$/.test(r.out) ? r.out : null;
}
async function isShallow(cwd) {
  const r = await git(cwd, ["rev-parse", "--is-shallow-repository"]);
  return r.out === "true";
}
async function resolveBase(cwd, opts) {
  if (opts.baseRef !== null) {
    const ref = opts.baseRef;
    if (ref.startsWith("-")) throw new BaseRefError(`input 'base-ref' must be a commit, branch or tag, got '${ref}'`);
    const local = await commitOf(cwd, ref) ?? await commitOf(cwd, `origin/${ref}`);
    if (local) return { sha: local, how: `base-ref ${ref}`, fetched: false };
    const f = await git(cwd, ["fetch", "--no-tags", "--depth=1", "origin", ref]);
    const fetched2 = f.ok ? await commitOf(cwd, "FETCH_HEAD") : null;
    if (!fetched2) {
      throw new BaseRefError(
        `input 'base-ref': '${ref}' is not a commit of this clone and fetching it from origin failed (${f.err || "unknown error"}); check the name, or ${FETCH_DEPTH_HINT}`
      );
    }
    return { sha: fetched2, how: `base-ref ${ref} (fetched)`, fetched: true };
  }
  if (!opts.pr) {
    throw new BaseRefError(
      "input 'base-ref' is required with mode 'ab' outside pull requests (a commit, branch or tag to compare against, e.g. 'main' or a sha); on a pull request it defaults to the merge base of the head and the base branch"
    );
  }
  const { baseSha, headSha, baseRef } = opts.pr;
  let fetched = false;
  const mergeBase = async () => {
    const r = await git(cwd, ["merge-base", headSha, baseSha]);
    return r.ok && /^[0-9a-f]{40,64}$/.test(r.out) ? r.out : null;
  };
  for (const sha of [headSha, baseSha]) {
    if (!await commitOf(cwd, sha)) {
      const f = await git(cwd, ["fetch", "--no-tags", "--depth=1", "origin", sha]);
      if (!f.ok) throw new BaseRefError(`cannot fetch commit ${sha} of the pull request from origin (${f.err || "unknown error"}); ${FETCH_DEPTH_HINT}`);
      fetched = true;
    }
  }
  let mb = await mergeBase();
  for (const depth of [50, 200, 1e3]) {
    if (mb || !await isShallow(cwd)) break;
    const f = await git(cwd, ["fetch", "--no-tags", `--deepen=${depth}`, "origin", headSha, baseSha]);
    if (!f.ok) break;
    fetched = true;
    mb = await mergeBase();
  }
  if (!mb) {
    throw new BaseRefError(
      `cannot find the merge base of the pull request's head ${headSha.slice(0, 12)} and ${baseRef} (${baseSha.slice(0, 12)}) in this clone; ${FETCH_DEPTH_HINT}, or set input 'base-ref'`
    );
  }
  return { sha: mb, how: `merge base of the head and ${baseRef}`, fetched };
}
async function addBaseWorktree(cwd, sha, tempDir) {
  const dir = join3(tempDir, `joulecheck-base-${sha.slice(0, 12)}-${process.pid}`);
  const r = await git(cwd, ["worktree", "add", "--force", "--detach", dir, sha]);
  if (!r.ok) throw new BaseRefError(`cannot check out the base ${sha.slice(0, 12)} as a worktree in ${tempDir}: ${r.err}`);
  return {
    dir,
    remove: async () => {
      await git(cwd, ["worktree", "remove", "--force", dir]);
    }
  };
}
async function workTreeTop(cwd) {
  const r = await git(cwd, ["rev-parse", "--show-toplevel"]);
  return r.ok && r.out ? r.out : null;
}

// src/action/modes/ab.ts
async function abMode(inputs) {
  const result = await meterAb(inputs);
  saveResult(result);
  await reportInMain(inputs, result);
  if (result.exitCode !== null && result.exitCode !== 0) {
    setFailed(`the A/B session stopped: the command exited with code ${result.exitCode} (the log names the side and run)`);
  }
}
function event() {
  const p = process.env.GITHUB_EVENT_PATH;
  if (!p) return {};
  try {
    return JSON.parse(readFileSync(p, "utf8"));
  } catch {
    return {};
  }
}
function runnerDescription(env) {
  const name = env.RUNNER_NAME?.trim();
  const os = [env.RUNNER_OS, env.RUNNER_ARCH].filter(Boolean).join(" ");
  return [name || "this runner", os ? `(${os})` : ""].filter(Boolean).join(" ");
}
async function meterAb(inputs) {
  if (inputs.run === null) throw new Error("input 'run' is required with mode 'ab'");
  const opts = { ...meterOptions(inputs), repeat: 1 };
  savePlace(opts.out, opts.label);
  const cwd = inputs.workingDirectory ? resolve3(inputs.workingDirectory) : process.cwd();
  if (!existsSync3(cwd)) throw new Error(`input 'working-directory': ${cwd} does not exist`);
  const top = await workTreeTop(cwd);
  if (!top) throw new BaseRefError(`mode 'ab' needs a git checkout (actions/checkout) in ${cwd}: it is not inside a git working tree`);
  let pr = null;
  try {
    pr = readEventContext(process.env, event()).pr;
  } catch {
    pr = null;
  }
  const base = await resolveBase(top, { baseRef: inputs.baseRef, pr });
  info(`joulecheck: A/B base ${base.sha} (${base.how})`);
  const ctx = await buildMeterContext(opts);
  const tmp = runnerTemp();
  const wt = await addBaseWorktree(top, base.sha, tmp);
  const script = join4(tmp, `joulecheck-ab-${opts.label}-${process.pid}.sh`);
  writeFileSync2(script, inputs.run.endsWith("\n") ? inputs.run : `${inputs.run}
`);
  const command = inputs.shell === "bash" ? ["bash", "--noprofile", "--norc", "-eo", "pipefail", script] : ["sh", "-e", script];
  try {
    const outcome = await runAb(
      ctx,
      opts,
      {
        baseDir: join4(wt.dir, relative(top, cwd)),
        headDir: cwd,
        pairs: inputs.pairs,
        order: inputs.order,
        warmup: inputs.warmup,
        setup: inputs.setup,
        alpha: inputs.alpha,
        minEffect: inputs.minEffect,
        runner: runnerDescription(process.env)
      },
      command,
      { info: (t) => process.stderr.write(t) },
      process.env
    );
    const measured = outcome.runs.filter((r) => r.side === "head" && !r.warmup && r.summary);
    await publishMeterOutputs(measured.map((r) => Summary.parse(r.summary)), measured.flatMap((r) => r.summaryPath ? [r.summaryPath] : []));
    if (outcome.failure) error(`joulecheck: the A/B session stopped at the ${outcome.failure} (exit code ${outcome.exitCode})`);
    return {
      outDir: opts.out,
      summaries: outcome.runs.flatMap((r) => r.summaryPath ? [r.summaryPath] : []),
      logs: outcome.runs.map((r) => r.log),
      exitCode: outcome.exitCode,
      ...outcome.files ? { comparison: outcome.files.json } : {}
    };
  } finally {
    rmSync2(script, { force: true });
    await wt.remove();
  }
}

// src/action/modes/index.ts
var MODES = {
  run: runMode,
  start: (inputs) => meterStart(inputs),
  stop: stopMode,
  report: reportMode,
  comment: commentMode,
  ab: abMode
};

// src/main.ts
try {
  const inputs = parseInputs((name) => getInput(name));
  await MODES[inputs.mode](inputs);
} catch (err) {
  setFailed(err instanceof Error ? err.message : String(err));
}
