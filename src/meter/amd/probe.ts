// What the ROCm libraries offer on this machine: AMD SMI first (ROCm 6 and newer), then ROCm SMI (older
// ROCm, and the one Debian ships); which GPUs answer, and per GPU whether the energy counter, power and
// busy read, its power limits and its compute partition. probeAmd is the contract doctor uses;
// openAmdSession keeps the library initialised for the meter.
import { loadKoffi } from '../koffi.ts';
import { amdError, amdNote, AMD_LIB_TITLE, AMD_SUCCESS, type AmdLibKind } from './errors.ts';
import type { AmdLib } from './lib.ts';
import { AMD_SMI_UNBOUND, DEFAULT_AMD_SMI_LIB, openAmdSmi } from './amd-smi.ts';
import { DEFAULT_ROCM_SMI_LIB, openRocmSmi } from './rocm-smi.ts';

export type AmdChoice = 'auto' | AmdLibKind;

export interface AmdOpenOptions {
  /** which library: auto tries AMD SMI, then ROCm SMI */
  which?: AmdChoice;
  /** null/undefined: the system loader's libamd_smi.so / librocm_smi64.so.1 */
  amdSmiLib?: string | null;
  rocmSmiLib?: string | null;
}

export interface AmdGpuProbe {
  index: number;
  uuid: string;
  name: string;
  energyCounter: boolean;
  /** µJ per count of the accumulator (ROCm: 15.3 on most GPUs) */
  resolutionUj: number;
  powerReadable: boolean;
  busyReadable: boolean;
  /** compute partition mode when the GPU is partitioned (CPX, DPX, TPX, QPX); null: whole GPU or unknown */
  partition: string | null;
  powerLimitW: number | null;
  defaultLimitW: number | null;
}

export interface AmdLibAttempt {
  kind: AmdLibKind;
  path: string;
  ok: boolean;
  error: { code: number; name: string; meaning: string; fix: string } | null;
}

export interface AmdProbe {
  ok: boolean;
  /** the library that answered (or the last one tried) */
  kind: AmdLibKind | null;
  lib: string | null;
  gpus: AmdGpuProbe[];
  /** every library tried, in order, with why it was not used */
  tried: AmdLibAttempt[];
  error: AmdLibAttempt['error'];
}

export interface AmdSession {
  probe: AmdProbe;
  lib: AmdLib | null;
  notes: string[];
  close(): void;
}

const LIBRARY_NOT_FOUND = -100;
const NO_GPU = -101;
const NO_BINDING = -102;

function failure(kind: AmdLibKind, code: number, meaning?: string, fix?: string): NonNullable<AmdLibAttempt['error']> {
  if (code === LIBRARY_NOT_FOUND) return { code, name: 'library not found', meaning: meaning ?? '', fix: fix ?? '' };
  if (code === NO_GPU) return { code, name: 'no GPU', meaning: meaning ?? '', fix: fix ?? '' };
  const e = amdError(kind, code);
  return { code: e.code, name: e.name, meaning: meaning ?? e.meaning, fix: fix ?? e.fix };
}

const FIX_LIB: Record<AmdLibKind, (given: string | null) => string> = {
  amdsmi: (given) =>
    given
      ? `check the path given to --amd-smi-lib / amd-smi-lib (${given}): it must be ROCm's libamd_smi.so`
      : 'install ROCm 6 or newer (amd-smi-lib package; the library is /opt/rocm/lib/libamd_smi.so) and make it findable (ldconfig, LD_LIBRARY_PATH), or point --amd-smi-lib / amd-smi-lib at it',
  'rocm-smi': (given) =>
    given
      ? `check the path given to --rocm-smi-lib / rocm-smi-lib (${given}): it must be librocm_smi64.so.1`
      : 'install ROCm SMI (ROCm\'s rocm-smi-lib, or Debian\'s librocm-smi64-1), or point --rocm-smi-lib / rocm-smi-lib at librocm_smi64.so.1 (ROCm: /opt/rocm/lib)',
};

