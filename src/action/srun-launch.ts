// mode run with launcher srun: the `run` input as a SLURM job step, one meter per node (src/run/srun.ts),
// the node logs summarized on the nodes and merged here into one summary for the report.
import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildMeterContext } from '../run/meter-context.ts';
import type { MeterOptions } from '../run/options.ts';
import { runSrun } from '../run/srun.ts';
import { humanSummary } from '../render/text.ts';
import type { MeterHooks } from './background-meter.ts';
import type { ActionInputs } from './inputs.ts';
import type { MeterResult } from './meter-result.ts';
import { publishMeterOutputs } from './outputs.ts';

/** The `joulecheck run` options a node meter gets (--name=value: no bare `--`). */
function nodeMeterOptions(opts: MeterOptions): string[] {
  return [
    `--interval-ms=${opts.intervalMs}`,
    `--powercap-root=${opts.powercapRoot}`,
    ...(opts.pue !== null ? [`--pue=${opts.pue}`] : []),
    ...(opts.region ? [`--region=${opts.region}`] : []),
    ...(opts.cloudRegion ? [`--cloud-region=${opts.cloudRegion}`] : []),
    ...(opts.intensity !== null ? [`--intensity=${opts.intensity}`] : []),
    ...(opts.provider ? [`--carbon-provider=${opts.provider}`] : []),
    ...(opts.nvidiaSmi ? [`--nvidia-smi=${opts.nvidiaSmi}`] : []),
    `--gpu-sensor=${opts.gpuSensor}`,
    ...(opts.nvmlLib ? [`--nvml-lib=${opts.nvmlLib}`] : []),
    ...(opts.amdSmiLib ? [`--amd-smi-lib=${opts.amdSmiLib}`] : []),
    ...(opts.rocmSmiLib ? [`--rocm-smi-lib=${opts.rocmSmiLib}`] : []),
    `--gpu-attribution=${opts.gpuAttribution}`,
  ];
}

/**
 * Runs the job step. The command is passed inline (`bash -c`), so only `out` and this action's files must
 * be on the shared filesystem, not a script in RUNNER_TEMP.
 */
export async function meterSrun(inputs: ActionInputs, opts: MeterOptions, hooks: MeterHooks = {}): Promise<MeterResult> {
  // bad settings (unknown region) fail here, before the job is submitted
  await buildMeterContext({ ...opts, nvidiaSmi: 'none' });
  const run = inputs.run!;
  const command = inputs.shell === 'bash' ? ['bash', '--noprofile', '--norc', '-eo', 'pipefail', '-c', run] : ['sh', '-ec', run];
  const cwd = inputs.workingDirectory ? resolve(inputs.workingDirectory) : process.cwd();
  if (!existsSync(cwd)) throw new Error(`input 'working-directory': ${cwd} does not exist`);
  const entry = hooks.meterEntry ?? join(dirname(process.argv[1] ?? '.'), 'meter.js');
  const env = { ...process.env, ...(opts.token ? { JOULECHECK_CARBON_TOKEN: opts.token } : {}) };
  const outcome = await runSrun(
    {
      srunArgs: inputs.srunArgs,
      command,
      meter: [process.execPath, entry],
      meterOptions: nodeMeterOptions(opts),
      out: opts.out,
      label: opts.label,
      nodeTimeoutMs: 30_000,
      env,
      cwd,
    },
    { info: (t) => process.stderr.write(t) },
  );
  const s = outcome.summary;
  if (s) core.info(humanSummary(s, { log: `${s.node_count ?? 0} node logs beside it`, summary: outcome.summaryPath }));
  if (s?.incomplete) core.warning(`joulecheck: no full log from node(s) ${(s.missing_nodes ?? []).join(', ')}: the totals are a lower bound`);
  await publishMeterOutputs(s ? [s] : [], s ? [outcome.summaryPath] : []);
  const nodeLogs = (s?.nodes ?? []).flatMap((n) => (n.log ? [resolve(opts.out, n.log)] : [])).filter((p) => existsSync(p));
  return { outDir: opts.out, summaryPaths: s ? [outcome.summaryPath] : [], ...(s ? { summaries: [s] } : {}), logs: nodeLogs, exitCode: outcome.exitCode };
}
