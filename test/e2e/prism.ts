// Prism (stoplight) serving GitHub's official OpenAPI description (@octokit/openapi) on 127.0.0.1: it
// validates each request against the description and answers 422 with `sl-violations` when it does not
// conform. Spawned directly (no npx wrapper) so that stopping it stops it.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { freePort } from '../servers/azurite.ts';
import type { Recorded } from '../servers/github-rest.ts';

export interface Prism {
  url: string;
  check(req: Recorded): Promise<{ status: number; violations: string }>;
  stop(): Promise<void>;
}

export const SPEC = resolve('node_modules/@octokit/openapi/generated/api.github.com.json');

export async function startPrism(): Promise<Prism> {
  const port = await freePort();
  const bin = resolve('node_modules/@stoplight/prism-cli/dist/index.js');
  const child = spawn(process.execPath, [bin, 'mock', SPEC, '-h', '127.0.0.1', '-p', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (c) => (log = (log + c).slice(-4000)));
  child.stderr.on('data', (c) => (log = (log + c).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  const t0 = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`prism exited: ${log}`);
    try {
      await fetch(`${url}/`, { headers: { accept: 'application/json' } });
      break;
    } catch {
      if (Date.now() - t0 > 80_000) {
        child.kill('SIGKILL');
        throw new Error(`prism did not start within 80 s: ${log}`);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  return {
    url,
    async check(req) {
      const headers: Record<string, string> = { accept: 'application/json', authorization: 'token x' };
      if (req.headers['content-type']) headers['content-type'] = req.headers['content-type'];
      const res = await fetch(`${url}${req.url}`, { method: req.method, headers, body: req.body && req.method !== 'GET' ? req.body : undefined, redirect: 'manual' });
      await res.arrayBuffer();
      return { status: res.status, violations: res.headers.get('sl-violations') ?? '' };
    },
    async stop() {
      if (child.exitCode !== null) return;
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([gone, new Promise((r) => setTimeout(r, 3000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
