// Checks after the steady window: gauges at rest once the load has drained (0, and direct mode equal
// to Prometheus when nothing moves between their scrapes), and rates across a backend restart.
import type { PromClient } from "@throtl/prom";
import { CATALOG } from "../catalog/index.ts";
import { evaluateDirect, type ScrapeStore } from "../direct/index.ts";
import { signalQuery } from "../query.ts";
import { resolveSignal } from "../resolve.ts";
import { LATENCY_STATS, SIGNAL_IDS, SIGNALS, type EngineFlavor, type Expr, type ParamName, type SignalId, type SignalQuery } from "../index.ts";
import type { AnswerSource, CheckResult } from "./run-checks.ts";
import { SCOPES } from "./run-checks.ts";

/** Zero at rest: nothing running or queued, no KV held, GPUs idle. */
const ZERO_AT_REST: readonly SignalId[] = ["running", "waiting", "batch_size", "kv_cache_usage", "gpu_util"];
/** Documented exceptions: what the catalog says the value is at rest instead. */
const NOT_ZERO_AT_REST: Partial<Record<EngineFlavor, readonly SignalId[]>> = {
  // catalog: "requests scheduled in the in-flight batcher's last iteration": it keeps the last batch.
  "triton-trtllm": ["batch_size"],
};
/** Constant at rest, so two scrapes a few ms apart read the same (power and temperature still decay). */
const STILL_AT_REST: readonly SignalId[] = [...ZERO_AT_REST, "vram_used", "vram_total"];

const hasRate = (e: Expr): boolean =>
  e.kind === "binary" ? hasRate(e.left) || hasRate(e.right) : e.kind === "rate" || e.kind === "quantile" || e.kind === "histogram_mean" || e.kind === "histogram_share_le";

export async function idleChecks(flavors: readonly EngineFlavor[], sources: readonly [AnswerSource, AnswerSource], params: Partial<Record<ParamName, number>>): Promise<CheckResult[]> {
  const [prom, direct] = sources;
  const out: CheckResult[] = [];
  for (const flavor of flavors) {
    for (const signal of STILL_AT_REST) {
      for (const by of SCOPES) {
        const q = signalQuery(flavor, { signal }, { scope: { by }, window: "12s", params });
        const resolved = resolveSignal(CATALOG[flavor], { signal });
        if (!q.ok || !resolved.ok) continue;
        const [p, d] = [await prom.answer(q.promql, resolved.expr, flavor, by), await direct.answer(q.promql, resolved.expr, flavor, by)];
        const base = { flavor, signal, stat: "idle", by, rule: "gauge" as const };
        if (p.size === 0) out.push({ ...base, source: "prometheus", group: "", ok: false, detail: "no value at rest" });
        for (const [group, got] of p) {
          if (ZERO_AT_REST.includes(signal) && !NOT_ZERO_AT_REST[flavor]?.includes(signal)) out.push({ ...base, source: "prometheus", group, got, want: 0, ok: got === 0 });
          out.push({ ...base, source: "direct", group, got: d.get(group), want: got, ok: d.get(group) === got, detail: "direct equals Prometheus at rest" });
        }
      }
    }
  }
  return out;
}

export interface RestartSpan {
  /** Epoch seconds: from before the restart to the main evaluation time. */
  readonly from: number;
  readonly to: number;
  readonly windowSeconds: number;
  readonly params: Partial<Record<ParamName, number>>;
  readonly instance: string;
}

/** Every vLLM query built on a counter, each second across the restart, in both sources: never below 0. */
export async function restartChecks(client: PromClient, store: ScrapeStore, span: RestartSpan): Promise<CheckResult[]> {
  const out: CheckResult[] = [];
  const flavor = "vllm" as const;
  const queries: SignalQuery[] = SIGNAL_IDS.flatMap((signal): SignalQuery[] =>
    SIGNALS[signal].shape === "value" ? [{ signal }] : LATENCY_STATS.map((stat) => ({ signal, stat })));
  for (const query of queries) {
    for (const scope of [{ by: "total" as const }, { by: "instance" as const, instance: span.instance }]) {
      const q = signalQuery(flavor, query, { scope, window: `${span.windowSeconds}s`, params: span.params });
      const resolved = resolveSignal(CATALOG[flavor], query);
      if (!q.ok || !resolved.ok || !hasRate(resolved.expr)) continue;
      const base = { flavor, signal: query.signal, stat: "restart", by: scope.by, group: scope.instance ?? "", rule: "rate" as const };
      const { data } = await client.queryRange(q.promql, { start: Math.ceil(span.from) * 1000, end: Math.floor(span.to) * 1000, step: 1000 });
      const promValues = data.flatMap((s) => s.values.map((p) => p.value));
      const directValues: number[] = [];
      for (let t = Math.ceil(span.from); t <= Math.floor(span.to); t++) {
        for (const s of evaluateDirect(resolved.expr, { scope, modelLabel: CATALOG[flavor].modelLabel, windowSeconds: span.windowSeconds, params: span.params }, store, t * 1000)) {
          directValues.push(s.value);
        }
      }
      for (const [source, values] of [["prometheus", promValues], ["direct", directValues]] as const) {
        const negative = values.filter((v) => v < 0);
        out.push({
          ...base, source: source, ok: values.length > 0 && negative.length === 0, got: Math.min(...values.filter((v) => !Number.isNaN(v))),
          detail: `${query.stat ?? "value"}: ${values.length} values across the restart, ${negative.length} negative`,
        });
      }
    }
  }
  return out;
}