function openLib(kind: AmdLibKind, path: string): AmdLib | string {
  const loaded = loadKoffi();
  if ('error' in loaded) return loaded.error;
  return kind === 'amdsmi' ? openAmdSmi(loaded.koffi, loaded.from, path) : openRocmSmi(loaded.koffi, loaded.from, path);
}

/** One library: load, initialise, inspect every GPU. Never throws. */
function tryLib(kind: AmdLibKind, given: string | null, notes: string[]): { attempt: AmdLibAttempt; lib: AmdLib | null; gpus: AmdGpuProbe[] } {
  const path = given ?? (kind === 'amdsmi' ? DEFAULT_AMD_SMI_LIB : DEFAULT_ROCM_SMI_LIB);
  const title = AMD_LIB_TITLE[kind];
  const fail = (error: NonNullable<AmdLibAttempt['error']>, lib: AmdLib | null = null) => {
    if (lib) {
      try {
        lib.shutdown();
      } catch {
        /* nothing left to do */
      }
    }
    notes.push(`${title} not used: ${error.name}${error.code >= 0 ? ` (${error.code})` : ''}: ${error.meaning}; ${error.fix}`);
    return { attempt: { kind, path, ok: false, error }, lib: null, gpus: [] };
  };
  let lib: AmdLib | string;
  try {
    lib = openLib(kind, path);
  } catch (err) {
    lib = err instanceof Error ? err.message : String(err);
  }
  if (lib === AMD_SMI_UNBOUND) return fail({ code: NO_BINDING, name: 'not bound', meaning: AMD_SMI_UNBOUND, fix: 'use ROCm SMI (--gpu-sensor rocm-smi, or auto, which falls back to it; ROCm 6 ships librocm_smi64.so.1 beside libamd_smi.so)' });
  if (typeof lib === 'string') return fail(failure(kind, LIBRARY_NOT_FOUND, lib, FIX_LIB[kind](given)));
  let rc: number;
  try {
    rc = lib.init();
  } catch (err) {
    return fail(failure(kind, 0xffffffff, `${kind === 'amdsmi' ? 'amdsmi_init' : 'rsmi_init'} threw (${err instanceof Error ? err.message : String(err)})`));
  }
  if (rc !== AMD_SUCCESS) {
    const e = failure(kind, rc);
    const said = lib.statusString(rc);
    if (said && !e.meaning.toLowerCase().includes(said.toLowerCase())) e.meaning = `${e.meaning} (the library: "${said}")`;
    return fail(e);
  }
  const count = lib.deviceCount();
  if (count.rc !== AMD_SUCCESS) return fail(failure(kind, count.rc), lib);
  if (count.value === 0) return fail(failure(kind, NO_GPU, `${title} initialised but lists no GPU`, 'check that the GPU is visible (rocm-smi or amd-smi list); in a container pass it with --device /dev/kfd --device /dev/dri'), lib);
  const say = (call: string, code: number, where: string): void => {
    notes.push(amdNote(kind, call, code, where, lib.statusString(code)));
  };
  const calls = kind === 'amdsmi'
    ? { uuid: 'amdsmi_get_gpu_device_uuid', name: 'amdsmi_get_gpu_asic_info', energy: 'amdsmi_get_energy_count', power: 'amdsmi_get_power_info', busy: 'amdsmi_get_gpu_activity' }
    : { uuid: 'rsmi_dev_unique_id_get', name: 'rsmi_dev_name_get', energy: 'rsmi_dev_energy_count_get', power: 'rsmi_dev_power_ave_get', busy: 'rsmi_dev_busy_percent_get' };
  const gpus: AmdGpuProbe[] = [];
  for (let i = 0; i < count.value; i++) {
    const uuid = lib.uniqueId(i);
    if (uuid.rc !== AMD_SUCCESS || !uuid.value) {
      say(calls.uuid, uuid.rc, `GPU ${i}`);
      continue;
    }
    const where = `GPU ${i} (${uuid.value})`;
    const name = lib.name(i);
    if (name.rc !== AMD_SUCCESS) say(calls.name, name.rc, where);
    const energy = lib.energy(i);
    const counter = energy.rc === AMD_SUCCESS && energy.resolutionUj > 0;
    if (energy.rc !== AMD_SUCCESS) say(calls.energy, energy.rc, where);
    const power = lib.powerW(i);
    if (power.rc !== AMD_SUCCESS) say(calls.power, power.rc, where);
    const busy = lib.busy(i);
    if (busy.rc !== AMD_SUCCESS) say(calls.busy, busy.rc, where);
    const cap = lib.powerCapW(i);
    const dflt = lib.defaultCapW(i);
    const partition = lib.partition(i);
    const parted = partition !== null && partition !== 'SPX';
    if (parted) notes.push(`${where} is in compute partition mode ${partition}: each partition is listed as its own GPU; power and energy may be the whole physical GPU's, so the step's share of them is uncertain`);
    gpus.push({
      index: i,
      uuid: uuid.value,
      name: name.value || 'unknown AMD GPU',
      energyCounter: counter,
      resolutionUj: counter ? energy.resolutionUj : 0,
      powerReadable: power.rc === AMD_SUCCESS,
      busyReadable: busy.rc === AMD_SUCCESS,
      partition: parted ? partition : null,
      powerLimitW: cap.rc === AMD_SUCCESS && cap.value > 0 ? cap.value : null,
      defaultLimitW: dflt.rc === AMD_SUCCESS && dflt.value > 0 ? dflt.value : null,
    });
  }
  if (gpus.length === 0) return fail(failure(kind, NO_GPU, `${title} lists ${count.value} GPU(s) but none answered (see the notes)`, 'check dmesg for amdgpu errors; reboot the runner'), lib);
  return { attempt: { kind, path, ok: true, error: null }, lib, gpus };
}

