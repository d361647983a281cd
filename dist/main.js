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
  setFailed
} from "./chunks/chunk-A665M57M.js";
import "./chunks/chunk-4D2WJCNT.js";

// src/main.ts
try {
  const inputs = parseInputs((name) => getInput(name));
  saveState("mode", inputs.mode);
  switch (inputs.mode) {
    case "run": {
      const result = await meterRun(inputs);
      saveState("result", JSON.stringify(result));
      if (result.exitCode !== null && result.exitCode !== 0) {
        setFailed(`the metered command exited with code ${result.exitCode}`);
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
