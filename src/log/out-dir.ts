// Creating the out directory. Node's recursive mkdir loops forever where a parent exists but refuses new
// entries with ENOENT (procfs: `mkdir /proc/x` says ENOENT, `/proc` exists, so it retries without end).
// Creating each missing level on its own surfaces the real error instead, named for the user.
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InputError } from '../model/errors.ts';

/** Bad input: the CLI exits 2 with it, the action fails the step naming it. */
export class OutDirError extends InputError {
  override name = 'OutDirError';
}

/** Creates `path` and its missing parents; throws OutDirError naming `what` and the reason. */
export function makeOutDir(path: string, what = "out (--out, input 'out')"): string {
  const full = resolve(path);
  const missing: string[] = [];
  let p = full;
  for (;;) {
    try {
      if (!statSync(p).isDirectory()) throw new OutDirError(`${what} directory ${full}: ${p} exists and is not a directory`);
      break;
    } catch (err) {
      if (err instanceof OutDirError) throw err;
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOTDIR') throw new OutDirError(`${what} directory ${full}: a part of the path exists and is not a directory`);
      if (code !== 'ENOENT') throw new OutDirError(`${what} directory ${full}: cannot read ${p} (${(err as Error).message})`);
      missing.push(p);
      const up = dirname(p);
      if (up === p) break;
      p = up;
    }
  }
  for (const dir of missing.reverse()) {
    try {
      mkdirSync(dir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw new OutDirError(
        `${what} directory ${full} cannot be created (${(err as Error).message}): choose a directory on a writable filesystem`,
      );
    }
  }
  return full;
}
