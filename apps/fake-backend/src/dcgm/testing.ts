import { resolveConfig, type EngineConfig, type StepStats } from "@throtl/simulator";
import { createDcgmExporter } from "./exporter.ts";
import type { DcgmContext, DcgmExporter } from "./types.ts";

/** An exporter for `engine` (default Llama-3.1-8B on one H100), its context and config. */
export function exporterFor(engine: Partial<EngineConfig> = {}, hostname = "gpu-node-1") {
  const config = resolveConfig({ model: "llama-3.1-8b-instruct", gpu: "h100-sxm", ...engine });
  const ctx: DcgmContext = {
    gpu: config.gpu, memory: config.memory, numGpus: config.dataParallelSize * config.tensorParallelSize,
    tensorParallelSize: config.tensorParallelSize, hostname, startEpochSeconds: 1_786_910_601,
  };
  return { config, ctx, dcgm: createDcgmExporter(ctx) as DcgmExporter };
}

/** A step with the given bounds; the rest of StepStats does not feed the exporter's GPU model. */
export function step(engine: number, start: number, duration: number, computeTime: number, memoryTime: number): StepStats {
  return {
    engine, start, duration, computeTime, memoryTime, numSeqs: 8, numTokens: 8, numPrefillTokens: 0, numDecodeSeqs: 8,
    flops: 0, bytes: 0, kvUsage: 0, numRunning: 8, numWaiting: 0, numPreempted: 0,
  };
}

/** The value of `family` for GPU `gpu` in an exposition. */
export function valueOf(text: string, family: string, gpu = 0): number {
  const line = text.split("\n").find((l) => l.startsWith(`${family}{gpu="${gpu}",`));
  if (!line) throw new Error(`no ${family} line for gpu ${gpu}`);
  return Number(line.slice(line.lastIndexOf(" ") + 1));
}
