// Bad input exits 2 in every command, through the one dispatcher that decides exit codes; the message
// names the input.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/dispatch.ts';
import type { CommandIO } from '../../src/cli/types.ts';

const dir = mkdtempSync(join(tmpdir(), 'jc-dispatch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'bad.summary.json'), '{"schema":"joulecheck/summary@1","energy_j":');

async function cli(argv: string[]): Promise<{ code: number; err: string }> {
  let err = '';
  const io: CommandIO = { stdout: () => {}, stderr: (t) => void (err += t), cwd: dir, env: {} };
  return { code: await main(argv, io), err };
}

describe('bad input exits 2 in every command', () => {
  it.each([
    [['summarize', 'missing.ndjson'], /missing\.ndjson/],
    [['statement', 'bad.summary.json'], /bad\.summary\.json/],
    [['whatif', 'missing-dir', '--cloud-region', 'aws:us-east-1'], /missing-dir/],
    [['leaderboard', 'missing-dir'], /missing-dir/],
    [['appendix', 'missing-dir', '--out', 'app'], /missing-dir/],
    [['compare', '--base', 'bad.summary.json', '--head', 'bad.summary.json'], /bad\.summary\.json/],
    [['run', '--interval-ms', 'fast', '--', 'true'], /--interval-ms/],
    [['nosuchcommand'], /unknown command 'nosuchcommand'/],
  ])('%j', async (argv, names) => {
    const r = await cli(argv as string[]);
    expect(r.err).toMatch(names);
    expect(r.code).toBe(2);
  });
});
