// Adapter: @actions/artifact. Uploads this step's files; downloads artifacts of other runs (findBy) or
// of this run as raw zip files (skipDecompress) that the strict reader in zip.ts parses in memory:
// nothing of a downloaded archive is ever extracted to disk. The client takes no AbortSignal: each call
// is raced against the caller's (deadline.ts), `never` when none is given.
import { DefaultArtifactClient } from '@actions/artifact';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_ZIP_LIMITS } from './zip.ts';
import { bounded } from './deadline.ts';

export interface RemoteArtifact {
  id: number;
  name: string;
  size: number;
}

export interface FindBy {
  token: string;
  workflowRunId: number;
  repositoryOwner: string;
  repositoryName: string;
}

const client = () => new DefaultArtifactClient();
const never = new AbortController().signal;

export async function uploadFiles(
  name: string,
  files: string[],
  rootDirectory: string,
  retentionDays: number | null,
  signal = never,
): Promise<{ id: number | null; size: number | null }> {
  const res = await bounded(signal, `uploading artifact ${name}`, () => client().uploadArtifact(name, files, rootDirectory, retentionDays ? { retentionDays } : {}));
  return { id: res.id ?? null, size: res.size ?? null };
}

/** The newest artifact called `name` of another run, or null when there is none (never uploaded, expired). */
export async function findArtifact(name: string, findBy: FindBy, signal = never): Promise<RemoteArtifact | null> {
  try {
    const { artifact } = await bounded(signal, `artifact lookup of run ${findBy.workflowRunId}`, () => client().getArtifact(name, { findBy }));
    return { id: artifact.id, name: artifact.name, size: artifact.size };
  } catch (err) {
    if (err instanceof Error && err.name === 'ArtifactNotFoundError') return null;
    throw err;
  }
}

/** Every artifact of this workflow run (needs ACTIONS_RUNTIME_TOKEN), latest per name. */
export async function listRunArtifacts(signal = never): Promise<RemoteArtifact[]> {
  const { artifacts } = await bounded(signal, 'listing artifacts of this run', () => client().listArtifacts({ latest: true }));
  return artifacts.map((a) => ({ id: a.id, name: a.name, size: a.size }));
}

export async function listOtherRunArtifacts(findBy: FindBy, signal = never): Promise<RemoteArtifact[]> {
  const what = `listing artifacts of run ${findBy.workflowRunId}`;
  const { artifacts } = await bounded(signal, what, () => client().listArtifacts({ latest: true, findBy }));
  return artifacts.map((a) => ({ id: a.id, name: a.name, size: a.size }));
}

export class ArtifactTooLargeError extends Error {
  override name = 'ArtifactTooLargeError';
}

/**
 * Downloads one artifact as its zip (not extracted) and returns the bytes. Refuses artifacts whose
 * listed size, or downloaded size, is over the archive limit.
 */
export async function downloadZip(
  a: RemoteArtifact,
  findBy: FindBy | null,
  maxBytes = DEFAULT_ZIP_LIMITS.maxArchiveBytes,
  signal = never,
): Promise<Buffer> {
  return bounded(signal, `download of artifact ${a.name}`, () => download(a, findBy, maxBytes));
}

async function download(a: RemoteArtifact, findBy: FindBy | null, maxBytes: number): Promise<Buffer> {
  if (a.size > maxBytes) throw new ArtifactTooLargeError(`artifact ${a.name} is ${a.size} bytes, over the ${maxBytes}-byte limit`);
  const dir = await mkdtemp(join(tmpdir(), 'joulecheck-dl-'));
  try {
    await client().downloadArtifact(a.id, { path: dir, skipDecompress: true, ...(findBy ? { findBy } : {}) });
    const files = await readdir(dir);
    if (files.length !== 1) throw new Error(`artifact ${a.name}: expected one downloaded file, found ${files.length}`);
    const file = join(dir, files[0]!);
    const st = await stat(file);
    if (!st.isFile()) throw new Error(`artifact ${a.name}: download is not a file`);
    if (st.size > maxBytes) throw new ArtifactTooLargeError(`artifact ${a.name} downloaded ${st.size} bytes, over the ${maxBytes}-byte limit`);
    return await readFile(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