/**
 * Opens the first ROCm library that answers (AMD SMI, then ROCm SMI, or the one asked for) and inspects
 * every GPU; the session stays initialised until close(). Never throws.
 */
export function openAmdSession(opts: AmdOpenOptions = {}): AmdSession {
  const which = opts.which ?? 'auto';
  const order: AmdLibKind[] = which === 'auto' ? ['amdsmi', 'rocm-smi'] : [which];
  const notes: string[] = [];
  const tried: AmdLibAttempt[] = [];
  for (const kind of order) {
    const r = tryLib(kind, (kind === 'amdsmi' ? opts.amdSmiLib : opts.rocmSmiLib) ?? null, notes);
    tried.push(r.attempt);
    if (!r.lib) continue;
    const lib = r.lib;
    let closed = false;
    return {
      probe: { ok: true, kind, lib: r.attempt.path, gpus: r.gpus, tried, error: null },
      lib,
      notes,
      close: () => {
        if (closed) return;
        closed = true;
        try {
          lib.shutdown();
        } catch {
          /* nothing left to do */
        }
      },
    };
  }
  const last = tried[tried.length - 1]!;
  return { probe: { ok: false, kind: last.kind, lib: last.path, gpus: [], tried, error: last.error }, lib: null, notes, close: () => {} };
}

/** The ROCm libraries on this machine: opens, inspects, shuts down. Never throws. */
export function probeAmd(opts: AmdOpenOptions = {}): AmdProbe {
  try {
    const s = openAmdSession(opts);
    s.close();
    return s.probe;
  } catch (err) {
    const error = { code: -1, name: 'probe failed', meaning: `probing the ROCm libraries failed (${err instanceof Error ? err.message : String(err)})`, fix: 'report it' };
    return { ok: false, kind: null, lib: null, gpus: [], tried: [], error };
  }
}
