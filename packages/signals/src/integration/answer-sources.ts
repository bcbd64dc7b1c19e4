// The two ways the panel gets a signal's value: the generated PromQL asked of Prometheus, and direct
// mode's in-process evaluation of the same expression over its own scrapes. Both are read at the
// same moment and described by the scrapes they hold, so the same checks apply to each.
import type { PromClient } from "@throtl/prom";
import { evaluateDirect, type ScrapeTarget } from "../direct/index.ts";
import type { ParamName } from "../types.ts";
import { CATALOG } from "../catalog/index.ts";
import type { Timing } from "./expected.ts";
import { groupOf } from "./membership.ts";
import type { DirectScraper } from "./direct-scraper.ts";
import type { AnswerSource } from "./run-checks.ts";
import type { Scrape } from "./sampling.ts";
import { promSnapshot, promWindowSnapshot, storeSnapshot, storeWindowSnapshot } from "./snapshot.ts";

export interface SourceOptions {
  /** Evaluation time, epoch ms. */
  readonly atMs: number;
  readonly windowSeconds: number;
  /** Is this Prometheus scrape job a GPU exporter's? */
  readonly isGpuJob: (job: string) => boolean;
  readonly params: Partial<Record<ParamName, number>>;
}

function timingOf(engine: Map<string, Scrape[]>, gpu: Map<string, Scrape[]>, o: SourceOptions): Timing {
  return { at: o.atMs / 1000, window: o.windowSeconds, engineScrapes: (i) => engine.get(i) ?? [], gpuScrapes: (i) => gpu.get(i) ?? [] };
}

export async function prometheusSource(client: PromClient, o: SourceOptions): Promise<AnswerSource> {
  const snapshot = await promSnapshot(client, o.atMs);
  // Every scrape writes `up` (1 when it succeeded) and scrape_duration_seconds, stamped with its start.
  const matrix = async (expr: string) => {
    const { data } = await client.query(`${expr}[${o.windowSeconds + 2}s]`, o.atMs);
    if (data.resultType !== "matrix") throw new Error(`${expr}[…] answered ${data.resultType}`);
    return new Map(data.result.map((s) => [`${s.metric.job}|${s.metric.instance}`, { metric: s.metric, values: s.values }]));
  };
  const [up, duration] = [await matrix("up"), await matrix("scrape_duration_seconds")];
  const engine = new Map<string, Scrape[]>();
  const gpu = new Map<string, Scrape[]>();
  for (const [key, s] of up) {
    const took = new Map(duration.get(key)?.values.map((p) => [p.timeMs, p.value]) ?? []);
    const scrapes = s.values.filter((p) => p.value === 1).map((p) => ({ t: p.timeMs / 1000, answered: (p.timeMs / 1000) + (took.get(p.timeMs) ?? 0) }));
    (o.isGpuJob(s.metric.job ?? "") ? gpu : engine).set(s.metric.instance ?? "", scrapes);
  }
  return {
    name: "prometheus",
    snapshot,
    windowSnapshot: await promWindowSnapshot(client, o.atMs, o.windowSeconds),
    timing: timingOf(engine, gpu, o),
    async answer(promql, _expr, flavor, by) {
      const res = await client.query(promql, o.atMs);
      if (res.data.resultType !== "vector") throw new Error(`${promql} answered ${res.data.resultType}`);
      return new Map(res.data.result.flatMap((e) => (e.value ? [[groupOf(e.metric, by, CATALOG[flavor].modelLabel), e.value.value] as const] : [])));
    },
  };
}

/** Direct mode over `targets` (engine targets have no `instance` of their own; GPU targets carry one). */
export function directSource(scraper: DirectScraper, targets: readonly ScrapeTarget[], o: SourceOptions): AnswerSource {
  const store = scraper.store;
  const engine = new Map<string, Scrape[]>();
  const gpu = new Map<string, Scrape[]>();
  for (const t of targets) (t.instance === undefined ? engine : gpu).set(t.instance ?? t.address, scraper.scrapes(t));
  return {
    name: "direct",
    snapshot: storeSnapshot(store, o.atMs),
    windowSnapshot: storeWindowSnapshot(store, o.atMs, o.windowSeconds),
    timing: timingOf(engine, gpu, o),
    answer(_promql, expr, flavor, by) {
      const modelLabel = CATALOG[flavor].modelLabel;
      const samples = evaluateDirect(expr, { scope: { by }, modelLabel, windowSeconds: o.windowSeconds, params: o.params }, store, o.atMs);
      return Promise.resolve(new Map(samples.map((s) => [groupOf(s.labels, by, modelLabel), s.value] as const)));
    },
  };
}
