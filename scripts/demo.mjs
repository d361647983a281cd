#!/usr/bin/env node
// `npm run demo`: a real metered run on this machine with the embedded defaults, through the bundled CLI
// (dist/cli.js, what `npx joulecheck` runs). The workload: a CPU-busy Node script for ~3 s that also
// starts a short-lived busy child (its CPU time is counted via the parent's cutime). Without RAPL or a
// GPU the energy is estimated from CPU utilisation and a TDP model, and labelled so.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const out = join(process.cwd(), 'joulecheck-out');
const workload = `
const { spawnSync } = require('node:child_process');
const burn = (ms) => { const e = Date.now() + ms; let x = 0; while (Date.now() < e) x += Math.sqrt(x + 1); return x; };
console.log('demo workload: 2 s busy, then a child busy for 1 s');
burn(2000);
spawnSync(process.execPath, ['-e', 'const e=Date.now()+1000;let x=0;while(Date.now()<e)x++;'], { stdio: 'inherit' });
console.log('demo workload: done');
`;
console.log(`$ joulecheck run --label demo --out ${out} -- node -e <workload>\n`);
const r = spawnSync(process.execPath, [cli, 'run', '--label', 'demo', '--out', out, '--', process.execPath, '-e', workload], { stdio: 'inherit' });
if (r.status !== 0) {
  console.error(`demo: joulecheck exited with ${r.status ?? r.signal}`);
  process.exit(r.status ?? 1);
}
const path = join(out, 'demo-1.summary.json');
const s = JSON.parse(readFileSync(path, 'utf8'));
console.log(`\nsummary: ${path}`);
console.log(`raw log: ${join(out, s.log)}`);
console.log(`energy_j.total = ${s.energy_j.total.toFixed(3)} J (cpu ${s.methods.cpu.kind}, dram ${s.methods.dram.kind}, gpu ${s.methods.gpu.kind}); co2eq_g = ${s.carbon.co2eq_g.toExponential(3)}`);
console.log('re-account it later with: npx joulecheck summarize ' + join(out, s.log));
