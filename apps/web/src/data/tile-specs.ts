// Which tiles the overview shows and which catalog questions each one asks.
import type { LatencyStat, SignalId, SignalQuery } from "@throtl/signals";
import { sloQ, statQ, valueQ } from "./queries.ts";

export type TileSpec =
  | { readonly kind: "value"; readonly signal: SignalId }
  /** p50 · p95 · p99; the headline and trend use p95. */
  | { readonly kind: "latency"; readonly signal: SignalId }
  /** used of total (VRAM). */
  | { readonly kind: "pair"; readonly signal: SignalId; readonly of: SignalId }
  /** Share of requests within the TTFT and ITL thresholds. */
  | { readonly kind: "slo"; readonly ttftSeconds: number; readonly itlSeconds: number };

export const LATENCY_PARTS: readonly LatencyStat[] = ["p50", "p95", "p99"];
export const HEADLINE_STAT: LatencyStat = "p95";

export interface SloThresholds {
  readonly ttftSeconds: number;
  readonly itlSeconds: number;
}

export function overviewTiles(slo: SloThresholds): TileSpec[] {
  const v = (signal: SignalId): TileSpec => ({ kind: "value", signal });
  const l = (signal: SignalId): TileSpec => ({ kind: "latency", signal });
  return [
    v("request_rate"), v("prompt_tokens_rate"), v("generation_tokens_rate"), v("running"), v("waiting"), v("error_rate"),
    l("ttft"), l("itl"), l("tpot"), l("e2e"),
    v("kv_cache_usage"), v("preemption_rate"), v("prefix_cache_hit_rate"),
    v("gpu_util"), { kind: "pair", signal: "vram_used", of: "vram_total" }, v("power"), v("energy_per_token"), v("cost_per_1k_tokens"),
    { kind: "slo", ...slo },
  ];
}

export function tileQueries(spec: TileSpec): SignalQuery[] {
  switch (spec.kind) {
    case "value": return [valueQ(spec.signal)];
    case "latency": return LATENCY_PARTS.map((s) => statQ(spec.signal, s));
    case "pair": return [valueQ(spec.signal), valueQ(spec.of)];
    case "slo": return [sloQ("ttft", spec.ttftSeconds), sloQ("itl", spec.itlSeconds)];
  }
}

export function tileId(spec: TileSpec): string {
  return spec.kind === "slo" ? "slo" : spec.signal;
}
