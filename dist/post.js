import { createRequire as __jcCreateRequire } from 'node:module'; const require = __jcCreateRequire(import.meta.url);
import {
  collectResult,
  ensureStopped,
  getInput,
  parseInputs,
  readSavedState,
  reportAfterMeter,
  warning
} from "./chunks/chunk-XZZPS334.js";
import "./chunks/chunk-4IZ7U23A.js";
import "./chunks/chunk-KMAIMZLH.js";
import "./chunks/chunk-HYWSQPKQ.js";
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
  }
  if (result) await reportAfterMeter(inputs, result);
} catch (err) {
  warning(`joulecheck post step: ${err instanceof Error ? err.message : String(err)}`);
}
