// Every action input, parsed and validated in one place.
// Errors name the input and what was expected: "input 'pue' must be a number >= 1, got 'abc'"; all
// problems are collected and reported together. Pure: no @actions/* (the entry passes core.getInput).
import {
  ALPHA,
  boolean,
  type Check,
  failure,
  INTENSITY,
  INTERVAL_MS,
  label,
  MIN_EFFECT,
  number,
  oneOf,
  pattern,
  PAIRS,
  PUE,
  REPEAT,
  WARMUP,
  AB_METRICS,
  AB_ORDERS,
  CLOUD_REGION,
  ZONE,
} from '../model/validate.ts';
import { InputError } from '../model/errors.ts';
import { DEFAULTS } from '../model/defaults.ts';
import { CARBON_PROVIDERS, type CarbonProvider } from '../carbon/providers/types.ts';
import { GPU_ATTRIBUTIONS, GPU_SENSORS, type GpuAttribution, type GpuSensorChoice } from '../run/options.ts';

export type Mode = 'run' | 'start' | 'stop' | 'report' | 'comment' | 'ab';

export interface ActionInputs {
  mode: Mode;
  /** shell command (mode run) */
  run: string | null;
  shell: 'bash' | 'sh';
  workingDirectory: string | null;
  label: string;
  repeat: number;
  intervalMs: number;
  /** null = not given (cloud provider PUE or 1.0 is used, and said) */
  pue: number | null;
  region: string | null;
  cloudRegion: string | null;
  carbonIntensity: number | null;
  carbonProvider: CarbonProvider | null;
  carbonToken: string | null;
  out: string;
  powercapRoot: string;
  /** null = look on PATH; 'none' disables */
  nvidiaSmi: string | null;
  gpuSensor: GpuSensorChoice;
  /** null = the system loader's libnvidia-ml.so.1 */
  nvmlLib: string | null;
  amdSmiLib: string | null;
  rocmSmiLib: string | null;
  gpuAttribution: GpuAttribution;
  githubToken: string | null;
  comment: boolean;
  baselineRuns: number;
  alpha: number;
  minEffect: number;
  failOnRegression: boolean;
  upload: boolean;
  retentionDays: number | null;
  badge: boolean;
  badgeBranch: string;
  appendix: boolean;
  /** mode run: 'srun' runs `run` as a SLURM job step, one meter per node */
  launcher: 'none' | 'srun';
  /** srun's options (launcher srun), split as a shell would split words */
  srunArgs: string[];
  /** mode ab: the base commit, branch or tag; null = the PR's merge base (required outside pull requests) */
  baseRef: string | null;
  /** mode ab: measured pairs (2-50), run order, warm-up runs per side, setup command */
  pairs: number;
  order: 'abba' | 'alternate';
  /** mode ab: which energy the verdict is about */
  abMetric: 'active' | 'attributed';
  warmup: number;
  setup: string | null;
}

