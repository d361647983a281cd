// Bundles the action and CLI entries into dist/ (ESM: the @actions toolkit is ESM-only).
// Deterministic output: CI rebuilds and fails if dist/ differs from what is committed.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { main: 'src/main.ts', post: 'src/post.ts', cli: 'src/cli.ts', meter: 'src/meter-main.ts', 'meter-ticks': 'src/meter/tick-worker.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.js' },
  legalComments: 'none',
  logLevel: 'warning',
  banner: {
    // Some bundled CommonJS dependencies call require(); give ESM output a real one.
    js: "import { createRequire as __jcCreateRequire } from 'node:module'; const require = __jcCreateRequire(import.meta.url);",
  },
});
