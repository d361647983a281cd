// What NVML offers on this machine: whether the library loads and initialises, which GPUs answer (by
// UUID), and per GPU whether the energy counter and power read, MIG, persistence. probeNvml is the
// contract other commands (doctor) use; openNvmlSession keeps NVML initialised for the meter.
import { nvmlError, nvmlNote, NVML_SUCCESS } from './errors.ts';
import { DEFAULT_NVML_LIB, openNvml, type DeviceHandle, type NvmlLib } from './binding.ts';

export interface NvmlGpuProbe {
  index: number;
  uuid: string;
  name: string;
  energyCounter: boolean;
  powerReadable: boolean;
  mig: boolean;
  persistence: boolean | null;
}

export interface NvmlProbe {
  ok: boolean;
  lib: string;
  driver: string | null;
  gpus: NvmlGpuProbe[];
  error: { code: number; name: string; meaning: string; fix: string } | null;
}

/** A GPU as the meter uses it: the probe's facts plus its handle and what else was learnt. */
export interface NvmlDevice {
  handle: DeviceHandle;
  probe: NvmlGpuProbe;
  /** NVML_FI_DEV_POWER_INSTANT reads (else nvmlDeviceGetPowerUsage is the power) */
  instantField: boolean;
  powerLimitW: number | null;
  defaultLimitW: number | null;
}

export interface NvmlSession {
  probe: NvmlProbe;
  /** null when the probe failed */
  lib: NvmlLib | null;
  devices: NvmlDevice[];
  /** what was not available and why (each NVML code with its meaning and fix) */
  notes: string[];
  /** nvmlShutdown (idempotent) */
  close(): void;
}

const LIBRARY_NOT_FOUND = 12;
const GPU_NOT_FOUND = 28;

function failure(code: number, meaning?: string, fix?: string): NvmlProbe['error'] {
  const e = nvmlError(code);
  return { code, name: e.name, meaning: meaning ?? e.meaning, fix: fix ?? e.fix };
}

/**
 * Loads NVML (`libPath`, default the system loader's libnvidia-ml.so.1), initialises it and inspects every
 * GPU; the session stays initialised until close(). Never throws.
 */