const MODES = ['run', 'start', 'stop', 'report', 'comment', 'ab'] as const satisfies readonly Mode[];
const SHELLS = ['bash', 'sh'] as const;
const D = DEFAULTS;
// git check-ref-format, simplified: no spaces, '..', '~^:?*[\', leading '-', trailing '/' or '.lock'
const BRANCH = /^(?!-)(?!.*\.\.)(?!.*\/\/)(?!.*@\{)(?!.*\.lock$)(?!.*\/$)[^\s~^:?*[\\\x00-\x1f\x7f]{1,200}$/;

/** Reads inputs with `get(name)` (core.getInput in the action) and validates them all. */
export function parseInputs(get: (name: string) => string): ActionInputs {
  const problems: string[] = [];
  const raw = (name: string): string => (get(name) ?? '').trim();
  // an empty input means "not given": the default applies (the runner fills action.yml's defaults, but
  // local runners and tests may not; a few inputs have none there, see model/defaults.ts)
  function req<T>(name: string, check: Check<T>, fallback: T): T {
    const r = raw(name);
    if (r === '') return fallback;
    const c = check(r);
    if (c.ok) return c.value;
    problems.push(failure(`input '${name}'`, c.expected, r));
    return fallback;
  }
  function opt<T>(name: string, check: Check<T>): T | null {
    const r = raw(name);
    if (r === '') return null;
    const c = check(r);
    if (c.ok) return c.value;
    problems.push(failure(`input '${name}'`, c.expected, r));
    return null;
  }
  const text = (name: string): string | null => (raw(name) === '' ? null : raw(name));

  const mode = req('mode', oneOf(MODES), D.mode.value);
  const run = get('run')?.trim() === '' ? null : (get('run') ?? null);
  const inputs: ActionInputs = {
    mode,
    run,
    shell: req('shell', oneOf(SHELLS), D.shell.value),
    workingDirectory: text('working-directory'),
    label: req('label', label, D.label.value),
    repeat: req('repeat', REPEAT, D.repeat.value),
    intervalMs: req('interval-ms', INTERVAL_MS, D['interval-ms'].value),
    pue: opt('pue', PUE),
    region: opt('region', ZONE),
    cloudRegion: opt('cloud-region', CLOUD_REGION),
    carbonIntensity: opt('carbon-intensity', INTENSITY),
    carbonProvider: opt('carbon-provider', oneOf(CARBON_PROVIDERS)),
    carbonToken: text('carbon-token'),
    out: text('out') ?? D.out.value,
    powercapRoot: text('powercap-root') ?? D['powercap-root'].value,
    nvidiaSmi: text('nvidia-smi'),
    gpuSensor: req('gpu-sensor', oneOf(GPU_SENSORS), D['gpu-sensor'].value),
    nvmlLib: text('nvml-lib'),
    amdSmiLib: text('amd-smi-lib'),
    rocmSmiLib: text('rocm-smi-lib'),
    gpuAttribution: req('gpu-attribution', oneOf(GPU_ATTRIBUTIONS), D['gpu-attribution'].value),
    githubToken: text('github-token'),
    comment: req('comment', boolean, D.comment.value),
    baselineRuns: req('baseline-runs', number({ integer: true, min: 1, max: 50 }), D['baseline-runs'].value),
    alpha: req('alpha', ALPHA, D.alpha.value),
    minEffect: req('min-effect', MIN_EFFECT, D['min-effect'].value),
    failOnRegression: req('fail-on-regression', boolean, D['fail-on-regression'].value),
    upload: req('upload', boolean, D.upload.value),
    retentionDays: opt('retention-days', number({ integer: true, min: 1, max: 90 })),
    badge: req('badge', boolean, D.badge.value),
    badgeBranch: req('badge-branch', pattern(BRANCH, 'a valid git branch name'), D['badge-branch'].value),
    appendix: req('appendix', boolean, D.appendix.value),
    launcher: req('launcher', oneOf(['none', 'srun'] as const), D.launcher.value),
    srunArgs: [],
    baseRef: text('base-ref'),
    pairs: req('pairs', PAIRS, D.pairs.value),
    order: req('order', oneOf(AB_ORDERS), D.order.value),
    abMetric: req('ab-metric', oneOf(AB_METRICS), D['ab-metric'].value),
    warmup: req('warmup', WARMUP, D.warmup.value),
    setup: get('setup')?.trim() ? get('setup')! : null,
  };
  const sa = raw('srun-args');
  if (sa !== '') {
    const words = shellWords(sa);
    if (words === null) problems.push(`input 'srun-args' must be srun options as shell words (quotes closed), got '${sa}'`);
    else if (words.includes('--')) problems.push(`input 'srun-args' must not contain '--': the command is the input 'run'`);
    else inputs.srunArgs = words;
  }
  // cross-input rules: say what is missing or ignored rather than guessing
  if (mode === 'run' && inputs.run === null) {
    problems.push("input 'run' is required with mode 'run' (the command to meter); for steps that are actions use mode 'start' and 'stop'");
  }
  if (mode === 'ab' && inputs.run === null) {
    problems.push("input 'run' is required with mode 'ab' (the command run in the base and the head checkout)");
  }
  if (mode !== 'run' && mode !== 'ab' && inputs.run !== null) {
    problems.push(`input 'run' is only used with modes 'run' and 'ab', got mode '${mode}'`);
  }
  if (mode === 'ab' && raw('repeat') !== '' && raw('repeat') !== String(D.repeat.value)) {
    problems.push("input 'repeat' does not apply to mode 'ab': use 'pairs' (and 'warmup')");
  }
  if (mode !== 'ab') {
    for (const name of ['base-ref', 'pairs', 'order', 'warmup', 'setup', 'ab-metric']) {
      if (raw(name) !== '') problems.push(`input '${name}' is only used with mode 'ab', got mode '${mode}'`);
    }
  }
  if (inputs.launcher === 'srun' && mode !== 'run') problems.push(`input 'launcher' srun is only used with mode 'run', got mode '${mode}'`);
  if (inputs.launcher === 'srun' && inputs.repeat !== 1) problems.push("input 'repeat' must be 1 with launcher srun (one job step per run)");
  if (inputs.launcher !== 'srun' && inputs.srunArgs.length > 0) problems.push("input 'srun-args' is only used with launcher 'srun'");
  if (problems.length > 0) throw new InputError(problems);
  return inputs;
}

/** Splits a string into words as sh does for plain words and '...' / "..." quotes; null when a quote is open. */
export function shellWords(s: string): string[] | null {
  const out: string[] = [];
  let cur = '';
  let has = false;
  let q: "'" | '"' | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (q) {
      if (c === q) q = null;
      else if (c === '\\' && q === '"' && i + 1 < s.length && '"\\$`'.includes(s[i + 1]!)) cur += s[++i];
      else cur += c;
    } else if (c === "'" || c === '"') {
      q = c;
      has = true;
    } else if (c === '\\' && i + 1 < s.length) {
      cur += s[++i];
      has = true;
    } else if (/\s/.test(c)) {
      if (has || cur) out.push(cur);
      cur = '';
      has = false;
    } else cur += c;
  }
  if (q) return null;
  if (has || cur) out.push(cur);
  return out;
}
