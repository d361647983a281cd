// GPU checks: NVML loaded and initialised, the energy counter per GPU, nvidia-smi (driver, power field,
// pmon), MIG and persistence mode. gpuChecks is pure over the two probes and whether a GPU device exists.
import { check, type DoctorCheck, type ComponentVerdict } from '../model/doctor.ts';
import type { NvmlProbe } from '../meter/nvml/probe.ts';
import type { GpuProbe } from '../meter/types.ts';
import { exclusiveAttributionYaml } from './fixes.ts';

export type GpuSensorMode = 'auto' | 'nvml' | 'nvidia-smi' | 'amdsmi' | 'rocm-smi' | 'none';
export const GPU_SENSOR_MODES = ['auto', 'nvml', 'nvidia-smi', 'amdsmi', 'rocm-smi', 'none'] as const satisfies readonly GpuSensorMode[];

export interface GpuCheckInput {
  mode: GpuSensorMode;
  /** null when not probed (mode nvidia-smi or none) */
  nvml: NvmlProbe | null;
  /** null when not probed (mode nvml or none) */
  smi: GpuProbe | null;
  /** evidence of an NVIDIA GPU on this machine independent of both sensors (a device node), or null */
  device: string | null;
  /** the GPU is on the PCI bus but the NVIDIA kernel driver does not show it (no driver entry, no node) */
  driverNotLoaded?: boolean;
  powercapRoot: string | null;
}

export interface GpuResult {
  checks: DoctorCheck[];
  gpu: ComponentVerdict;
  /** GPUs will be metered: per-process attribution then depends on seeing their PIDs */
  gpuInUse: boolean;
}

const CONTAINER_GPU_FIX =
  '# the driver is not reachable from here: on a container, start it with the NVIDIA Container Toolkit\ndocker run --gpus all ...   # workflow: container.options: --gpus all; Kubernetes: resources.limits nvidia.com/gpu: 1\n# on the host: nvidia-smi must work (sudo modprobe nvidia; install the driver utilities)';

const SMI_NO_LIBRARY_FIX =
  "# nvidia-smi cannot load libnvidia-ml.so.1: put the driver's library directory on the loader's path\nldconfig -p | grep libnvidia-ml   # empty: the library is not in the loader's cache\nexport LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/nvidia/current:$LD_LIBRARY_PATH   # the directory holding libnvidia-ml.so.1 (Debian's path shown)";

const DRIVER_NOT_LOADED_FIX =
  "# the GPU is on the PCI bus but the NVIDIA kernel driver is not loaded\nlsmod | grep '^nvidia'   # empty: the module is not loaded\nsudo modprobe nvidia     # not installed: sudo apt-get install nvidia-driver (Debian non-free) or cuda-drivers (NVIDIA's repository)\n# bound to nouveau (lspci -k): blacklist nouveau, then reboot\n# in a container the host's /sys shows the GPU: start it with the NVIDIA Container Toolkit (docker run --gpus all ...)";

