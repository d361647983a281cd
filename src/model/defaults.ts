// Every setting's default, once: the action's inputs (src/action/inputs.ts), the CLI's options and help
// (src/cli/*.ts) and the meter's options (src/run/options.ts) read it from here; action.yml and the
// README's input table are tested against it, so a default cannot drift between the places that state it.
//
// Adding a setting: an entry here (with `input` and/or `flag`), the input in action.yml and a row in the
// README's input table; the tests name whichever of these is missing or disagrees.

export interface Setting {
  /** what applies when the setting is not given; null: nothing is applied (`unset` says what happens) */
  readonly value: string | number | boolean | readonly string[] | null;
  /** the action input's name, when the action has this setting */
  readonly input?: string;
  /** the CLI option's name without `--`, when the CLI has it */
  readonly flag?: string;
  /** the CLI commands whose help states the option's default */
  readonly commands?: readonly string[];
  /**
   * action.yml's `default:` when it is not String(value): an expression (the token), or null for none.
   * None is for inputs refused outside one mode: a runner-filled default could not be told from a given value.
   */
  readonly yml?: string | null;
  /** the README's default column when `value` is null or not shown literally (Markdown) */
  readonly unset?: string;
}

export const DEFAULTS = {
  mode: { value: 'run', input: 'mode' },
  run: { value: null, input: 'run' },
  launcher: { value: 'none', input: 'launcher' },
  'srun-args': { value: [], input: 'srun-args', yml: null, unset: '' },
  shell: { value: 'bash', input: 'shell' },
  'working-directory': { value: null, input: 'working-directory', unset: 'workspace' },
  label: { value: 'run', input: 'label', flag: 'label', commands: ['run'] },
  repeat: { value: 1, input: 'repeat', flag: 'repeat', commands: ['run'] },
  'interval-ms': { value: 100, input: 'interval-ms', flag: 'interval-ms', commands: ['run'] },
  pue: { value: null, input: 'pue', flag: 'pue', unset: 'cloud PUE, else 1.0' },
  region: { value: null, input: 'region', flag: 'region', unset: 'world average (warned)' },
  'cloud-region': { value: null, input: 'cloud-region', flag: 'cloud-region' },
  'carbon-intensity': { value: null, input: 'carbon-intensity', flag: 'intensity' },
  'carbon-provider': { value: null, input: 'carbon-provider', flag: 'carbon-provider' },
  'carbon-token': { value: null, input: 'carbon-token' },
  out: { value: 'joulecheck-out', input: 'out', flag: 'out', commands: ['run'] },
  'powercap-root': { value: '/sys/class/powercap', input: 'powercap-root', flag: 'powercap-root', commands: ['run', 'doctor'] },
  'nvidia-smi': { value: null, input: 'nvidia-smi', flag: 'nvidia-smi', unset: '`PATH`' },
  'gpu-sensor': { value: 'auto', input: 'gpu-sensor', flag: 'gpu-sensor', commands: ['run', 'doctor'] },
  'nvml-lib': { value: null, input: 'nvml-lib', flag: 'nvml-lib', unset: "system loader's `libnvidia-ml.so.1`" },
  'amd-smi-lib': { value: null, input: 'amd-smi-lib', flag: 'amd-smi-lib', unset: "system loader's `libamd_smi.so`" },
  'rocm-smi-lib': { value: null, input: 'rocm-smi-lib', flag: 'rocm-smi-lib', unset: "system loader's `librocm_smi64.so.1`" },
  'gpu-attribution': { value: 'process', input: 'gpu-attribution', flag: 'gpu-attribution', commands: ['run'] },
  'github-token': { value: null, input: 'github-token', yml: '${{ github.token }}', unset: '`github.token`' },
  comment: { value: true, input: 'comment' },
  'baseline-runs': { value: 5, input: 'baseline-runs' },
  alpha: { value: 0.05, input: 'alpha', flag: 'alpha', commands: ['compare', 'ab'] },
  'min-effect': { value: 0.02, input: 'min-effect', flag: 'min-effect', commands: ['compare', 'ab'] },
  'fail-on-regression': { value: false, input: 'fail-on-regression' },
  upload: { value: true, input: 'upload' },
  'retention-days': { value: null, input: 'retention-days', unset: 'repository default' },
  badge: { value: false, input: 'badge' },
  'badge-branch': { value: 'joulecheck-badges', input: 'badge-branch' },
  appendix: { value: false, input: 'appendix' },
  'base-ref': { value: null, input: 'base-ref', unset: 'PR: merge base' },
  pairs: { value: 3, input: 'pairs', flag: 'pairs', commands: ['ab'], yml: null },
  order: { value: 'abba', input: 'order', flag: 'order', commands: ['ab'], yml: null },
  warmup: { value: 1, input: 'warmup', flag: 'warmup', commands: ['ab'], yml: null },
  'ab-metric': { value: 'active', input: 'ab-metric', flag: 'ab-metric', commands: ['ab'], yml: null },
  setup: { value: null, input: 'setup', flag: 'setup' },
} as const satisfies Record<string, Setting>;

export type SettingName = keyof typeof DEFAULTS;

/** The default as help text and action.yml print it. */
export function defaultText(name: SettingName): string {
  const v: Setting['value'] = DEFAULTS[name].value;
  return Array.isArray(v) ? v.join(' ') : String(v);
}
