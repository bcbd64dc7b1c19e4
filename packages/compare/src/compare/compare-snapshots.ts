// The comparison of two snapshots: per-signal verdicts, the config diff and like-for-like warnings.
// Pure and deterministic (seeded), so a shared comparison URL reads the same every time.
import type { Snapshot } from "../model/snapshot-schema.ts";
import { compareSignals, type SignalComparison } from "./compare-signals.ts";
import { diffConfig, type ConfigChange } from "./config-diff.ts";
import { DEFAULT_FLOORS, type VerdictFloors } from "./verdict.ts";
import { checkLikeForLike, WORKLOAD_TOLERANCE, type LikeForLikeWarning } from "./workload-check.ts";

export interface CompareOptions {
  /** Bootstrap resamples per latency signal. Default 2000: interval ends stable to ~2 % of their width. */
  readonly resamples?: number;
  readonly seed?: number;
  readonly floors?: Partial<VerdictFloors>;
  /** Relative workload difference that triggers a like-for-like warning. */
  readonly workloadTolerance?: number;
}

export interface SnapshotComparison {
  readonly base: { readonly id: string; readonly name: string };
  readonly candidate: { readonly id: string; readonly name: string };
  readonly signals: readonly SignalComparison[];
  readonly config: readonly ConfigChange[];
  readonly warnings: readonly LikeForLikeWarning[];
  /** True when no like-for-like warning was raised. */
  readonly likeForLike: boolean;
  readonly method: { readonly resamples: number; readonly seed: number; readonly floors: VerdictFloors; readonly workloadTolerance: number };
}

export function compareSnapshots(base: Snapshot, candidate: Snapshot, options: CompareOptions = {}): SnapshotComparison {
  const method = {
    resamples: options.resamples ?? 2000,
    seed: options.seed ?? 1,
    floors: { ...DEFAULT_FLOORS, ...options.floors },
    workloadTolerance: options.workloadTolerance ?? WORKLOAD_TOLERANCE,
  };
  const warnings = checkLikeForLike(base, candidate, method.workloadTolerance);
  return {
    base: { id: base.id, name: base.name },
    candidate: { id: candidate.id, name: candidate.name },
    signals: compareSignals(base, candidate, method),
    config: diffConfig(base.engineConfig, candidate.engineConfig),
    warnings,
    likeForLike: warnings.length === 0,
    method,
  };
}
