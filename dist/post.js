import { createRequire as __jcCreateRequire } from 'node:module'; const require = __jcCreateRequire(import.meta.url);
import {
  collectResult,
  ensureStopped,
  getInput,
  parseInputs,
  readSavedState,
  reportAfterMeter,
  warning
} from "./chunks/chunk-OW3BDPG2.js";
import "./chunks/chunk-FM4KB3IW.js";
import "./chunks/chunk-IZ2DSWQD.js";
import "./chunks/chunk-ZT36PZ5S.js";
import "./chunks/chunk-GMPB3SXE.js";

// src/post.ts
try {
  const inputs = parseInputs((name) => getInput(name));
  let result = null;
  if (inputs.mode === "start") {
    result = await ensureStopped(inputs);
  } else if (inputs.mode === "run" || inputs.mode === "stop") {
    const saved = readSavedState();
    if (!saved.reported) result = saved.result ?? (saved.place ? collectResult(saved.place.outDir, saved.place.label ?? inputs.label, null) : null);
  } else if (inputs.mode === "ab") {
    const saved = readSavedState();
    if (!saved.reported && !saved.result && saved.place) {
      const sides = ["base", "head"].map((side) => collectResult(`${saved.place.outDir}/${side}`, saved.place.label ?? inputs.label, null));
      result = { outDir: saved.place.outDir, summaryPaths: sides.flatMap((x) => x.summaryPaths), logs: sides.flatMap((x) => x.logs), exitCode: null };
    } else if (!saved.reported) result = saved.result;
  }
  if (result) await reportAfterMeter(inputs, result);
} catch (err) {
  warning(`joulecheck post step: ${err instanceof Error ? err.message : String(err)}`);
}
