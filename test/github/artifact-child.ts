// Child process for artifacts.test.ts: @actions/artifact and @actions/github read their environment when
// first imported, so the test sets it and runs this file with `node` (type stripping, Node 24).
// argv: <mode> <json args>; prints one JSON line `RESULT <json>`.
const [mode, raw] = process.argv.slice(2);
const args = JSON.parse(raw ?? '{}');
const a = await import('../../src/github/artifacts.ts');
const { parseArtifactZip } = await import('../../src/github/artifact-content.ts');
let out: unknown;
try {
  if (mode === 'upload') {
    out = await a.uploadFiles(args.name, args.files, args.root, args.retentionDays ?? null);
  } else if (mode === 'download-other') {
    const found = await a.findArtifact(args.name, args.findBy);
    if (!found) out = { found: null };
    else {
      const zip = await a.downloadZip(found, args.findBy, args.maxBytes);
      const c = parseArtifactZip(zip);
      out = { found, summaries: c.summaries.map((s) => ({ label: s.label, repeat: s.repeat, energy: s.energy_j.total })), problems: c.problems };
    }
  } else if (mode === 'list-run') {
    const list = await a.listRunArtifacts();
    const first = list[0];
    const zip = first ? await a.downloadZip(first, null) : null;
    out = { list, summaries: zip ? parseArtifactZip(zip).summaries.length : 0 };
  }
} catch (err) {
  out = { error: `${(err as Error).name}: ${(err as Error).message}` };
}
process.stdout.write(`\nRESULT ${JSON.stringify(out)}\n`);
