import { createRequire as __jcCreateRequire } from 'node:module'; const require = __jcCreateRequire(import.meta.url);
import {
  commentFromArtifact,
  getInput,
  meterRun,
  meterStart,
  meterStop,
  parseInputs,
  reportRun,
  saveState,
  setFailed,
  setSecret
} from "./chunks/chunk-UA2VASTU.js";
import "./chunks/chunk-LCWRBABZ.js";
import "./chunks/chunk-AFJLZMJ6.js";
import "./chunks/chunk-GMPB3SXE.js";

// src/main.ts
try {
  for (const secret of ["carbon-token"]) {
    const v = getInput(secret);
    if (v) setSecret(v);
  }
  const inputs = parseInputs((name) => getInput(name));
  saveState("mode", inputs.mode);
  switch (inputs.mode) {
    case "run": {
      const result = await meterRun(inputs);
      saveState("result", JSON.stringify(result));
      if (result.exitCode !== null && result.exitCode !== 0) {
        setFailed(`the metered command exited with code ${result.exitCode}${result.exitCode > 128 ? ` (signal ${result.exitCode - 128})` : ""}`);
      }
      break;
    }
    case "start":
      await meterStart(inputs);
      break;
    case "stop":
      saveState("result", JSON.stringify(await meterStop(inputs)));
      break;
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
