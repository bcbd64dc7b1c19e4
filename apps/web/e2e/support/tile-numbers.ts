// The numbers on the overview against Prometheus itself: each tile's PromQL (signalQuery, as the
// panel renders it) evaluated directly at the page's own evaluation time (the footer's "loaded"
// instant), formatted with the panel's display rounding, must read exactly as the tile does.
import { createPromClient, type QueryData } from "@throtl/prom";
import { SIGNALS, signalQuery, type SignalId, type SignalQuery } from "@throtl/signals";
import type { Page } from "playwright-core";
import { formatText, formatValue } from "../../src/data/format.ts";
import { toDuration } from "../../src/data/ranges.ts";
import { loadedAtMs } from "./page-poll.ts";

/** Tiles whose headline (and, for latencies, p50 · p95 · p99) are compared. */
const VALUE_TILES: readonly SignalId[] = [
  "request_rate", "prompt_tokens_rate", "generation_tokens_rate", "running", "waiting", "kv_cache_usage", "preemption_rate", "gpu_util", "power", "vram_used",
];
const LATENCY_TILES: readonly SignalId[] = ["ttft", "itl", "e2e"];
const PARTS = ["p50", "p95", "p99"] as const;

interface Shown {
  readonly tiles: Record<string, { readonly text: string; readonly unit: string; readonly parts: Record<string, string> } | undefined>;
}

/** What the page shows: per tile, the headline's number and unit, and the labelled parts. */
function readPage(page: Page): Promise<Shown> {
  return page.evaluate(() => {
    const tiles: Shown["tiles"] = {};
    for (const el of document.querySelectorAll<HTMLElement>("[data-tile]")) {
      const value = el.querySelector("[data-value]");
      if (!value) continue;
      const parts: Record<string, string> = {};
      for (const part of el.querySelectorAll("p.flex > span")) parts[(part.firstChild?.textContent ?? "").trim()] = part.querySelector("span")?.textContent ?? "";
      tiles[el.dataset.tile!] = { text: value.firstChild?.textContent ?? "", unit: value.querySelector("span")?.textContent ?? "", parts };
    }
    return { tiles };
  });
}

/** The total scope's value, as the panel reads it: the first sample; none or NaN is no data. */
function valueOf(data: QueryData): number | null {
  const v = data.resultType === "scalar" ? data.result.value : data.resultType === "vector" ? data.result[0]?.value?.value : undefined;
  return v === undefined || Number.isNaN(v) ? null : v;
}

export interface NumbersCheck {
  readonly atMs: number;
  /** Every compared number, "tile part: shown / from Prometheus". */
  readonly compared: readonly string[];
  readonly mismatches: readonly string[];
}

/** Compares the loaded page's tiles with Prometheus at the page's evaluation time (total scope, vLLM). */
export async function compareTilesWithPrometheus(page: Page, promUrl: string, windowSeconds: number): Promise<NumbersCheck> {
  const shown = await readPage(page);
  const atMs = await loadedAtMs(page);
  const client = createPromClient({ baseUrl: promUrl, timeoutMs: 5_000 });
  const ask = async (query: SignalQuery) => {
    const q = signalQuery("vllm", query, { scope: { by: "total" }, window: toDuration(windowSeconds), params: {} });
    if (!q.ok) throw new Error(`${query.signal}: ${q.reason}`);
    return valueOf((await client.query(q.promql, atMs)).data);
  };
  const compared: string[] = [];
  const mismatches: string[] = [];
  const compare = (label: string, shownText: string | undefined, expected: string) => {
    compared.push(`${label}: ${shownText} / ${expected}`);
    if (shownText !== expected) mismatches.push(`${label}: page shows ${JSON.stringify(shownText)}, Prometheus gives ${JSON.stringify(expected)}`);
  };
  for (const id of [...VALUE_TILES, ...LATENCY_TILES]) {
    const tile = shown.tiles[id];
    const unit = SIGNALS[id].unit;
    if (!tile) {
      mismatches.push(`${id}: no number on the page`);
      continue;
    }
    const latency = LATENCY_TILES.includes(id);
    const headline = formatValue(await ask(latency ? { signal: id, stat: "p95" } : { signal: id }), unit);
    compare(id, `${tile.text} ${tile.unit}`.trim(), `${headline.text} ${headline.unit}`.trim());
    if (!latency) continue;
    for (const stat of PARTS) compare(`${id} ${stat}`, tile.parts[stat], formatText(await ask({ signal: id, stat }), unit));
  }
  return { atMs, compared, mismatches };
}
