// The checks a metered step runs before it meters (no load): the machine's sensors as `joulecheck doctor`
// sees them, plus the token's permissions for the reporting this event will do. Printed in a collapsed
// log group; each failing check becomes one warning with its fix; the job summary gets a "Sensors" line.
import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { resolveCarbon } from '../carbon/resolve.ts';
import { isDefaultBranchPush, readEventContext } from '../github/event.ts';
import { makeOctokit } from '../github/octokit.ts';
import { checkTokenPermissions } from '../github/permissions.ts';
import { check, DoctorReport, type DoctorCheck } from '../model/doctor.ts';
import { runDoctorProbes } from '../doctor/run.ts';
import type { GpuProbe } from '../meter/types.ts';
import { renderDoctorText, sameFixAs, sensorsLine, verdictLine, warningText } from '../render/doctor.ts';
import type { ActionInputs } from './inputs.ts';

/** The token checks are a courtesy: they never hold a step up longer than this. */
const GITHUB_CHECK_BUDGET_MS = 5000;

async function githubChecks(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<DoctorCheck[]> {
  if (!inputs.githubToken || !env.GITHUB_REPOSITORY) return [];
  let payload: unknown = {};
  try {
    if (env.GITHUB_EVENT_PATH) payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
  } catch {
    /* no payload: no pull request known */
  }
  let ctx;
  try {
    ctx = readEventContext(env, payload);
  } catch {
    return [];
  }
  const needs = { baseline: ctx.pr !== null, comment: inputs.comment && ctx.pr !== null, badge: inputs.badge && isDefaultBranchPush(ctx) };
  if (!needs.baseline && !needs.comment && !needs.badge) return [];
  const deadline = AbortSignal.timeout(GITHUB_CHECK_BUDGET_MS);
  const octokit = makeOctokit({
    token: inputs.githubToken,
    baseUrl: ctx.apiUrl,
    requestTimeoutMs: GITHUB_CHECK_BUDGET_MS,
    deadline,
    retries: 0,
    maxRateLimitWaitS: 0,
    log: (m) => core.debug(m),
  });
  const target = { repo: { owner: ctx.owner, repo: ctx.repo }, pr: ctx.pr?.number ?? null, fromFork: ctx.pr?.fromFork ?? false, needs };
  try {
    return await checkTokenPermissions(octokit, target);
  } catch (err) {
    return [check('github.permissions', 'github', 'warn', `token permissions not checked: ${err instanceof Error ? err.message : String(err)}`, '# see the permissions table in the README')];
  }
}

/** Where the carbon intensity will come from; no region at all means the world average. */
export function carbonCheck(inputs: ActionInputs): DoctorCheck {
  try {
    const c = resolveCarbon({ region: inputs.region, cloudRegion: inputs.cloudRegion, intensity: inputs.carbonIntensity }).context;
    const what = `carbon intensity ${c.intensity_g_per_kwh} gCO2eq/kWh (${c.intensity_kind}, ${c.region}${c.name ? ` ${c.name}` : ''})`;
    if (inputs.region === null && inputs.cloudRegion === null && inputs.carbonIntensity === null)
      return check('carbon.region', 'carbon', 'warn', `no region, cloud-region or carbon-intensity given: ${what}`, 'with:\n  region: ZONE   # the runner\'s grid zone; `npx joulecheck regions` lists them (or cloud-region: aws:us-east-1)');
    return check('carbon.region', 'carbon', 'ok', what);
  } catch (err) {
    return check('carbon.region', 'carbon', 'fail', err instanceof Error ? err.message : String(err), 'npx joulecheck regions   # lists the grid zones and cloud regions');
  }
}

/** Where a user reads how to fix a runner (the docs of the action version in use). */
export function fixLink(env: NodeJS.ProcessEnv): string {
  const repo = env.GITHUB_ACTION_REPOSITORY;
  if (!repo) return 'docs/runners.md';
  return `${(env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')}/${repo}/blob/${env.GITHUB_ACTION_REF || 'main'}/docs/runners.md`;
}

/** The checks' report (null when they failed to run) and the nvidia-smi probe they ran, for the meter to reuse. */
export interface Preflight {
  report: DoctorReport | null;
  smi: GpuProbe | null;
}

/** Runs and prints the checks; never throws (a broken check must not cost the metered step). */
export async function preflight(inputs: ActionInputs, env: NodeJS.ProcessEnv = process.env): Promise<Preflight> {
  let report: DoctorReport;
  let smi: GpuProbe | null = null;
  try {
    const [machine, gh] = await Promise.all([
      runDoctorProbes({ powercapRoot: inputs.powercapRoot, nvidiaSmi: inputs.nvidiaSmi === 'none' ? null : inputs.nvidiaSmi, gpuSensor: inputs.nvidiaSmi === 'none' ? 'none' : inputs.gpuSensor, nvmlLib: inputs.nvmlLib, amdSmiLib: inputs.amdSmiLib, rocmSmiLib: inputs.rocmSmiLib, loadSeconds: null, env }),
      githubChecks(inputs, env),
    ]);
    smi = machine.smi;
    report = DoctorReport.parse({ ...machine.report, checks: [...machine.report.checks, carbonCheck(inputs), ...gh] });
  } catch (err) {
    core.warning(`joulecheck: the sensor checks failed: ${err instanceof Error ? err.message : String(err)}`);
    return { report: null, smi };
  }
  core.startGroup(`joulecheck doctor: ${verdictLine(report)}`);
  core.info(renderDoctorText(report));
  core.endGroup();
  for (const c of report.checks) if (c.status === 'fail') core.warning(warningText(c, sameFixAs(report, c)));
  return { report, smi };
}

/** The job summary's Sensors line for a report (empty without one). */
export function sensorsMarkdown(report: DoctorReport | null, env: NodeJS.ProcessEnv = process.env): string {
  return report ? `${sensorsLine(report, fixLink(env))}\n` : '';
}
