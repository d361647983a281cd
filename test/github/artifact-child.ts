// Child process for artifacts.test.ts: @actions/artifact and @actions/github read GITHUB_API_URL when
// first imported, so the test sets the environment and runs this file with `node` (type stripping,
// Node 24). argv: a JSON list of operations, each run with its own runtime token (read per call).
// Prints one line `RESULT <json list>`.
const ops = JSON.parse(process.argv[2] ?? '[]') as { mode: string; runtimeToken: string; args: Record<string, any> }[];
const a = await import('../../src/github/artifacts.ts');
const { parseArtifactZip } = await import('../../src/github/artifact-content.ts');
const results: unknown[] = [];
for (const { mode, runtimeToken, args } of ops) {
  process.env.ACTIONS_RUNTIME_TOKEN = runtimeToken;
  try {
    if (mode === 'upload') {
      results.push(await a.uploadFiles(args.name, args.files, args.root, args.retentionDays ?? null));
    } else if (mode === 'download-other') {
      const found = await a.findArtifact(args.name, args.findBy);
      if (!found) results.push({ found: null });
      else {
        const c = parseArtifactZip(await a.downloadZip(found, args.findBy, args.maxBytes));
        results.push({ found, summaries: c.summaries.map((s) => ({ label: s.label, repeat: s.repeat, energy: s.energy_j.total })), problems: c.problems });
      }
    } else if (mode === 'list-run') {
      const list = await a.listRunArtifacts();
      const first = list[0];
      const zip = first ? await a.downloadZip(first, null) : null;
      results.push({ list, summaries: zip ? parseArtifactZip(zip).summaries.length : 0 });
    }
  } catch (err) {
    results.push({ error: `${(err as Error).name}: ${(err as Error).message}` });
  }
}
process.stdout.write(`\nRESULT ${JSON.stringify(results)}\n`);
