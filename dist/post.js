import { createRequire as __jcCreateRequire } from 'node:module'; const require = __jcCreateRequire(import.meta.url);
import {
  collectResult,
  ensureStopped,
  getInput,
  getState,
  parseInputs,
  reportAfterMeter,
  warning
} from "./chunks/chunk-RG4ISQHT.js";
import "./chunks/chunk-6DDYQDVN.js";
import "./chunks/chunk-IXMKDXJ6.js";
import "./chunks/chunk-QHTRNNNH.js";
import "./chunks/chunk-GMPB3SXE.js";

// src/post.ts
try {
  const inputs = parseInputs((name) => getInput(name));
  let result = null;
  if (inputs.mode === "start") {
    result = await ensureStopped(inputs);
  } else if ((inputs.mode === "run" || inputs.mode === "stop") && getState("reported") !== "true") {
    const saved = getState("result");
    result = saved ? JSON.parse(saved) : null;
    const out = getState("out");
    if (!result && out) result = collectResult(out, getState("label") || inputs.label, null);
  }
  if (result) await reportAfterMeter(inputs, result);
} catch (err) {
  warning(`joulecheck post step: ${err instanceof Error ? err.message : String(err)}`);
}
