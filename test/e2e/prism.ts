// Prism (stoplight) with GitHub's official OpenAPI description (@octokit/openapi) on 127.0.0.1, as a
// validating proxy (`--errors`): a request that does not conform is answered 422, a response that does
// not conform 500, with the violations. Its upstream is a playback server that answers each replayed
// request with the response the local REST server really gave it, so both halves of every recorded
// exchange are checked as they happened (a stateful server would answer a replay differently).
// Spawned directly (no npx wrapper) so that stopping it stops it.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { freePort } from '../servers/azurite.ts';
import type { Recorded } from '../servers/github-rest.ts';

export interface Prism {
  url: string;
  check(req: Recorded): Promise<{ status: number; violations: string }>;
  stop(): Promise<void>;
}

export const SPEC = resolve('node_modules/@octokit/openapi/generated/api.github.com.json');

/** `abort`: stop waiting for a Prism that is still starting (and kill it), e.g. in afterAll. */
export async function startPrism(abort?: AbortSignal): Promise<Prism> {
  let next: Recorded | null = null;
  const playback = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const r = next;
      if (!r) {
        res.writeHead(599, { 'content-type': 'text/plain' });
        return res.end('no recorded response');
      }
      res.writeHead(r.status, r.response.headers);
      res.end(r.response.body);
    });
  });
  await new Promise<void>((r) => playback.listen(0, '127.0.0.1', r));
  const pa = playback.address();
  const upstream = `http://127.0.0.1:${pa && typeof pa === 'object' ? pa.port : 0}`;
  const port = await freePort();
  const bin = resolve('node_modules/@stoplight/prism-cli/dist/index.js');
  const child = spawn(process.execPath, [bin, 'proxy', SPEC, upstream, '-h', '127.0.0.1', '-p', String(port), '--errors'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (c) => (log = (log + c).slice(-4000)));
  child.stderr.on('data', (c) => (log = (log + c).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  const t0 = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`prism exited: ${log}`);
    if (abort?.aborted) {
      child.kill('SIGKILL');
      playback.closeAllConnections();
      playback.close();
      throw new Error('prism start aborted');
    }
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
      next = req;
      const headers: Record<string, string> = { accept: 'application/json', authorization: req.headers.authorization ?? 'token x' };
      if (req.headers['content-type']) headers['content-type'] = req.headers['content-type'];
      // Prism's router does not know GitHub's `x-multi-segment` parameters (a git ref `heads/x`, a
      // contents path `a/b.svg`): send their slashes encoded so the route matches
      const path = req.url.replace(/^(\/repos\/[^/]+\/[^/]+\/(?:git\/ref|contents))\/([^?]+)/, (_m, pre: string, rest: string) => `${pre}/${rest.replace(/\//g, '%2F')}`);
      const res = await fetch(`${url}${path}`, { method: req.method, headers, body: req.body && req.method !== 'GET' ? req.body : undefined, redirect: 'manual' });
      const text = await res.text();
      next = null;
      const unrouted = res.status === 404 && text.includes('NO_PATH_MATCHED');
      const problem = (res.headers.get('content-type') ?? '').includes('problem+json') ? text.slice(0, 2000) : '';
      return { status: res.status, violations: res.headers.get('sl-violations') ?? (unrouted ? 'NO_PATH_MATCHED: the description has no such operation' : problem) };
    },
    async stop() {
      playback.closeAllConnections();
      playback.close();
      if (child.exitCode !== null) return;
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([gone, new Promise((r) => setTimeout(r, 3000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
