// Histogram windows in direct mode: the same three increases Prometheus mode asks for, evaluated
// over the scraped history (@throtl/signals/direct), grouped by the scope and converted once.
import { CATALOG, type EngineFlavor, type HistogramId, histogramWindowSource, toHistogramWindow } from "@throtl/signals";
import { DirectEvalError, evaluateIncrease, type SeriesSource } from "@throtl/signals/direct";
import type { GroupHistogram, InstantRequest, Outcome } from "../data-source.ts";
import { groupOf } from "./groups.ts";

export function directHistograms(flavor: EngineFlavor, store: SeriesSource, ids: readonly HistogramId[], r: InstantRequest): Outcome<readonly GroupHistogram[]>[] {
  const modelLabel = CATALOG[flavor].modelLabel;
  const ctx = { scope: r.scope, modelLabel, windowSeconds: r.windowSeconds };
  return ids.map((id): Outcome<readonly GroupHistogram[]> => {
    const source = histogramWindowSource(flavor, id);
    if (!source.ok) return { kind: "unsupported", reason: source.reason };
    try {
      const [buckets, count, sum] = (["_bucket", "_count", "_sum"] as const).map((part) =>
        evaluateIncrease(source.histogram, part, ctx, store, r.atMs).map((s) => ({ group: groupOf(s.labels, r.scope, modelLabel), le: s.labels.le, value: s.value })));
      const data = [...new Set(count!.map((c) => c.group))].flatMap((group) => {
        const histogram = toHistogramWindow({
          buckets: buckets!.filter((b) => b.group === group && b.le !== undefined).map((b) => ({ le: b.le!, value: b.value })),
          count: count!.find((c) => c.group === group)?.value,
          sum: sum!.find((c) => c.group === group)?.value,
        }, source.scale);
        return histogram === null ? [] : [{ group, histogram }];
      });
      return { kind: "ok", data, notes: source.notes };
    } catch (e) {
      if (e instanceof DirectEvalError) return { kind: "unsupported", reason: e.message };
      throw e;
    }
  });
}
