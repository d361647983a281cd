// Reports from real `joulecheck run` output: the CLI meters a short busy loop, then every report reads it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = new URL('../../src/cli.ts', import.meta.url).pathname;
const jc = (cwd: string, ...args: string[]) => execFileSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('reports from joulecheck run', () => {
  it('appendix, leaderboard and whatif read what run wrote', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jc-e2e-'));
    jc(dir, 'run', '--out', 'out', '--label', 'busy', '--repeat', '2', '--region', 'DE', '--', process.execPath, '-e', 'const t=Date.now();while(Date.now()-t<600);');
    const files = readdirSync(join(dir, 'out')).sort();
    expect(files.filter((f) => f.endsWith('.summary.json'))).toHaveLength(2);
    expect(files.filter((f) => f.endsWith('.ndjson'))).toHaveLength(2);

    expect(jc(dir, 'appendix', 'out', '--out', 'site')).toMatch(/appendix: 2 run\(s\)/);
    const html = readFileSync(join(dir, 'site', 'index.html'), 'utf8');
    // Both summaries found their logs: a power chart each, no run counted twice.
    expect(html.match(/<tr class="run">/g)).toHaveLength(2);
    expect(html.match(/<path class="series"/g)!.length).toBeGreaterThanOrEqual(2);
    expect(html).not.toMatch(/NaN|Infinity|undefined/);

    const board = JSON.parse(jc(dir, 'leaderboard', 'out', '--format', 'json'));
    expect(board.entries).toHaveLength(1);
    expect(board.entries[0]).toMatchObject({ label: 'busy', n: 2 });

    const s1 = JSON.parse(readFileSync(join(dir, 'out', files.find((f) => f.endsWith('1.summary.json'))!), 'utf8'));
    const w = JSON.parse(jc(dir, 'whatif', join('out', files.find((f) => f.endsWith('1.summary.json'))!), '--region', 'FR', '--format', 'json'));
    expect(w.rows[0].energy_kwh).toBeCloseTo(s1.energy_j.total / 3.6e6, 15);
    expect(w.rows[0].co2eq_g).toBeCloseTo((s1.energy_j.total / 3.6e6) * w.rows[0].place.intensity_g_per_kwh, 15);
  });
});
