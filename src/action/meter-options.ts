// The metering settings of the action's inputs, and the runner's temporary directory (scripts, pid files).
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import type { ActionInputs } from './inputs.ts';
import type { MeterOptions } from '../run/options.ts';

export function meterOptions(inputs: ActionInputs): MeterOptions {
  return {
    out: resolve(inputs.out),
    label: inputs.label,
    repeat: inputs.repeat,
    intervalMs: inputs.intervalMs,
    pue: inputs.pue,
    region: inputs.region,
    cloudRegion: inputs.cloudRegion,
    intensity: inputs.carbonIntensity,
    provider: inputs.carbonProvider,
    token: inputs.carbonToken,
    powercapRoot: inputs.powercapRoot,
    nvidiaSmi: inputs.nvidiaSmi,
    gpuSensor: inputs.gpuSensor,
    nvmlLib: inputs.nvmlLib,
    amdSmiLib: inputs.amdSmiLib,
    rocmSmiLib: inputs.rocmSmiLib,
    gpuAttribution: inputs.gpuAttribution,
  };
}

/** RUNNER_TEMP: emptied by the runner after each job, so nothing left there outlives the job. */
export function runnerTemp(): string {
  const t = process.env.RUNNER_TEMP || tmpdir();
  mkdirSync(t, { recursive: true });
  return t;
}
