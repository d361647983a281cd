import { createRequire as __jcCreateRequire } from 'node:module'; const require = __jcCreateRequire(import.meta.url);
import {
  ensureStopped,
  getInput,
  getState,
  parseInputs,
  reportAfterMeter,
  warning
} from "./chunks/chunk-A665M57M.js";
import "./chunks/chunk-4D2WJCNT.js";

// src/post.ts
try {
  const inputs = parseInputs((name) => getInput(name));
  let result = null;
  if (inputs.mode === "start") {
    result = await ensureStopped(inputs);
  } else if (inputs.mode === "run" || inputs.mode === "stop") {
    const saved = getState("result");
    result = saved ? JSON.parse(saved) : null;
  }
  if (result) await reportAfterMeter(inputs, result);
} catch (err) {
  warning(`joulecheck post step: ${err instanceof Error ? err.message : String(err)}`);
}
