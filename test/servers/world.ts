// The state shared by the local GitHub REST server and the results service: one repository's workflow
// runs, artifacts (blobs in Azurite), PRs, comments, branches and files.

export interface RunRec {
  id: number;
  workflowFile: string;
  workflowId: number;
  event: string;
  headBranch: string;
  headSha: string;
  /** owner/name the commit came from (a fork for fork PRs) */
  headRepo: string;
  status: 'completed' | 'in_progress';
  conclusion: 'success' | 'failure' | null;
  createdAt: string;
}

export interface ArtifactRec {
  id: number;
  runId: number;
  name: string;
  blob: string;
  size: number;
  digest: string | null;
  createdAt: string;
  expiresAt: string | null;
  expired: boolean;
  finalized: boolean;
}

export interface CommentRec {
  id: number;
  issue: number;
  body: string;
  login: string;
  type: 'User' | 'Bot';
  createdAt: string;
  updatedAt: string;
}

export interface PullRec {
  number: number;
  title: string;
  baseRef: string;
  baseSha: string;
  headRef: string;
  headSha: string;
  headRepo: string;
}

/** what a token may do (GITHUB_TOKEN permissions) */
export interface TokenRec {
  login: string;
  type: 'User' | 'Bot';
  write: boolean;
  /**
   * fine-grained permissions (a job's `permissions:` block); when given they decide, with GitHub's
   * 403 and `x-accepted-github-permissions` header for what is missing; absent: `write` decides
   */
  permissions?: Partial<Record<Permission, 'none' | 'read' | 'write'>>;
}

export type Permission = 'actions' | 'contents' | 'issues' | 'pull_requests';

/** Whether a token may do `level` under one of the permissions GitHub accepts for the endpoint. */
export function mayDo(t: TokenRec, accepted: Permission[], level: 'read' | 'write'): boolean {
  if (!t.permissions) return level === 'read' || t.write;
  return accepted.some((p) => {
    const have = t.permissions![p] ?? 'none';
    return have === 'write' || (level === 'read' && have === 'read');
  });
}

export class World {
  owner = 'octo';
  repo = 'ml';
  repoId = 4242;
  defaultBranch = 'main';
  runs: RunRec[] = [];
  artifacts: ArtifactRec[] = [];
  pendingUploads = new Map<string, { blob: string; expiresAt: string | null }>();
  comments: CommentRec[] = [];
  pulls: PullRec[] = [];
  /** merge-base of `${base}...${head}` */
  mergeBases = new Map<string, string>();
  refs = new Map<string, string>();
  /** branch -> path -> content */
  files = new Map<string, Map<string, { content: string; sha: string }>>();
  tokens = new Map<string, TokenRec>([
    ['ghs_writetoken000000000000000000000000', { login: 'github-actions[bot]', type: 'Bot', write: true }],
    ['ghs_readonlytoken0000000000000000000000', { login: 'github-actions[bot]', type: 'Bot', write: false }],
  ]);
  private nextId = 1000;
  sasUrl: (blob: string, perms: 'r' | 'cw') => string = () => {
    throw new Error('results service not started');
  };
  blobs: { put(blob: string, data: Buffer): Promise<void> } = {
    put: async () => {
      throw new Error('results service not started');
    },
  };

  get fullName(): string {
    return `${this.owner}/${this.repo}`;
  }
  id(): number {
    return this.nextId++;
  }
  now(): string {
    return new Date(Date.UTC(2026, 10, 23, 12, 0, 0) + this.nextId * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  addRun(r: Partial<RunRec> & { headSha: string }): RunRec {
    const run: RunRec = { id: this.id(), workflowFile: 'train.yml', workflowId: 77, event: 'push', headBranch: 'main', headRepo: this.fullName, status: 'completed', conclusion: 'success', createdAt: this.now(), ...r };
    this.runs.push(run);
    return run;
  }
  addArtifact(a: { runId: number; name: string; blob: string; size: number; digest: string | null; expiresAt: string | null }): ArtifactRec {
    const rec: ArtifactRec = { id: this.id(), createdAt: this.now(), expired: false, finalized: true, ...a };
    this.artifacts.push(rec);
    return rec;
  }
  /** an artifact whose zip is given directly (hostile fixtures), stored in Azurite */
  async putArtifactZip(runId: number, name: string, zip: Buffer): Promise<ArtifactRec> {
    const blob = `run-${runId}/job-x/${encodeURIComponent(name)}-${this.nextId}.zip`;
    await this.blobs.put(blob, zip);
    return this.addArtifact({ runId, name, blob, size: zip.length, digest: null, expiresAt: null });
  }
}
