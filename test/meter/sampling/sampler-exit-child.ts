// A meter process that dies mid-run (process.exit from elsewhere in the program): its 'exit' handler must
// still write the samples the tick worker read since the last batch, and the footer. Run by
// sampler.test.ts as `node sampler-exit-child.ts <log> <exit-after-ms>`; plain erasable TypeScript.
import { spawn } from 'node:child_process';
import { startSampler, type MeterContext } from '../../../src/meter/sampling/sampler.ts';

const [logPath, afterMs] = process.argv.slice(2) as [string, string];
const ctx: MeterContext = {
  header: {
    schema: 'joulecheck/log@1',
    tool: { name: 'joulecheck', version: 'test' },
    interval_ms: 100,
    pue: 1,
    host: { hostname: 'h', platform: 'linux', arch: 'x64', cpu_model: 'cpu', logical_cpus: 2, mem_total_bytes: 1e9, gpus: [] },
    sensors: { cpu: { kind: 'estimated', model: 'm' }, dram: { kind: 'none' }, gpu: { kind: 'none' }, notes: [] },
    attribution: { children: 'test', gpu_idle: 'test' },
    carbon: { region: 'DE', intensity_g_per_kwh: 380, intensity_kind: 'annual', source: 'test annual' },
  },
  openRapl: null,
  startGpu: null,
  realtime: null,
};
const child = spawn('sleep', ['30'], { stdio: 'ignore' });
const sampler = await startSampler(ctx, { rootPid: child.pid!, logPath, label: 'x', repeat: 1, command: ['sleep', '30'] });
process.on('exit', () => {
  child.kill('SIGKILL');
  sampler.emergencyFooterSync({ exitCode: null, signal: 'meter-exit' });
});
setTimeout(() => process.exit(3), Number(afterMs));
