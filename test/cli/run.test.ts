// `joulecheck run` options: validated before anything runs (a typo never costs a run or its output),
// each error naming the option and what was expected; the command's output passes through untouched.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRunArgs, splitArgv } from '../../src/cli/run.ts';
import { UsageError } from '../../src/cli/types.ts';
import { meter, tempDir } from '../run/helpers.ts';

function usageError(argv: string[]): string {
  try {
    parseRunArgs(argv);
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    return (err as Error).message;
  }
  throw new Error(`expected a UsageError for ${argv.join(' ')}`);
}

describe('parseRunArgs', () => {
  it('defaults', () => {
    const p = parseRunArgs(['--', 'python', 'train.py', '--epochs', '1']);
    expect(p.command).toEqual(['python', 'train.py', '--epochs', '1']);
    expect(p.options).toMatchObject({ out: 'joulecheck-out', label: 'run', repeat: 1, intervalMs: 100, pue: null, powercapRoot: '/sys/class/powercap', nvidiaSmi: null });
  });

  it('all options, with = and without, and the command after -- keeps its own options', () => {
    const p = parseRunArgs([
      '--out', 'o', '--label=train', '--repeat', '5', '--interval-ms', '200', '--pue', '1.1', '--region', 'DE',
      '--cloud-region', 'gcp:europe-west4', '--intensity', '300', '--powercap-root', '/host/sys/class/powercap',
      '--nvidia-smi', 'none', '--carbon-provider', 'uk', '--', 'make', '--pue', 'abc',
    ]);
    expect(p.options).toMatchObject({ out: 'o', label: 'train', repeat: 5, intervalMs: 200, pue: 1.1, region: 'DE', cloudRegion: 'gcp:europe-west4', intensity: 300, powercapRoot: '/host/sys/class/powercap', nvidiaSmi: 'none', provider: 'uk' });
    expect(p.command).toEqual(['make', '--pue', 'abc']);
  });

  it('without --, the command starts at the first non-option token', () => {
    expect(splitArgv(['--repeat', '2', 'python', '-u', 'x.py'])).toEqual({ opts: ['--repeat', '2'], command: ['python', '-u', 'x.py'] });
    expect(parseRunArgs(['--attach', '1234']).attach).toBe(1234);
  });

  const BAD: Array<[string[], string]> = [
    [['--pue', 'abc', '--', 'true'], "--pue must be a number >= 1, got 'abc'"],
    [['--pue', '0.5', '--', 'true'], "--pue must be a number >= 1, got '0.5'"],
    [['--pue=', '--', 'true'], "--pue must be a number >= 1, got ''"],
    [['--repeat', '0', '--', 'true'], "--repeat must be an integer between 1 and 100, got '0'"],
    [['--repeat', 'three', '--', 'true'], "--repeat must be an integer between 1 and 100, got 'three'"],
    [['--repeat', '1.5', '--', 'true'], "--repeat must be an integer between 1 and 100, got '1.5'"],
    [['--interval-ms', '5', '--', 'true'], "--interval-ms must be an integer between 50 and 60000, got '5'"],
    [['--interval-ms', '100ms', '--', 'true'], "--interval-ms must be an integer between 50 and 60000, got '100ms'"],
    [['--interval-ms', '-100', '--', 'true'], "--interval-ms must be an integer between 50 and 60000, got '-100'"],
    [['--intensity', 'high', '--', 'true'], "--intensity must be a number between 0 and 2000, got 'high'"],
    [['--intensity', '3000', '--', 'true'], "--intensity must be a number between 0 and 2000, got '3000'"],
    [['--label', 'a/b', '--', 'true'], "--label must be a name of letters, digits, '.', '_', '-'"],
    [['--label', '.hidden', '--', 'true'], "--label must be a name of letters"],
    [['--label', 'x'.repeat(101), '--', 'true'], '--label must be a name of letters'],
    [['--region', 'us east', '--', 'true'], "--region must be a grid zone id such as 'US-CAL-CISO', 'DE' or 'CA-QC', got 'us east'"],
    [['--carbon-provider', 'em', '--', 'true'], "--carbon-provider must be one of 'electricitymaps', 'watttime', 'uk', got 'em'"],
    [['--out', '', '--', 'true'], "--out must be a non-empty value, got ''"],
    [['--cloud-region', 'us-east-1', '--', 'true'], "--cloud-region must be '<provider>:<region>' with provider aws, gcp or azure, e.g. 'aws:us-east-1', got 'us-east-1'"],
    [['--attach', 'self', '--', 'true'], "--attach must be an integer >= 1, got 'self'"],
    [['--attach', '0'], "--attach must be an integer >= 1, got '0'"],
    [['--attach', '12', '--', 'true'], '--attach meters an existing process; it takes no command'],
    [['--attach', '12', '--repeat', '2'], '--repeat cannot be used with --attach'],
    [['--bogus', '--', 'true'], "unknown option '--bogus'"],
    [['--pue'], '--pue needs a value'],
    [['--out', 'x'], 'missing command'],
    [[], 'missing command'],
  ];
  it.each(BAD)('%j -> %s', (argv, message) => {
    expect(usageError(argv)).toContain(message);
  });
});

describe('the meter process', () => {
  it('a bad option exits 2 naming it, and nothing runs or is written', async () => {
    const dir = tempDir();
    const marker = join(dir, 'ran');
    const r = await meter(['--out', join(dir, 'out'), '--pue', 'abc', '--', 'sh', '-c', `touch "${marker}"`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("joulecheck run: --pue must be a number >= 1, got 'abc'\n");
    expect(r.stdout).toBe('');
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('an unknown region fails before the command runs, with a suggestion', async () => {
    const dir = tempDir();
    const marker = join(dir, 'ran');
    const r = await meter(['--out', dir, '--region', 'US-CAL-CISOO', '--', 'sh', '-c', `touch "${marker}"`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^joulecheck run: --region: unknown region 'US-CAL-CISOO'; did you mean US-CAL-CISO/);
    expect(existsSync(marker)).toBe(false);
  });

  it('passes 2 MiB of stdout through byte for byte (no trailing newline) and its exit code', async () => {
    const dir = tempDir();
    const script = 'yes 0123456789abcdef | head -c 2097152; printf tail-no-newline; exit 9';
    const r = await meter(['--out', dir, '--interval-ms', '50', '--', 'sh', '-c', script]);
    expect(r.code).toBe(9);
    const expected = '0123456789abcdef\n'.repeat(2097152 / 17 + 1).slice(0, 2097152) + 'tail-no-newline';
    expect(r.stdout.length).toBe(expected.length);
    expect(createHash('sha1').update(r.stdout).digest('hex')).toBe(createHash('sha1').update(expected).digest('hex'));
    expect(existsSync(join(dir, 'run-1.summary.json'))).toBe(true);
  });
});
