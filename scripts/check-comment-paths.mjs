#!/usr/bin/env node
// Fails when a comment or a doc names a repository path that does not exist: a moved file must not leave
// readers searching. Paths are taken as written from the repository root (`src/run/ab.ts`) or, for the
// source folders, from src/ (`meter/nvml/meter.ts`); globs and templates (`*`, `<name>`, `{node}`) are
// patterns, not paths, and are skipped. Usage: check-comment-paths.mjs [root]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = process.argv[2] ?? process.cwd();
const TOP = ['src', 'test', 'docs', 'scripts', 'bench', 'regions', 'hardware', 'data', 'vendor'];
const SRC = readdirSync(join(root, 'src'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const EXT = '(?:ts|mjs|cjs|js|md|json|c|h|sh|yml)';
const PATH = new RegExp(`(?<![\\w./@-])((?:${[...TOP, ...SRC].join('|')})/[A-Za-z0-9_./*<>{}-]+?\\.${EXT})(?![\\w/])`, 'g');

/** files whose text is read: sources, scripts, docs (not tests' fixtures, not generated bundles) */
function* files(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name.startsWith('.') || e.name === 'dist') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (/\.(ts|mjs|cjs|md)$/.test(e.name)) yield p;
  }
}

const roots = ['src', 'scripts', 'docs', 'bench'].map((d) => join(root, d)).filter((d) => existsSync(d) && statSync(d).isDirectory());
const list = [...roots.flatMap((d) => [...files(d)]), ...['README.md'].map((f) => join(root, f)).filter((f) => existsSync(f))];
const stale = [];
for (const file of list) {
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, i) => {
    for (const m of line.matchAll(PATH)) {
      const p = m[1];
      if (/[*<>{}]/.test(p)) continue;
      const top = p.split('/')[0];
      const asRooted = TOP.includes(top) && existsSync(join(root, p));
      const inSrc = SRC.includes(top) && existsSync(join(root, 'src', p));
      if (!asRooted && !inSrc) stale.push(`${relative(root, file)}:${i + 1}: ${p}`);
    }
  });
}
if (stale.length > 0) {
  process.stderr.write(`check-comment-paths: ${stale.length} path(s) that do not exist:\n${stale.map((s) => `  ${s}`).join('\n')}\n`);
  process.exit(1);
}
process.stdout.write(`check-comment-paths: ${list.length} files, every named path exists\n`);
