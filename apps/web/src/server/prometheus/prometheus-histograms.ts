// Histogram windows from Prometheus: per histogram the three increase queries the catalog renders
// (buckets by le, count, sum) at one instant, grouped by the scope and converted once.
import { isPromError, PromUnreachableError, type QueryData } from "@throtl/prom";
import { CATALOG, type HistogramId, histogramWindowQueries, toHistogramWindow } from "@throtl/signals";
import { toDuration } from "../../data/ranges.ts";
import { type GroupHistogram, type InstantRequest, type Outcome, SourceUnavailableError } from "../data-source.ts";
import { mapLimit } from "../map-limit.ts";
import { groupOf } from "./groups.ts";
import type { PrometheusSourceOptions } from "./prometheus-source.ts";

interface Part { readonly group: string; readonly le: string | undefined; readonly value: number }

function parts(data: QueryData, r: InstantRequest, modelLabel: string | undefined): Part[] {
  if (data.resultType !== "vector") return [];
  return data.result.flatMap((el) => (el.value === null ? [] : [{ group: groupOf(el.metric, r.scope, modelLabel), le: el.metric.le, value: el.value.value }]));
}

export async function promHistograms(o: PrometheusSourceOptions & { concurrency: number }, ids: readonly HistogramId[], r: InstantRequest): Promise<Outcome<readonly GroupHistogram[]>[]> {
  const modelLabel = CATALOG[o.flavor].modelLabel;
  return mapLimit(ids, Math.max(1, Math.floor(o.concurrency / 3)), async (id): Promise<Outcome<readonly GroupHistogram[]>> => {
    const q = histogramWindowQueries(o.flavor, id, { scope: r.scope, window: toDuration(r.windowSeconds) });
    if (!q.ok) return { kind: "unsupported", reason: q.reason };
    try {
      const [buckets, count, sum] = await Promise.all([q.promql._bucket, q.promql._count, q.promql._sum].map(async (promql) => parts((await o.client.query(promql, r.atMs)).data, r, modelLabel)));
      const groups = new Set(count!.map((p) => p.group));
      const data = [...groups].flatMap((group) => {
        const histogram = toHistogramWindow({
          buckets: buckets!.filter((b) => b.group === group && b.le !== undefined).map((b) => ({ le: b.le!, value: b.value })),
          count: count!.find((c) => c.group === group)?.value,
          sum: sum!.find((c) => c.group === group)?.value,
        }, q.scale);
        return histogram === null ? [] : [{ group, histogram }];
      });
      return { kind: "ok", data, notes: q.notes };
    } catch (e) {
      if (e instanceof PromUnreachableError) throw new SourceUnavailableError("prometheus", e.message, { cause: e });
      if (!isPromError(e)) throw e;
      o.onQueryError?.(e.kind);
      return { kind: "error", message: e.message };
    }
  });
}
