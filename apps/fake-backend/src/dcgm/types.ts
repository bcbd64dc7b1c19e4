import type { GpuProfile, MemoryPlan, StepStats } from "@throtl/simulator";

export interface DcgmContext {
  readonly gpu: GpuProfile;
  readonly memory: MemoryPlan;
  /** data-parallel size x tensor-parallel size; engine e drives GPUs e*tp .. e*tp+tp-1. */
  readonly numGpus: number;
  readonly tensorParallelSize: number;
  readonly hostname: string;
  readonly startEpochSeconds: number;
}

/** A fake dcgm-exporter fed by engine steps. */
export interface DcgmExporter {
  onStep(s: StepStats): void;
  render(now: number): string;
}
