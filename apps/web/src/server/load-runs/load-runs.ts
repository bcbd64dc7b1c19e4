// The panel's one run manager, created on first use from the environment and kept on globalThis so
// every route bundle (and a dev reload) sees the same runs.
import { getEnv } from "../../env.ts";
import { LoadRunManager } from "./run-manager.ts";
import { loadTargets } from "./target-list.ts";

const holder = globalThis as typeof globalThis & { __throtlLoadRuns?: LoadRunManager };

export function getLoadRuns(): LoadRunManager {
  holder.__throtlLoadRuns ??= new LoadRunManager({ targets: loadTargets(getEnv()) });
  return holder.__throtlLoadRuns;
}
