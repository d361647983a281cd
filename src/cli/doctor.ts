// `joulecheck doctor`: checks everything the meter depends on, on this machine, as this user, and prints
// the exact fix for each problem. Exit 0 when every component present will be measured, 1 when any will
// be estimated or is broken, 2 for usage errors.
import { DoctorReport, doctorExitCode } from '../model/doctor.ts';
import { GPU_SENSOR_MODES, type GpuSensorMode } from '../doctor/gpu.ts';
import { runDoctor } from '../doctor/run.ts';
import { renderDoctorText } from '../render/doctor.ts';
import { DEFAULTS as D } from '../model/defaults.ts';
import { failure, number, oneOf } from '../model/validate.ts';
import { parseCommandArgs } from './args.ts';
import { type Command, UsageError } from './types.ts';

const HELP = `usage: joulecheck doctor [--format text|json] [--powercap-root DIR] [--nvidia-smi PATH]
                         [--gpu-sensor auto|nvml|nvidia-smi|amdsmi|rocm-smi|none] [--nvml-lib PATH]
                         [--amd-smi-lib PATH] [--rocm-smi-lib PATH] [--load SECONDS]

Checks, as this user on this machine, every sensor a metered run would use (RAPL, NVML, nvidia-smi,
/proc) and prints the exact fix for each problem.

  --format text|json    default text; json is {"schema": "joulecheck/doctor@1", "checks": [...]}
  --powercap-root DIR   powercap sysfs root (default ${D['powercap-root'].value})
  --nvidia-smi PATH     nvidia-smi binary (default: the one on PATH)
  --gpu-sensor MODE     auto, nvml, nvidia-smi, amdsmi, rocm-smi or none (default ${D['gpu-sensor'].value}: NVML, else
                        nvidia-smi; then AMD SMI, else ROCm SMI)
  --nvml-lib PATH       NVML library (default: the system loader's libnvidia-ml.so.1)
  --amd-smi-lib PATH    AMD SMI library (default: the system loader's libamd_smi.so)
  --rocm-smi-lib PATH   ROCm SMI library (default: the system loader's librocm_smi64.so.1)
  --load SECONDS        run a CPU load this long (0.5-60) and check that every sensor moves
Exit code: 0 every component present will be measured; 1 some will be estimated or is broken; 2 usage.
`;

const LOAD = number({ min: 0.5, max: 60 });

export const doctor: Command = async (argv, io) => {
  const { values: v } = parseCommandArgs(
    argv,
    {
      format: { type: 'string', default: 'text' },
      'powercap-root': { type: 'string', default: D['powercap-root'].value },
      'nvidia-smi': { type: 'string' },
      'gpu-sensor': { type: 'string', default: D['gpu-sensor'].value },
      'nvml-lib': { type: 'string' },
      'amd-smi-lib': { type: 'string' },
      'rocm-smi-lib': { type: 'string' },
      load: { type: 'string' },
    },
    HELP,
    { positionals: false },
  );
  if (v.help) {
    io.stdout(HELP);
    return 0;
  }
  const fmt = oneOf(['text', 'json'] as const)(v.format);
  if (!fmt.ok) throw new UsageError(failure('--format', fmt.expected, v.format));
  const mode = oneOf(GPU_SENSOR_MODES)(v['gpu-sensor']);
  if (!mode.ok) throw new UsageError(failure('--gpu-sensor', mode.expected, v['gpu-sensor']));
  let loadSeconds: number | null = null;
  if (v.load !== undefined) {
    const l = LOAD(v.load);
    if (!l.ok) throw new UsageError(failure('--load', `${l.expected} (seconds)`, v.load));
    loadSeconds = l.value;
  }
  for (const k of ['powercap-root', 'nvidia-smi', 'nvml-lib', 'amd-smi-lib', 'rocm-smi-lib'] as const)
    if (v[k] !== undefined && v[k]!.trim() === '') throw new UsageError(failure(`--${k}`, 'a path', v[k]!));
  const report = DoctorReport.parse(
    await runDoctor({
      powercapRoot: v['powercap-root'],
      nvidiaSmi: v['nvidia-smi'] ?? null,
      gpuSensor: mode.value as GpuSensorMode,
      nvmlLib: v['nvml-lib'] ?? null,
      amdSmiLib: v['amd-smi-lib'] ?? null,
      rocmSmiLib: v['rocm-smi-lib'] ?? null,
      loadSeconds,
      env: io.env,
    }),
  );
  io.stdout(fmt.value === 'json' ? JSON.stringify(report, null, 2) + '\n' : renderDoctorText(report));
  return doctorExitCode(report);
};
