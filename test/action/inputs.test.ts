// parseInputs: every action input validated in one place; all problems reported together.
import { describe, expect, it } from 'vitest';
import { parseInputs } from '../../src/action/inputs.ts';
import { InputError } from '../../src/model/errors.ts';

const get = (over: Record<string, string>) => (name: string) => over[name] ?? '';
const base = { run: 'python train.py' };

function problemsOf(over: Record<string, string>): string[] {
  try {
    parseInputs(get({ ...base, ...over }));
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as InputError).problems;
  }
  throw new Error('expected an InputError');
}

describe('parseInputs', () => {
  it('applies the action.yml defaults to empty inputs', () => {
    const i = parseInputs(get(base));
    expect(i).toMatchObject({
      mode: 'run', run: 'python train.py', shell: 'bash', label: 'run', repeat: 1, intervalMs: 100, pue: null,
      region: null, out: 'joulecheck-out', powercapRoot: '/sys/class/powercap', nvidiaSmi: null, comment: true,
      baselineRuns: 5, alpha: 0.05, minEffect: 0.02, failOnRegression: false, upload: true, retentionDays: null,
      badge: false, badgeBranch: 'joulecheck-badges', appendix: false, carbonProvider: null,
    });
  });

  it('parses valid values', () => {
    const i = parseInputs(
      get({
        ...base, mode: 'run', shell: 'sh', label: 'train.v2_a-b', repeat: '3', 'interval-ms': '250', pue: '1.2',
        region: 'US-CAL-CISO', 'cloud-region': 'aws:us-east-1', 'carbon-intensity': '0', 'carbon-provider': 'uk',
        'nvidia-smi': 'none', comment: 'False', 'baseline-runs': '50', alpha: '0.01', 'min-effect': '0',
        'fail-on-regression': 'TRUE', upload: 'false', 'retention-days': '90', badge: 'True', appendix: 'true',
        'working-directory': 'sub/dir',
      }),
    );
    expect(i).toMatchObject({
      shell: 'sh', label: 'train.v2_a-b', repeat: 3, intervalMs: 250, pue: 1.2, region: 'US-CAL-CISO',
      cloudRegion: 'aws:us-east-1', carbonIntensity: 0, carbonProvider: 'uk', nvidiaSmi: 'none', comment: false,
      baselineRuns: 50, alpha: 0.01, minEffect: 0, failOnRegression: true, upload: false, retentionDays: 90,
      badge: true, appendix: true, workingDirectory: 'sub/dir',
    });
  });

  it('mode start/stop need no run; report mode too', () => {
    expect(parseInputs(get({ mode: 'start' })).mode).toBe('start');
    expect(parseInputs(get({ mode: 'stop' })).run).toBeNull();
    expect(parseInputs(get({ mode: 'report' })).mode).toBe('report');
  });

  // [input, value, the message expected] — every one names the input and what was expected
  const BAD: Array<[string, string, string]> = [
    ['pue', 'abc', "input 'pue' must be a number >= 1, got 'abc'"],
    ['pue', '0.9', "input 'pue' must be a number >= 1, got '0.9'"],
    ['pue', '1,2', "input 'pue' must be a number >= 1, got '1,2'"],
    ['pue', 'Infinity', "input 'pue' must be a number >= 1, got 'Infinity'"],
    ['repeat', '0', "input 'repeat' must be an integer between 1 and 100, got '0'"],
    ['repeat', '2.5', "input 'repeat' must be an integer between 1 and 100, got '2.5'"],
    ['repeat', '101', "input 'repeat' must be an integer between 1 and 100, got '101'"],
    ['repeat', '0x10', "input 'repeat' must be an integer between 1 and 100, got '0x10'"],
    ['interval-ms', '10', "input 'interval-ms' must be an integer between 50 and 60000, got '10'"],
    ['interval-ms', '1e3', "input 'interval-ms' must be an integer between 50 and 60000, got '1e3'"],
    ['mode', 'begin', "input 'mode' must be one of 'run', 'start', 'stop', 'report', 'comment', 'ab', got 'begin'"],
    ['shell', 'zsh', "input 'shell' must be one of 'bash', 'sh', got 'zsh'"],
    ['label', '../x', "input 'label' must be a name of letters, digits, '.', '_', '-' (1-100 characters, not starting with '.' or '-'), got '../x'"],
    ['label', 'a b', "input 'label' must be a name of letters"],
    ['carbon-intensity', '-5', "input 'carbon-intensity' must be a number between 0 and 2000, got '-5'"],
    ['carbon-intensity', '2500', "input 'carbon-intensity' must be a number between 0 and 2000, got '2500'"],
    ['carbon-provider', 'electricity-maps', "input 'carbon-provider' must be one of 'electricitymaps', 'watttime', 'uk', got 'electricity-maps'"],
    ['cloud-region', 'us-east-1', "input 'cloud-region' must be '<provider>:<region>' with provider aws, gcp or azure"],
    ['region', 'US CAL', "input 'region' must be a grid zone id"],
    ['comment', 'yes', "input 'comment' must be a boolean (true/True/TRUE or false/False/FALSE), got 'yes'"],
    ['upload', 'tRuE', "input 'upload' must be a boolean"],
    ['badge', '1', "input 'badge' must be a boolean"],
    ['fail-on-regression', 'on', "input 'fail-on-regression' must be a boolean"],
    ['appendix', 'no', "input 'appendix' must be a boolean"],
    ['baseline-runs', '0', "input 'baseline-runs' must be an integer between 1 and 50, got '0'"],
    ['alpha', '0.5', "input 'alpha' must be a number > 0 and < 0.5, got '0.5'"],
    ['alpha', '0', "input 'alpha' must be a number > 0 and < 0.5, got '0'"],
    ['min-effect', '1', "input 'min-effect' must be a number >= 0 and < 1, got '1'"],
    ['min-effect', '5%', "input 'min-effect' must be a number >= 0 and < 1, got '5%'"],
    ['retention-days', '91', "input 'retention-days' must be an integer between 1 and 90, got '91'"],
    ['badge-branch', 'bad..branch', "input 'badge-branch' must be a valid git branch name, got 'bad..branch'"],
  ];
  it.each(BAD)("rejects %s: '%s'", (name, value, message) => {
    const problems = problemsOf({ [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
  });

  it('collects ALL problems and reports them together', () => {
    let err: InputError | null = null;
    try {
      parseInputs(get({ ...base, pue: 'abc', repeat: '0', comment: 'yes', shell: 'fish' }));
    } catch (e) {
      err = e as InputError;
    }
    expect(err?.problems).toHaveLength(4);
    expect(err?.message).toMatch(/^4 invalid inputs:\n- input 'shell'.*\n- input 'repeat'.*\n- input 'pue'.*\n- input 'comment'/s);
  });

  it('cross-input rules: run is required in mode run, and only used there', () => {
    expect(problemsOf({ run: '' })[0]).toMatch(/input 'run' is required with mode 'run'/);
    expect(problemsOf({ mode: 'start', run: 'make' })[0]).toMatch(/input 'run' is only used with modes 'run' and 'ab', got mode 'start'/);
  });

  it("mode ab: its inputs, checked and named; they are refused with other modes", () => {
    const i = parseInputs(get({ ...base, mode: 'ab', run: 'make bench', 'base-ref': 'main', pairs: '6', order: 'alternate', warmup: '2', setup: 'pip install -e .' }));
    expect(i).toMatchObject({ mode: 'ab', run: 'make bench', baseRef: 'main', pairs: 6, order: 'alternate', warmup: 2, setup: 'pip install -e .' });
    expect(parseInputs(get({ ...base, mode: 'ab', run: 'x' }))).toMatchObject({ baseRef: null, pairs: 3, order: 'abba', warmup: 1, setup: null });
    expect(problemsOf({ mode: 'ab', run: '' })[0]).toMatch(/input 'run' is required with mode 'ab'/);
    expect(problemsOf({ mode: 'ab', run: 'x', pairs: '1' })[0]).toBe("input 'pairs' must be an integer between 2 and 50, got '1'");
    expect(problemsOf({ mode: 'ab', run: 'x', order: 'abab' })[0]).toBe("input 'order' must be one of 'abba', 'alternate', got 'abab'");
    expect(problemsOf({ mode: 'ab', run: 'x', warmup: '11' })[0]).toBe("input 'warmup' must be an integer between 0 and 10, got '11'");
    expect(problemsOf({ mode: 'ab', run: 'x', repeat: '5' })[0]).toMatch(/input 'repeat' does not apply to mode 'ab': use 'pairs'/);
    expect(problemsOf({ run: 'x', pairs: '4' })[0]).toBe("input 'pairs' is only used with mode 'ab', got mode 'run'");
  });
});

describe('action.yml and mode ab', () => {
  it("declares mode ab's inputs without defaults (a default would make every mode-run step refuse them)", async () => {
    const { parseDocument } = await import('yaml');
    const { readFileSync } = await import('node:fs');
    const a = parseDocument(readFileSync('action.yml', 'utf8')).toJS() as { inputs: Record<string, { default?: unknown; description: string }> };
    for (const name of ['base-ref', 'pairs', 'order', 'warmup', 'setup']) {
      expect(a.inputs[name], name).toBeDefined();
      expect(a.inputs[name]!.default, name).toBeUndefined();
      expect(a.inputs[name]!.description).toMatch(/ab/);
    }
    // what the runner hands a mode-run step: every declared default, nothing for the ab inputs
    const defaults = Object.fromEntries(Object.entries(a.inputs).map(([k, v]) => [k, v.default === undefined ? '' : String(v.default)]));
    expect(() => parseInputs(get({ ...defaults, run: 'make' }))).not.toThrow();
  });
});
