import { createRequire as __jcCreateRequire } from 'node:module'; const require = __jcCreateRequire(import.meta.url);
import {
  commentFromArtifact,
  getInput,
  meterRun,
  meterStart,
  meterStop,
  parseInputs,
  reportAfterMeter,
  reportRun,
  saveState,
  setFailed,
  warning
} from "./chunks/chunk-RG4ISQHT.js";
import "./chunks/chunk-6DDYQDVN.js";
import "./chunks/chunk-IXMKDXJ6.js";
import "./chunks/chunk-QHTRNNNH.js";
import "./chunks/chunk-GMPB3SXE.js";

// src/main.ts
async function report(inputs, result) {
  try {
    await reportAfterMeter(inputs, result);
  } catch (err) {
    warning(`joulecheck: reporting failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  saveState("reported", "true");
}
try {
  const inputs = parseInputs((name) => getInput(name));
  saveState("mode", inputs.mode);
  switch (inputs.mode) {
    case "run": {
      const result = await meterRun(inputs);
      saveState("result", JSON.stringify(result));
      await report(inputs, result);
      if (result.exitCode !== null && result.exitCode !== 0) {
        setFailed(`the metered command exited with code ${result.exitCode}`);
      }
      break;
    }
    case "start":
      await meterStart(inputs);
      break;
    case "stop": {
      const result = await meterStop(inputs);
      saveState("result", JSON.stringify(result));
      await report(inputs, result);
      break;
    }
    case "report":
      await reportRun(inputs);
      break;
    case "comment":
      await commentFromArtifact(inputs);
      break;
  }
} catch (err) {
  setFailed(err instanceof Error ? err.message : String(err));
}
