// A local implementation of the Actions results service (Twirp ArtifactService, JSON over HTTP POST) that
// @actions/artifact talks to, backed by Azurite for the blobs. Artifacts live in the shared World so the
// REST server (github-rest.ts) lists and serves the same ones (findBy).
import { createServer, type Server } from 'node:http';
import { BlobServiceClient, StorageSharedKeyCredential, generateBlobSASQueryParameters, BlobSASPermissions } from '@azure/storage-blob';
import { DEV_ACCOUNT, DEV_KEY } from './azurite.ts';
import type { World } from './world.ts';

const PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/';
export const CONTAINER = 'actions-results';

/** A runtime token as the runner issues it: an (unsigned) JWT whose scp names the run and job backend ids. */
export function runtimeToken(runBackendId: string, jobBackendId: string): string {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ scp: `Actions.ExampleScope Actions.Results:${runBackendId}:${jobBackendId}`, exp: 4102444800 })}.`;
}

export interface ResultsService {
  url: string;
  requests: { method: string; body: unknown }[];
  /** answer the next calls of `method` with this error (JSON body, so the client fails fast) */
  failNext(method: string, status: number, times?: number): void;
  sasUrl(blob: string, perms: 'r' | 'cw'): string;
  stop(): Promise<void>;
}

export async function startResultsService(world: World, azuriteUrl: string): Promise<ResultsService> {
  const cred = new StorageSharedKeyCredential(DEV_ACCOUNT, DEV_KEY);
  const svc = new BlobServiceClient(azuriteUrl, cred);
  const container = svc.getContainerClient(CONTAINER);
  await container.createIfNotExists();
  const requests: { method: string; body: unknown }[] = [];
  const failures = new Map<string, { status: number; times: number }>();

  const sasUrl = (blob: string, perms: 'r' | 'cw') => {
    const sas = generateBlobSASQueryParameters(
      { containerName: CONTAINER, blobName: blob, permissions: BlobSASPermissions.parse(perms === 'r' ? 'r' : 'cw'), expiresOn: new Date(Date.now() + 3600_000) },
      cred,
    ).toString();
    return `${container.getBlockBlobClient(blob).url}?${sas}`;
  };
  const runOf = (runBackendId: string) => {
    const m = /^run-(\d+)$/.exec(runBackendId);
    return m ? Number(m[1]) : NaN;
  };

  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', async () => {
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.method !== 'POST' || !req.url?.startsWith(PREFIX)) return send(404, { code: 'bad_route', msg: `no route ${req.method} ${req.url}` });
      if (!/^Bearer .+\..+\./.test(req.headers.authorization ?? '')) return send(401, { code: 'unauthenticated', msg: 'no runtime token' });
      const method = req.url.slice(PREFIX.length);
      let b: Record<string, string | number | undefined>;
      try {
        b = JSON.parse(raw);
      } catch {
        return send(400, { code: 'malformed', msg: 'not JSON' });
      }
      requests.push({ method, body: b });
      const f = failures.get(method);
      if (f && f.times > 0) {
        f.times--;
        return send(f.status, { code: f.status === 409 ? 'already_exists' : 'failed_precondition', msg: `injected ${f.status}` });
      }
      const runBackendId = String(b.workflow_run_backend_id ?? '');
      const jobBackendId = String(b.workflow_job_run_backend_id ?? '');
      const runId = runOf(runBackendId);
      if (!Number.isFinite(runId)) return send(400, { code: 'invalid_argument', msg: 'unknown run backend id' });
      try {
        switch (method) {
          case 'CreateArtifact': {
            const name = String(b.name);
            if (world.artifacts.some((a) => a.runId === runId && a.name === name && a.finalized)) return send(409, { code: 'already_exists', msg: `an artifact named ${name} already exists in this run` });
            const blob = `${runBackendId}/${jobBackendId}/${encodeURIComponent(name)}.zip`;
            world.pendingUploads.set(`${runId}/${name}`, { blob, expiresAt: b.expires_at ? String(b.expires_at) : null });
            return send(200, { ok: true, signed_upload_url: sasUrl(blob, 'cw') });
          }
          case 'FinalizeArtifact': {
            const name = String(b.name);
            const p = world.pendingUploads.get(`${runId}/${name}`);
            if (!p) return send(404, { code: 'not_found', msg: 'no pending upload' });
            const props = await container.getBlockBlobClient(p.blob).getProperties();
            const size = Number(b.size ?? props.contentLength ?? 0);
            const a = world.addArtifact({ runId, name, blob: p.blob, size, digest: b.hash ? String(b.hash) : null, expiresAt: p.expiresAt });
            world.pendingUploads.delete(`${runId}/${name}`);
            return send(200, { ok: true, artifact_id: String(a.id) });
          }
          case 'ListArtifacts': {
            const nameFilter = b.name_filter as unknown as string | undefined;
            const idFilter = b.id_filter as unknown as string | undefined;
            const list = world.artifacts.filter(
              (a) =>
                a.runId === runId &&
                a.finalized &&
                !a.expired &&
                (nameFilter === undefined || a.name === nameFilter) &&
                (idFilter === undefined || String(a.id) === String(idFilter)),
            );
            return send(200, {
              artifacts: list.map((a) => ({
                workflow_run_backend_id: runBackendId,
                workflow_job_run_backend_id: jobBackendId,
                database_id: String(a.id),
                name: a.name,
                size: String(a.size),
                created_at: a.createdAt,
                ...(a.digest ? { digest: a.digest } : {}),
              })),
            });
          }
          case 'GetSignedArtifactURL': {
            const a = world.artifacts.find((x) => x.runId === runId && x.name === String(b.name) && x.finalized);
            if (!a) return send(404, { code: 'not_found', msg: 'no such artifact' });
            return send(200, { signed_url: sasUrl(a.blob, 'r') });
          }
          default:
            return send(404, { code: 'bad_route', msg: `no method ${method}` });
        }
      } catch (err) {
        return send(400, { code: 'internal', msg: String(err) });
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  const port = addr && typeof addr === 'object' ? addr.port : 0;
  world.sasUrl = sasUrl;
  world.blobs = { put: async (blob, data) => void (await container.getBlockBlobClient(blob).uploadData(data)) };
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    failNext: (method, status, times = 1) => failures.set(method, { status, times }),
    sasUrl,
    stop: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}
