#!/usr/bin/env node
// Advances a fake powercap tree's energy_uj files at a known power profile, from its own process, so a
// meter in another process (the CLI, the benchmark) reads them like sysfs.
//
//   node test/fakes/powercap-writer.ts <tree> <profile.json>
//
// <tree>: a powercap root (dir with intel-rapl:* entries), or a dir holding class/powercap, or an empty /
// missing dir (then profile.layout 'intel' | 'amd' builds the tree there; root = <tree>/class/powercap).
// profile.json: { "zones": { "intel-rapl:0": [[0, 40], [1.5, 90]] }, "period_ms": 100, "duration_s": 3 }
// Prints one line `ready <root>` once the origin (t = 0) is written; with duration_s it writes the exact
// value at duration_s, prints `done <duration_s>` and exits 0; otherwise it runs until SIGTERM/SIGINT,
// writes the value at that moment and prints `done <t_s>`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { amdLayout, buildPowercapTree, intelLayout, PowercapWriter } from './powercap.ts';
import type { WriterProfileFile } from './powercap.ts';

const [treeArg, profileArg] = process.argv.slice(2);
if (!treeArg || !profileArg) {
  process.stderr.write('usage: node test/fakes/powercap-writer.ts <tree> <profile.json>\n');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(profileArg, 'utf8')) as WriterProfileFile;

function resolveRoot(tree: string): string {
  if (existsSync(join(tree, 'class', 'powercap'))) return join(tree, 'class', 'powercap');
  if (existsSync(tree) && readdirSync(tree).some((e) => e.startsWith('intel-rapl'))) return tree;
  if (!profile.layout) throw new Error(`${tree} holds no powercap zones and the profile names no layout`);
  return buildPowercapTree(tree, profile.layout === 'amd' ? amdLayout() : intelLayout()).root;
}

const root = resolveRoot(treeArg);
const writer = new PowercapWriter(root, profile.zones);
writer.start(profile.period_ms ?? 100, profile.duration_s);
process.stdout.write(`ready ${root}\n`);

const finish = (t?: number): void => {
  const end = writer.stop(t);
  process.stdout.write(`done ${end}\n`);
  process.exit(0);
};
if (profile.duration_s !== undefined) setTimeout(() => finish(profile.duration_s), profile.duration_s * 1000);
process.on('SIGTERM', () => finish());
process.on('SIGINT', () => finish());
