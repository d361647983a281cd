// Spawns the real meter entry (`joulecheck run`, src/meter-main.ts) as its own process.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ENTRY = resolve(import.meta.dirname, '../../src/meter-main.ts');

export interface Done {
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
}

export function tempDir(prefix = 'jc-run-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** meters still running when a test ends (failed) are stopped, so they do not linger */
export const running = new Set<ChildProcess>();

export function stopAll(): void {
  for (const p of running) if (p.exitCode === null && p.signalCode === null) p.kill('SIGTERM');
  running.clear();
}

export function startMeter(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): { proc: ChildProcess; done: Promise<Done> } {
  const proc = spawn(process.execPath, [ENTRY, ...args], {
    cwd: opts.cwd,
    env: { ...process.env, ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(proc);
  proc.on('exit', () => running.delete(proc));
  let stdout = '';
  let stderr = '';
  proc.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  proc.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const done = new Promise<Done>((res) => proc.on('close', (code, signal) => res({ code, signal, stdout, stderr })));
  return { proc, done };
}

export function meter(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Done> {
  return startMeter(args, opts).done;
}

/**
 * Lines of a log that is still being written: only newline-terminated ones count, since the
 * writer may be between the two halves of a long line when we look.
 */
export function completeLines(path: string): number {
  const text = readFileSync(path, 'utf8');
  return text.slice(0, text.lastIndexOf('\n') + 1).split('\n').length - 1;
}

export async function waitFor(pred: () => boolean, timeoutMs = 25_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!pred()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}