export function openNvmlSession(libPath?: string): NvmlSession {
  const lib = libPath ?? DEFAULT_NVML_LIB;
  const notes: string[] = [];
  const failed = (error: NvmlProbe['error'], driver: string | null = null, nvml: NvmlLib | null = null): NvmlSession => {
    if (nvml) nvml.shutdown();
    const e = error!;
    notes.push(`NVML not used: ${e.name} (${e.code}): ${e.meaning}; ${e.fix}`);
    return { probe: { ok: false, lib, driver, gpus: [], error }, lib: null, devices: [], notes, close: () => {} };
  };
  let nvml: NvmlLib | string;
  try {
    nvml = openNvml(lib);
  } catch (err) {
    nvml = err instanceof Error ? err.message : String(err);
  }
  if (typeof nvml === 'string') {
    const fix = libPath
      ? `check the path given to --nvml-lib / nvml-lib (${libPath}): it must be the driver's libnvidia-ml.so.1`
      : 'install the NVIDIA driver (its libnvidia-ml.so.1), or in a container run with the NVIDIA container toolkit (--gpus all); or point --nvml-lib / nvml-lib at the library';
    return failed(failure(LIBRARY_NOT_FOUND, nvml, fix));
  }
  let rc: number;
  try {
    rc = nvml.init();
  } catch (err) {
    return failed(failure(999, `nvmlInit_v2 threw (${err instanceof Error ? err.message : String(err)})`));
  }
  if (rc !== NVML_SUCCESS) {
    const e = failure(rc);
    const said = nvml.errorString(rc);
    if (said && e && !e.meaning.toLowerCase().includes(said.toLowerCase())) e.meaning = `${e.meaning} (nvmlInit_v2: "${said}")`;
    return failed(e);
  }
  const dv = nvml.driverVersion();
  const driver = dv.rc === NVML_SUCCESS ? dv.value : null;
  if (dv.rc !== NVML_SUCCESS) notes.push(nvmlNote('nvmlSystemGetDriverVersion', dv.rc, null, nvml.errorString(dv.rc)));
  const count = nvml.deviceCount();
  if (count.rc !== NVML_SUCCESS) return failed(failure(count.rc), driver, nvml);
  if (count.value === 0) return failed(failure(GPU_NOT_FOUND, 'NVML initialised but lists no GPU', 'check that the GPU is visible (nvidia-smi -L); in a container pass it through'), driver, nvml);

  const devices: NvmlDevice[] = [];
  const say = (call: string, code: number, where: string): void => {
    notes.push(nvmlNote(call, code, where, nvml.errorString(code)));
  };
  for (let i = 0; i < count.value; i++) {
    const h = nvml.handle(i);
    if (h.rc !== NVML_SUCCESS) {
      say('nvmlDeviceGetHandleByIndex_v2', h.rc, `GPU ${i}`);
      continue;
    }
    const d = h.value;
    const uuid = nvml.uuid(d);
    if (uuid.rc !== NVML_SUCCESS || !uuid.value) {
      say('nvmlDeviceGetUUID', uuid.rc, `GPU ${i}`);
      continue;
    }
    const where = `GPU ${i} (${uuid.value})`;
    const name = nvml.name(d);
    if (name.rc !== NVML_SUCCESS) say('nvmlDeviceGetName', name.rc, where);
    const energy = nvml.energyMj(d);
    if (energy.rc !== NVML_SUCCESS) say('nvmlDeviceGetTotalEnergyConsumption', energy.rc, where);
    const instant = nvml.powerInstantMw(d);
    const usage = instant.rc === NVML_SUCCESS ? null : nvml.powerUsageMw(d);
    if (usage && usage.rc !== NVML_SUCCESS) {
      say('nvmlDeviceGetFieldValues(NVML_FI_DEV_POWER_INSTANT)', instant.rc, where);
      say('nvmlDeviceGetPowerUsage', usage.rc, where);
    }
    const mig = nvml.migMode(d);
    const migOn = mig.rc === NVML_SUCCESS && mig.current === 1;
    if (migOn) notes.push(`${where} is in MIG mode: NVML power and energy are for the whole physical GPU; per-process SM utilisation is not reported under MIG, so the step's share of it is unknown`);
    const pers = nvml.persistence(d);
    const limit = nvml.enforcedLimitMw(d);
    const dflt = nvml.defaultLimitMw(d);
    devices.push({
      handle: d,
      probe: {
        index: i,
        uuid: uuid.value,
        name: name.value ?? 'unknown NVIDIA GPU',
        energyCounter: energy.rc === NVML_SUCCESS,
        powerReadable: instant.rc === NVML_SUCCESS || usage?.rc === NVML_SUCCESS,
        mig: migOn,
        persistence: pers.rc === NVML_SUCCESS ? pers.enabled : null,
      },
      instantField: instant.rc === NVML_SUCCESS,
      powerLimitW: limit.rc === NVML_SUCCESS && limit.value > 0 ? limit.value / 1000 : null,
      defaultLimitW: dflt.rc === NVML_SUCCESS && dflt.value > 0 ? dflt.value / 1000 : null,
    });
  }
  if (devices.length === 0) return failed(failure(GPU_NOT_FOUND, `NVML lists ${count.value} GPU(s) but none answered (see the notes)`, 'check dmesg for Xid errors; reset the GPU or reboot the runner'), driver, nvml);
  let closed = false;
  return {
    probe: { ok: true, lib, driver, gpus: devices.map((x) => x.probe), error: null },
    lib: nvml,
    devices,
    notes,
    close: () => {
      if (closed) return;
      closed = true;
      try {
        nvml.shutdown();
      } catch {
        /* nothing left to do */
      }
    },
  };
}

/** NVML on this machine: loads the library, initialises, inspects every GPU, shuts down. Never throws. */
export function probeNvml(libPath?: string): NvmlProbe {
  try {
    const s = openNvmlSession(libPath);
    s.close();
    return s.probe;
  } catch (err) {
    return { ok: false, lib: libPath ?? DEFAULT_NVML_LIB, driver: null, gpus: [], error: failure(999, `probing NVML failed (${err instanceof Error ? err.message : String(err)})`) };
  }
}
