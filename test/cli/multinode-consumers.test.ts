// Every report works on merged multi-node summaries unchanged and says how many nodes ran: compare (and
// its comment Markdown), leaderboard, whatif, statement, appendix, the badge. Node logs are written by the
// real log writer, merged by `joulecheck summarize --merge`, then each report command runs as a process.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { badgeFiles } from '../../src/github/badge.ts';
import { formatEnergy } from '../../src/render/format.ts';
import { Summary } from '../../src/model/summary.ts';
import { writeSyntheticLog } from '../fakes/log-builder.ts';
import { tempDir } from '../run/helpers.ts';

const CLI = resolve(import.meta.dirname, '../../src/cli.ts');

function cli(args: string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const p = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  p.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  p.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((res) => p.on('close', (code) => res({ code, stdout, stderr })));
}

/** runs x nodes node logs in dir, merged per run; `drop`: node names whose log is left out of one run */
async function job(dir: string, nodes: string[], runs: number, seed: number, drop?: { run: number; node: string }): Promise<void> {
  mkdirSync(dir, { recursive: true });
  for (let r = 1; r <= runs; r++) {
    const paths: string[] = [];
    for (const [i, node] of nodes.entries()) {
      const p = join(dir, `train-${r}.${node}.log.ndjson`);
      paths.push(p);
      if (drop?.run === r && drop.node === node) continue;
      await writeSyntheticLog(p, { seconds: 3, gpus: 1, seed: seed + 10 * r + i, header: { label: 'train', repeat: r, node: { name: node, run_id: `job-${seed}-${r}` } } });
    }
    const m = await cli(['summarize', '--merge', ...paths], dir);
    expect(m.code, m.stderr).toBe(drop?.run === r ? 1 : 0);
  }
}

describe('reports on merged multi-node summaries', () => {
  let base: string;
  let head: string;
  beforeAll(async () => {
    const dir = tempDir('jc-mn-');
    base = join(dir, 'base');
    head = join(dir, 'head');
    await job(base, ['n1', 'n2'], 3, 1);
    await job(head, ['n1', 'n2', 'n3'], 3, 2, { run: 2, node: 'n3' });
  }, 120_000);

  it('the directories hold one summary per run; node files are not taken for runs', () => {
    expect(readdirSync(base).filter((f) => f.endsWith('.summary.json')).sort()).toEqual(['train-1.summary.json', 'train-2.summary.json', 'train-3.summary.json']);
    const s = Summary.parse(JSON.parse(readFileSync(join(head, 'train-2.summary.json'), 'utf8')));
    expect([s.node_count, s.incomplete, s.missing_nodes]).toEqual([3, true, ['n3']]);
  });

  it('compare: node counts in the context table, a warning for different node counts and for the incomplete run', async () => {
    const r = await cli(['compare', '--base', base, '--head', head], base);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/\| Nodes \| 2 \| 3 \|/);
    expect(r.stdout).toContain('2 node(s) vs 3 node(s)');
    expect(r.stdout).toMatch(/head run train-2 is incomplete: no full log from node n3/);
    const j = await cli(['compare', '--base', base, '--head', head, '--format', 'json'], base);
    const cmp = JSON.parse(j.stdout) as { base: { n: number; hardware: { nodes?: number[] } }; head: { n: number; hardware: { nodes?: number[] } } };
    expect([cmp.base.n, cmp.base.hardware.nodes, cmp.head.n, cmp.head.hardware.nodes]).toEqual([3, [2], 3, [3]]);
  }, 60_000);

  it('leaderboard, whatif, statement and appendix read them, one run per merged summary', async () => {
    const lb = await cli(['leaderboard', base, head, '--format', 'json'], base);
    expect(lb.code, lb.stderr).toBe(0);
    const board = JSON.parse(lb.stdout) as { entries: { n: number; warnings: string[] }[] };
    expect(board.entries[0]!.n).toBe(6);
    expect(board.entries[0]!.warnings.join('; ')).toMatch(/on 2\/3 nodes: node counts differ/);
    expect(board.entries[0]!.warnings.join('; ')).toMatch(/1 run\(s\) incomplete/);

    const wi = await cli(['whatif', head, '--region', 'FR'], base);
    expect(wi.code, wi.stderr).toBe(0);
    // each run's line says on how many nodes it ran, and that the incomplete one misses a node
    expect(wi.stdout).toMatch(/^train #1, 3 nodes: /m);
    expect(wi.stdout).toMatch(/^train #\d, 3 nodes \(INCOMPLETE: n3 missing\): /m);

    const st = await cli(['statement', base, '--format', 'text'], base);
    expect(st.code, st.stderr).toBe(0);
    expect(st.stdout).toContain('runs on 2 nodes');
    expect(st.stdout).toMatch(/\b3 runs\b/);
    expect(st.stdout).not.toMatch(/\b9 runs\b/);

    const ap = await cli(['appendix', head, '--out', join(head, 'appendix')], base);
    expect(ap.code, ap.stderr).toBe(0);
    const html = readFileSync(join(head, 'appendix', 'index.html'), 'utf8');
    // three runs (the merged summaries), not nine node logs on their own
    expect((html.match(/train-\d\.summary\.json/g) ?? []).length).toBeGreaterThan(0);
    expect(html).not.toMatch(/train-1\.n1\.log\.ndjson<\/td>/);
    // the hardware section names the job's nodes (the merged host)
    expect(html).toContain('3 nodes: n1, n2, n3');
  }, 60_000);

  it('the badge shows the job total (mean over runs of the merged totals)', () => {
    const runs = [1, 2, 3].map((r) => Summary.parse(JSON.parse(readFileSync(join(base, `train-${r}.summary.json`), 'utf8'))));
    const b = badgeFiles(runs, { stem: 'train', owner: 'o', repo: 'r', branch: 'badges' });
    const mean = runs.reduce((a, s) => a + s.energy_j.total, 0) / 3;
    expect(b.message).toContain(formatEnergy(mean));
    expect(mean).toBeCloseTo(runs.reduce((a, s) => a + s.nodes!.reduce((x, n) => x + n.energy_j!.total, 0), 0) / 3, 6);
  });
});
