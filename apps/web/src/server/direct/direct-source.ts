// Direct mode (no Prometheus): scrape the engines and DCGM exporters ourselves into a bounded store
// and evaluate the same catalog expressions in-process (@throtl/signals/direct), so both modes
// answer the same questions with the same semantics.
import { gridTimestamps } from "@throtl/prom";
import { CATALOG, type EngineFlavor, INFO_SOURCES, START_MARKERS, infoMatchers, type ParamName, type Resolved, resolveSignal, resolveTokenLength, type Scope, type SignalQuery } from "@throtl/signals";
import { DirectEvalError, evaluateDirect, instantVector, type DirectSample, type SeriesSource } from "@throtl/signals/direct";
import type { DataSource, GroupLine, GroupValue, Outcome, TargetState } from "../data-source.ts";
import { SourceUnavailableError } from "../data-source.ts";
import { summarizeTargets } from "../targets-status.ts";
import { directHistograms } from "./direct-histograms.ts";
import { groupOf } from "./groups.ts";
import type { Poller } from "./poller.ts";

export interface DirectSourceOptions {
  readonly flavor: EngineFlavor;
  readonly params: Partial<Record<ParamName, number>>;
  readonly poller: Poller;
  /** For the page footer. */
  readonly targets: readonly string[];
}


export function createDirectSource(o: DirectSourceOptions): DataSource {
  const catalog = CATALOG[o.flavor];

  /** Evaluates one question at each time in `times`; a refusal (unsupported, wrong scope) is an outcome. */
  function ask<T>(query: SignalQuery, scope: Scope, windowSeconds: number, store: SeriesSource, f: (at: (t: number) => DirectSample[]) => T): Outcome<T> {
    return askResolved(resolveSignal(catalog, query), scope, windowSeconds, store, f);
  }

  function askResolved<T>(r: Resolved, scope: Scope, windowSeconds: number, store: SeriesSource, f: (at: (t: number) => DirectSample[]) => T): Outcome<T> {
    if (!r.ok) return { kind: "unsupported", reason: r.reason };
    const ctx = { scope, modelLabel: catalog.modelLabel, windowSeconds, params: o.params };
    try {
      // NaN is PromQL's "undefined" (a quantile over no observations): a gap, as in Prometheus mode.
      return { kind: "ok", data: f((t) => evaluateDirect(r.expr, ctx, store, t).filter((s) => !Number.isNaN(s.value))), notes: r.notes };
    } catch (e) {
      if (e instanceof DirectEvalError) return { kind: "unsupported", reason: e.message };
      throw e;
    }
  }

  async function store(): Promise<SeriesSource> {
    const s = await o.poller.fresh();
    const engines = o.poller.engineHealth();
    if (engines.length > 0 && engines.every((h) => !h.up)) {
      throw new SourceUnavailableError("direct", `no engine target answered: ${engines.map((h) => `${h.address}: ${h.error ?? "down"}`).join("; ")}`);
    }
    return s;
  }

  /** The info series' labels at `atMs`, matched as Prometheus mode's selector would. */
  function infoLabels(s: SeriesSource, name: string | undefined, scope: Scope, atMs: number, gpu: boolean) {
    if (name === undefined) return [];
    const want = Object.entries(infoMatchers(o.flavor, scope, gpu));
    return instantVector(s, name, (l) => want.every(([k, v]) => l[k] === v), atMs).map((x) => ({ ...x.labels }));
  }

  return {
    mode: "direct",
    async info(scope, atMs) {
      const s = await store();
      const sources = INFO_SOURCES[o.flavor];
      return { engine: infoLabels(s, sources.engine, scope, atMs, false), gpu: infoLabels(s, sources.gpu, scope, atMs, true) };
    },
    async targets(instances) {
      await o.poller.fresh();
      const all = o.poller.engineHealth().map((h): TargetState => ({
        instance: h.instance, address: h.address, job: "", up: h.up, lastScrapeMs: h.lastScrapeMs, error: h.error,
      }));
      // Direct mode knows exactly which targets are engines: with no instance named, judge them all.
      return summarizeTargets(all, instances.length > 0 ? instances : all.map((t) => t.instance));
    },
    flavor: o.flavor,
    description: `direct scrape of ${o.targets.join(", ")}`,

    async instant(queries, r) {
      const s = await store();
      return queries.map((q) => ask(q, r.scope, r.windowSeconds, s, (at): GroupValue[] =>
        at(r.atMs).map((x) => ({ group: groupOf(x.labels, r.scope, catalog.modelLabel), value: x.value }))));
    },

    async tokenLengths(queries, r) {
      const s = await store();
      return queries.map((q) => askResolved(resolveTokenLength(o.flavor, q), r.scope, r.windowSeconds, s, (at): GroupValue[] =>
        at(r.atMs).map((x) => ({ group: groupOf(x.labels, r.scope, catalog.modelLabel), value: x.value }))));
    },

    async startMarkers(atMs) {
      const scope: Scope = { by: "instance" };
      return askResolved({ ok: true, expr: START_MARKERS[o.flavor].expr, notes: [] }, scope, 60, await store(), (at): GroupValue[] =>
        at(atMs).map((x) => ({ group: groupOf(x.labels, scope, catalog.modelLabel), value: x.value })));
    },

    async histograms(ids, r) {
      return directHistograms(o.flavor, await store(), ids, r);
    },

    async range(queries, r) {
      const s = await store();
      const times = gridTimestamps(r.grid);
      return queries.map((q) => ask(q, r.scope, r.windowSeconds, s, (at): GroupLine[] => {
        const lines = new Map<string, (number | null)[]>();
        times.forEach((t, i) => {
          for (const x of at(t)) {
            const g = groupOf(x.labels, r.scope, catalog.modelLabel);
            let line = lines.get(g);
            if (!line) lines.set(g, (line = times.map(() => null)));
            line[i] = x.value;
          }
        });
        return [...lines].map(([group, values]) => ({ group, values }));
      }));
    },
  };
}