export function gpuChecks(i: GpuCheckInput): GpuResult {
  const checks: DoctorCheck[] = [];
  if (i.mode === 'none') {
    checks.push(check('gpu.sensor', 'gpu', i.device ? 'warn' : 'ok', `GPU metering disabled (--gpu-sensor none)${i.device ? `, although a GPU is present (${i.device})` : ''}`, '--gpu-sensor auto   # (action input gpu-sensor: auto) to meter it'));
    return { checks, gpu: 'absent', gpuInUse: false };
  }
  const nvml = i.nvml;
  const smi = i.smi;
  const smiWorks = smi?.available === true;
  const anyGpu = Boolean(i.device) || smiWorks || nvml?.ok === true;
  let verdict: ComponentVerdict = 'absent';

  // ---- NVML
  let nvmlMeasures = false;
  if (nvml) {
    if (nvml.ok) {
      checks.push(check('gpu.nvml', 'gpu', 'ok', `NVML ${nvml.lib} initialised: driver ${nvml.driver ?? 'unknown'}, ${nvml.gpus.length} GPU(s)`));
      for (const g of nvml.gpus) {
        const who = `GPU ${g.index} ${g.name} (${g.uuid})`;
        if (g.energyCounter) checks.push(check(`gpu.nvml.energy.${g.index}`, 'gpu', 'ok', `${who}: energy counter supported (nvmlDeviceGetTotalEnergyConsumption)`));
        else if (g.powerReadable)
          checks.push(check(`gpu.nvml.energy.${g.index}`, 'gpu', 'warn', `${who}: no energy counter (Volta and newer have one); power is polled and integrated, labelled 'polled power'`, '# nothing to change: this GPU generation has no energy counter; polled power is the best NVML gives'));
        else
          checks.push(check(`gpu.nvml.energy.${g.index}`, 'gpu', 'fail', `${who}: neither the energy counter nor power can be read through NVML`, `nvidia-smi -q -d POWER -i ${g.index}   # 'N/A' power here means the board reports none: its energy will be estimated`));
      }
      nvmlMeasures = nvml.gpus.length > 0 && nvml.gpus.every((g) => g.energyCounter || g.powerReadable);
      const mig = nvml.gpus.filter((g) => g.mig);
      checks.push(migCheck(mig.map((g) => g.index), i.powercapRoot));
      const noPersist = nvml.gpus.filter((g) => g.persistence === false);
      if (noPersist.length > 0)
        checks.push(
          check(
            'gpu.persistence',
            'gpu',
            'warn',
            `persistence mode off on GPU ${noPersist.map((g) => g.index).join(', ')}: the driver may unload between jobs (the energy counter restarts, the first reading of each step is slow)`,
            'sudo systemctl enable --now nvidia-persistenced   # or: sudo nvidia-smi -pm 1',
          ),
        );
      else if (nvml.gpus.some((g) => g.persistence === true)) checks.push(check('gpu.persistence', 'gpu', 'ok', 'persistence mode on'));
    } else {
      const e = nvml.error;
      const what = e ? `${e.name} (${e.code}): ${e.meaning}` : 'unknown error';
      const fix = e?.fix ?? `--nvml-lib PATH   # the path of libnvidia-ml.so.1 if it is not on the loader's path`;
      if (i.mode === 'nvml') checks.push(check('gpu.nvml', 'gpu', 'fail', `NVML ${nvml.lib} not usable: ${what}`, fix));
      else if (!anyGpu) checks.push(check('gpu.nvml', 'gpu', 'ok', `NVML ${nvml.lib} not loaded (${e?.name ?? 'error'}): no NVIDIA driver on this machine`));
      else checks.push(check('gpu.nvml', 'gpu', 'warn', `NVML ${nvml.lib} not usable: ${what}; ${smiWorks ? 'nvidia-smi polled power is used instead (no energy counter)' : 'and nvidia-smi does not work either'}`, fix));
    }
  }
  if (nvmlMeasures) verdict = 'measured';

  // ---- nvidia-smi
  if (smi) {
    const sensor = !nvmlMeasures; // the fallback is the sensor only when NVML does not measure
    if (smi.available) {
      const g = smi.gpus;
      const driver = g[0]?.driver ? `driver ${g[0].driver}, ` : '';
      const power = smi.fields.find((f) => f.startsWith('power.draw'));
      if (smi.status.kind === 'measured')
        checks.push(check('gpu.nvidia-smi', 'gpu', 'ok', `nvidia-smi ${smi.bin}: ${driver}${g.length} GPU(s) (${[...new Set(g.map((x) => x.name))].join(', ')}); stream fields ${smi.fields.join(',')}${power ? `; power from ${power}` : ''}${sensor ? '' : ' (fallback: NVML is the sensor)'}`));
      else
        checks.push(
          check('gpu.nvidia-smi', 'gpu', sensor ? 'fail' : 'warn', smi.status.detail ?? 'nvidia-smi reports no power', `nvidia-smi --query-gpu=index,name,power.draw --format=csv   # '[N/A]' or '[Not Supported]' means this board or driver reports no power; NVML (--gpu-sensor nvml) may still have the energy counter`),
        );
      if (smi.per_process === 'pmon') checks.push(check('gpu.nvidia-smi.pmon', 'gpu', 'ok', 'nvidia-smi pmon works: per-process SM % for attribution'));
      else
        checks.push(
          check(
            'gpu.nvidia-smi.pmon',
            'gpu',
            'warn',
            `nvidia-smi pmon unsupported here: ${smi.per_process === 'compute-apps' ? 'per-process GPU use from --query-compute-apps (which process holds a context; SM share unknown)' : 'no per-process GPU source at all'}${sensor ? '' : ' (only matters when NVML is not used)'}`,
            `# on a GPU dedicated to the job, credit the step with the GPU's whole energy:\n${exclusiveAttributionYaml(null)}`,
          ),
        );
      if (!nvml?.ok) {
        const mig = g.filter((x) => smi.notes.some((n) => n.includes(`(${x.uuid}) is in MIG mode`))).map((x) => x.index);
        checks.push(migCheck(mig, i.powercapRoot));
      }
      if (sensor) verdict = smi.status.kind === 'measured' ? 'measured' : 'estimated';
    } else if (smi.bin === null && !anyGpu) {
      checks.push(check('gpu.nvidia-smi', 'gpu', 'ok', `no NVIDIA GPU: ${smi.status.detail ?? 'nvidia-smi not found'}`));
    } else {
      // exit 12: nvidia-smi runs but cannot load libnvidia-ml.so.1 (the driver's libraries are off the loader's path)
      const noLib = /\(exit 12\b/.test(smi.status.detail ?? '');
      const fix = noLib ? SMI_NO_LIBRARY_FIX : smi.bin === null ? `${CONTAINER_GPU_FIX}\n# or: --nvidia-smi /path/to/nvidia-smi` : CONTAINER_GPU_FIX;
      checks.push(check('gpu.nvidia-smi', 'gpu', sensor && anyGpu ? 'fail' : 'warn', smi.status.detail ?? 'nvidia-smi does not work', fix));
    }
  }
  if (verdict === 'absent' && anyGpu) {
    const unloaded = i.driverNotLoaded === true && !smiWorks && nvml?.ok !== true;
    const why = unloaded ? ', the NVIDIA kernel driver is not loaded (no /proc/driver/nvidia/gpus entry, no /dev/nvidia0 node)' : '';
    checks.push(
      check('gpu.sensor', 'gpu', 'fail', `an NVIDIA GPU is present (${i.device ?? 'found by a sensor'})${why} but no sensor reads its power: GPU energy will be ${smiWorks ? 'estimated' : 'missing'}`, unloaded ? DRIVER_NOT_LOADED_FIX : CONTAINER_GPU_FIX),
    );
    verdict = smiWorks ? 'estimated' : 'broken';
  }
  return { checks, gpu: verdict, gpuInUse: verdict === 'measured' || verdict === 'estimated' };
}

function migCheck(indices: number[], powercapRoot: string | null): DoctorCheck {
  if (indices.length === 0) return check('gpu.mig', 'gpu', 'ok', 'MIG off');
  return check(
    'gpu.mig',
    'gpu',
    'warn',
    `MIG on for GPU ${indices.join(', ')}: power is per physical GPU and no per-process SM share is reported under MIG`,
    `# either credit the step with the whole GPU (it must be the only job on it):\n${exclusiveAttributionYaml(powercapRoot)}\n# or turn MIG off (no job may be running on it):\n${indices.map((x) => `sudo nvidia-smi -i ${x} -mig 0`).join('\n')}`,
  );
}
