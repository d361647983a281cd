// Every action input, parsed and validated in one place (issue 2 implements parseInputs).
// Errors name the input and what was expected: "input 'pue' must be a number >= 1, got 'abc'".

export type Mode = 'run' | 'start' | 'stop' | 'report' | 'comment';
export type CarbonProvider = 'electricitymaps' | 'watttime' | 'uk';

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
}

export class InputError extends Error {
  override name = 'InputError';
}

/** Reads inputs with `get(name)` (core.getInput in the action) and validates them all. */
export function parseInputs(get: (name: string) => string): ActionInputs {
  void get;
  throw new InputError('parseInputs: not implemented yet (issue 2)');
}
