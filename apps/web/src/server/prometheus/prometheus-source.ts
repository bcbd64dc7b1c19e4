// Prometheus mode: each catalog question becomes the PromQL @throtl/signals renders for the flavor;
// an unreachable server fails the whole load (the page shows a banner), a rejected query only its tile.
import { isPromError, matrixOnGrid, type PromClient, PromUnreachableError, type QueryData } from "@throtl/prom";
import {
  CATALOG, type EngineFlavor, INFO_SOURCES, renderPromQL, START_MARKERS, infoMatchers, infoSelector, type ParamName, type Scope, signalQuery, type SignalQuery, type SignalQueryResult, tokenLengthQuery,
} from "@throtl/signals";
import { toDuration } from "../../data/ranges.ts";
import type { DataSource, GroupLine, GroupValue, InfoLabels, Outcome, TargetState } from "../data-source.ts";
import { SourceUnavailableError } from "../data-source.ts";
import { mapLimit } from "../map-limit.ts";
import { summarizeTargets } from "../targets-status.ts";
import { groupOf } from "./groups.ts";
import { promHistograms } from "./prometheus-histograms.ts";

export interface PrometheusSourceOptions {
  readonly client: PromClient;
  readonly flavor: EngineFlavor;
  readonly params: Partial<Record<ParamName, number>>;
  /** Queries in flight at once. */
  readonly concurrency?: number;
  /** Called once per failed query (for the panel's own /metrics). */
  readonly onQueryError?: (kind: string) => void;
}


// NaN is Prometheus' "undefined" (0/0, a quantile over no observations): a gap, like a missing sample.
const defined = (v: number): number | null => (Number.isNaN(v) ? null : v);

function vectorGroups(data: QueryData, scope: Scope, modelLabel: string | undefined): GroupValue[] {
  if (data.resultType === "scalar") return Number.isNaN(data.result.value) ? [] : [{ group: "", value: data.result.value }];
  if (data.resultType !== "vector") return [];
  const out: GroupValue[] = [];
  for (const el of data.result) {
    if (el.value === null || Number.isNaN(el.value.value)) continue;
    out.push({ group: groupOf(el.metric, scope, modelLabel), value: el.value.value });
  }
  return out;
}

export function createPrometheusSource(o: PrometheusSourceOptions): DataSource {
  const modelLabel = CATALOG[o.flavor].modelLabel;
  const concurrency = o.concurrency ?? 8;

  const ask = <T>(query: SignalQuery, scope: Scope, windowSeconds: number, run: (promql: string) => Promise<T>): Promise<Outcome<T>> =>
    askPromQL(signalQuery(o.flavor, query, { scope, window: toDuration(windowSeconds), params: o.params }), run);

  async function askPromQL<T>(q: SignalQueryResult, run: (promql: string) => Promise<T>): Promise<Outcome<T>> {
    if (!q.ok) return { kind: "unsupported", reason: q.reason };
    try {
      return { kind: "ok", data: await run(q.promql), notes: q.notes };
    } catch (e) {
      if (e instanceof PromUnreachableError) throw new SourceUnavailableError("prometheus", e.message, { cause: e });
      if (!isPromError(e)) throw e;
      o.onQueryError?.(e.kind);
      return { kind: "error", message: e.message };
    }
  }

  async function targets(instances: readonly string[]) {
    try {
      const res = await o.client.targets("active");
      // "unknown": discovered but not scraped yet (e.g. just after Prometheus restarts); neither up
      // nor down, so it must not read as BACKEND DOWN.
      const all = res.data.activeTargets.filter((t) => t.health !== "unknown").map((t): TargetState => ({
        instance: t.labels.instance ?? "", address: t.discoveredLabels.__address__ ?? "", job: t.labels.job ?? "",
        up: t.health === "up", lastScrapeMs: t.lastScrapeMs, error: t.lastError,
      }));
      return summarizeTargets(all, instances);
    } catch (e) {
      if (e instanceof PromUnreachableError) throw new SourceUnavailableError("prometheus", e.message, { cause: e });
      throw e;
    }
  }

  /** Raw info series; an unanswerable info question leaves the config unknown, it fails nothing. */
  async function info(scope: Scope, atMs: number): Promise<InfoLabels> {
    const sources = INFO_SOURCES[o.flavor];
    const ask = async (name: string | undefined, gpu: boolean) => {
      if (name === undefined) return [];
      try {
        const res = await o.client.query(infoSelector(name, infoMatchers(o.flavor, scope, gpu)), atMs);
        return res.data.resultType === "vector" ? res.data.result.map((s) => s.metric) : [];
      } catch (e) {
        if (e instanceof PromUnreachableError) throw new SourceUnavailableError("prometheus", e.message, { cause: e });
        if (!isPromError(e)) throw e;
        o.onQueryError?.(e.kind);
        return [];
      }
    };
    const [engine, gpu] = await Promise.all([ask(sources.engine, false), ask(sources.gpu, true)]);
    return { engine, gpu };
  }

  return {
    mode: "prometheus",
    targets,
    info,
    flavor: o.flavor,
    description: `Prometheus at ${o.client.baseUrl}`,

    instant(queries, r) {
      return mapLimit(queries, concurrency, (query) =>
        ask(query, r.scope, r.windowSeconds, async (promql) => vectorGroups((await o.client.query(promql, r.atMs)).data, r.scope, modelLabel)));
    },

    tokenLengths(queries, r) {
      return mapLimit(queries, concurrency, (query) =>
        askPromQL(tokenLengthQuery(o.flavor, query, { scope: r.scope, window: toDuration(r.windowSeconds) }),
          async (promql) => vectorGroups((await o.client.query(promql, r.atMs)).data, r.scope, modelLabel)));
    },

    startMarkers(atMs) {
      const scope: Scope = { by: "instance" };
      const promql = renderPromQL(START_MARKERS[o.flavor].expr, { scope, modelLabel, window: "1m" });
      return askPromQL({ ok: true, promql, notes: [] }, async (q) => vectorGroups((await o.client.query(q, atMs)).data, scope, modelLabel));
    },

    histograms(ids, r) {
      return promHistograms({ ...o, concurrency }, ids, r);
    },

    range(queries, r) {
      return mapLimit(queries, concurrency, (query) =>
        ask(query, r.scope, r.windowSeconds, async (promql): Promise<GroupLine[]> => {
          const res = await o.client.queryRange(promql, r.grid);
          return matrixOnGrid(res.data, r.grid).series.map((s) => ({ group: groupOf(s.metric, r.scope, modelLabel), values: s.values.map((v) => (v === null ? null : defined(v))) }));
        }));
    },
  };
}
