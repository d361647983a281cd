// A metered step runs doctor's checks first (no load): the real action entry (src/main.ts, INPUT_* env as
// the runner sets it) on a pull request, against the local GitHub REST server with a read-only token.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { carbonCheck } from '../../src/action/doctor.ts';
import { parseInputs } from '../../src/action/inputs.ts';
import { buildPowercapTree, amdLayout } from '../fakes/powercap.ts';
import { tempDir } from '../run/helpers.ts';
import { startGitHubRest, type GitHubRest } from '../servers/github-rest.ts';
import { World } from '../servers/world.ts';

const MAIN = resolve(import.meta.dirname, '../../src/main.ts');
const FAKE_SMI = resolve(import.meta.dirname, '../fakes/nvidia-smi');
let world: World;
let server: GitHubRest;
beforeAll(async () => {
  world = new World();
  world.pulls.push({ number: 7, title: 't', baseRef: 'main', baseSha: 'a', headRef: 'f', headSha: 'b', headRepo: world.fullName });
  server = await startGitHubRest(world);
});
afterAll(() => server.stop());

function runAction(inputs: Record<string, string>, extraEnv: Record<string, string>, dir: string) {
  const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STATE: join(dir, 'state'), GITHUB_STEP_SUMMARY: join(dir, 'summary.md') };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: dir, ...files, RUNNER_TEMP: dir, ...extraEnv };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const p = spawn(process.execPath, [MAIN], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  p.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  p.stderr.resume();
  return new Promise<{ code: number | null; stdout: string; summary: string }>((res) => p.on('close', (code) => res({ code, stdout, summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8') })));
}

describe('the checks in a metered step', () => {
  it('a collapsed group, one warning per failing check with its fix, and the Sensors line in the job summary', async () => {
    const dir = tempDir('jc-act-doctor-');
    const scenario = join(dir, 'smi.json');
    writeFileSync(scenario, JSON.stringify({ count: 1 }));
    const event = join(dir, 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 7, title: 't', base: { ref: 'main', sha: 'a', repo: { full_name: 'octo/ml' } }, head: { ref: 'f', sha: 'b', repo: { full_name: 'octo/ml' } } } }));
    const r = await runAction(
      { run: 'echo metered-output', 'powercap-root': join(dir, 'no-powercap'), 'nvidia-smi': FAKE_SMI, 'github-token': 'ghs_readonlytoken0000000000000000000000', upload: 'false', comment: 'true' },
      {
        JOULECHECK_FAKE_NVSMI: scenario, GITHUB_REPOSITORY: 'octo/ml', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_API_URL: server.url,
        GITHUB_ACTION_REPOSITORY: 'OWNER/joulecheck', GITHUB_ACTION_REF: 'v1', GITHUB_SERVER_URL: 'https://github.com',
      },
      dir,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^metered-output$/m); // the command's own output is untouched
    const group = /::group::joulecheck doctor: (.*)\n([\s\S]*?)::endgroup::/.exec(r.stdout);
    expect(group?.[1]).toBe('cpu estimated, dram estimated, gpu measured');
    expect(group![2]).toContain('  FAIL  rapl.driver: no RAPL zone under');
    expect(group![2]).toContain('  FAIL  github.pull-requests-write: the token may not post the PR comment: 403');
    expect(group![2]).toContain('  ok    github.actions-read:');
    expect(group![2]).toContain('  WARN  carbon.region: no region, cloud-region or carbon-intensity given: carbon intensity');
    // the doctor's warnings come before the command runs, one per failing check, newlines escaped
    const warnings = r.stdout.split('\n').filter((l) => l.startsWith('::warning::joulecheck doctor '));
    expect(warnings.map((w) => /^::warning::joulecheck doctor (\S+):/.exec(w)![1])).toEqual(['rapl.driver', 'github.pull-requests-write']);
    expect(warnings[1]).toContain('%0Afix:%0A# in the workflow (or the job):%0Apermissions:%0A  actions: read%0A  contents: read%0A  pull-requests: write');
    expect(r.stdout.indexOf('::warning::joulecheck doctor rapl.driver')).toBeLessThan(r.stdout.indexOf('metered-output'));
    expect(r.summary).toContain(
      '**Sensors**: measured: gpu; estimated: cpu, dram; 2 failing check(s) (`rapl.driver`, `github.pull-requests-write`), each with its fix in the step log; [how to fix](https://github.com/OWNER/joulecheck/blob/v1/docs/runners.md)',
    );
    // no write was made to find this out: the comment the reporting side then tries is refused as well
    expect(world.comments).toHaveLength(0);
  });

  it('all measured: the Sensors line says so and no doctor warning is printed', async () => {
    const dir = tempDir('jc-act-doctor-');
    const tree = buildPowercapTree(join(dir, 't'), amdLayout().concat([{ id: 'intel-rapl:0:1', name: 'dram', max_energy_range_uj: 1e10, energy_uj: 5 }]));
    const r = await runAction({ run: 'true', 'powercap-root': tree.root, 'nvidia-smi': 'none', upload: 'false', comment: 'false' }, {}, dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('::group::joulecheck doctor: cpu measured, dram measured, gpu absent');
    expect(r.stdout).not.toContain('::warning::joulecheck doctor');
    expect(r.summary).toContain('**Sensors**: measured: cpu, dram; estimated: nothing\n');
  });

  it('the carbon check: the world average warns with the fix, a region is ok, an unknown one fails', () => {
    const inputs = (x: Record<string, string>) => parseInputs((n) => ({ run: 'true', ...x })[n] ?? '');
    const none = carbonCheck(inputs({}));
    expect(none.status).toBe('warn');
    expect(none.fix).toBe("with:\n  region: ZONE   # the runner's grid zone; `npx joulecheck regions` lists them (or cloud-region: aws:us-east-1)");
    expect(carbonCheck(inputs({ region: 'DE' }))).toMatchObject({ status: 'ok' });
    expect(carbonCheck(inputs({ region: 'DE' })).detail).toMatch(/^carbon intensity \d+(\.\d+)? gCO2eq\/kWh \(annual, DE/);
  });
});
