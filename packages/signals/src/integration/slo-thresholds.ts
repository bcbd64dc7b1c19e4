// One SLO threshold per flavor and latency signal for the share-of-requests check: the smallest
// positive bucket bound at or above the true median, so the share is neither 0 nor trivially all
// requests (the catalog refuses a threshold of 0 s).
import { CATALOG } from "../catalog/index.ts";
import type { EngineFlavor, SignalId } from "../types.ts";
import { nearestRank } from "./buckets.ts";
import { expectedObservations, type Context } from "./expected.ts";
import { membersOf } from "./membership.ts";
import type { AnswerSource } from "./run-checks.ts";

export function sloThresholds(source: AnswerSource, ctx: Context) {
  return (flavor: EngineFlavor, signal: SignalId): number | undefined => {
    const hist = CATALOG[flavor].signals[signal];
    if (hist.kind !== "histogram") return undefined;
    const engine = membersOf(source.snapshot, { ref: hist.histogram, suffix: "_count" }, "total", CATALOG[flavor].modelLabel).get("");
    if (!engine) return undefined;
    const median = nearestRank(expectedObservations(signal, { engine, gpu: new Set() }, ctx).best, 0.5);
    if (median === undefined) return undefined;
    const scale = hist.scale ?? 1;
    const bound = hist.buckets.find((b) => b > 0 && b * scale >= median);
    return bound === undefined ? undefined : bound * scale;
  };
}
