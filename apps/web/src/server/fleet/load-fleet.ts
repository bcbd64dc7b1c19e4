// Fleet loader: every question is asked once per window with scope "by instance", so the cost is
// per signal, not per instance; rows, health and sparklines are assembled per instance here.
import { alignRange, gridTimestamps } from "@throtl/prom";
import type { SignalQuery } from "@throtl/signals";
import type { Answer } from "../../data/answer.ts";
import { FLEET_COLUMNS } from "../../data/fleet-columns.ts";
import { filterRows, type FleetRow, sortRows } from "../../data/fleet.ts";
import type { FleetState } from "../../data/fleet-state.ts";
import { formatText } from "../../data/format.ts";
import { queryKey, sloQ, statQ, uniqueQueries, valueQ } from "../../data/queries.ts";
import { RANGES } from "../../data/ranges.ts";
import { ageText, type StatusView } from "../../data/status.ts";
import type { RangeId } from "../../data/url-state-schema.ts";
import { type DataSource, type GroupValue, isSourceUnavailable, type Outcome, type SourceMode } from "../data-source.ts";
import { insightsFor } from "../insights.ts";
import type { LastGood } from "../last-good.ts";
import { summarizeTargets } from "../targets-status.ts";

export interface FleetView {
  readonly generatedAtMs: number;
  readonly source: { readonly mode: SourceMode; readonly description: string };
  readonly state: FleetState;
  readonly defaultRange: RangeId;
  readonly rangeLabel: string;
  /** Auto-refresh period of the page; null: off. */
  readonly refreshSeconds: number | null;
  readonly notices: readonly string[];
  readonly status: StatusView;
  /** Instances before filtering. */
  readonly total: number;
  /** After filtering and sorting, at most MAX_ROWS. */
  readonly rows: readonly FleetRow[];
  readonly shown: number;
  readonly matched: number;
}

export interface FleetDeps {
  readonly source: DataSource;
  readonly now: () => number;
  readonly slo: { readonly ttftSeconds: number; readonly itlSeconds: number };
  readonly defaultRange: RangeId;
  readonly refreshSeconds: number | null;
  readonly lastGood: LastGood<FleetRow[]>;
}

/** Rendering more rows than this stops being useful; the filter narrows the rest. */
export const MAX_ROWS = 500;
const SPARK_POINTS = 30;

/** Beyond the columns, what the per-instance health line reads. */
const healthQueries = (slo: FleetDeps["slo"]): SignalQuery[] => [
  valueQ("preemption_rate"), statQ("queue_time", "p95"), valueQ("vram_used"), valueQ("vram_total"),
  sloQ("ttft", slo.ttftSeconds), sloQ("itl", slo.itlSeconds),
];

function perInstance(queries: readonly SignalQuery[], outcomes: readonly Outcome<readonly GroupValue[]>[]): Map<string, Map<string, Answer>> {
  const out = new Map<string, Map<string, Answer>>();
  const at = (instance: string) => {
    let m = out.get(instance);
    if (!m) out.set(instance, (m = new Map()));
    return m;
  };
  queries.forEach((q, i) => {
    const o = outcomes[i]!;
    if (o.kind !== "ok") return;
    for (const g of o.data) if (g.group !== "") at(g.group).set(queryKey(q), { kind: "ok", data: g.value, notes: [] });
  });
  return out;
}

/** What a question answered for every instance when it has no per-instance data (unsupported, failed). */
function whole(queries: readonly SignalQuery[], outcomes: readonly Outcome<readonly GroupValue[]>[]): Map<string, Answer> {
  const m = new Map<string, Answer>();
  queries.forEach((q, i) => {
    const o = outcomes[i]!;
    m.set(queryKey(q), o.kind === "ok" ? { kind: "ok", data: null, notes: [] } : o);
  });
  return m;
}

async function rows(deps: FleetDeps, state: FleetState, nowMs: number): Promise<FleetRow[]> {
  const range = RANGES[state.range];
  const w = range.seconds;
  const queries = uniqueQueries([...FLEET_COLUMNS.map((c) => c.query), ...healthQueries(deps.slo)]);
  const scope = { by: "instance" as const };
  const step = Math.max(1000, Math.round((range.seconds * 1000) / SPARK_POINTS / 1000) * 1000);
  const grid = alignRange({ start: nowMs - range.seconds * 1000, end: nowMs, step });
  const spark = valueQ("generation_tokens_rate");
  const [cur, prev, lines, targets] = await Promise.all([
    deps.source.instant(queries, { scope, windowSeconds: w, atMs: nowMs }),
    deps.source.instant(queries, { scope, windowSeconds: w, atMs: nowMs - w * 1000 }),
    deps.source.range([spark], { scope, grid, windowSeconds: Math.max(60, 2 * step / 1000) }),
    deps.source.targets([]),
  ]);
  const current = perInstance(queries, cur);
  const previous = perInstance(queries, prev);
  const fallback = whole(queries, cur);
  const sparkByInstance = new Map(lines[0]?.kind === "ok" ? lines[0].data.map((l) => [l.group, l.values]) : []);
  const empty = gridTimestamps(grid).map(() => null);
  // Engines that are down have no fresh series: list them from the targets too (same job as the
  // engines that answer; scraped at their own address, so not a relabelled GPU exporter).
  const engineJobs = new Set(targets.targets.filter((t) => current.has(t.instance)).map((t) => t.job));
  const downEngines = targets.targets
    .filter((t) => !t.up && t.address === t.instance && !current.has(t.instance) && (engineJobs.size === 0 || engineJobs.has(t.job)))
    .map((t) => t.instance);
  const instances = [...new Set([...current.keys(), ...downEngines])];
  return instances.map((instance): FleetRow => {
    const answers = new Map([...fallback, ...(current.get(instance) ?? [])]);
    const t = summarizeTargets(targets.targets, [instance]);
    const { health } = insightsFor({ atMs: nowMs, windowSeconds: w, current: answers, previous: previous.get(instance) ?? new Map(), targets: t, slo: deps.slo });
    const cells = Object.fromEntries(FLEET_COLUMNS.map((c) => {
      const a = answers.get(queryKey(c.query));
      const value = a?.kind === "ok" ? a.data : null;
      return [c.id, { value, text: a?.kind === "unsupported" ? "n/a" : formatText(value, c.unit) }];
    })) as FleetRow["cells"];
    return { instance, up: t.up, health, cells, spark: sparkByInstance.get(instance) ?? empty };
  });
}

export async function loadFleet(deps: FleetDeps, state: FleetState, urlNotices: readonly string[]): Promise<FleetView> {
  const nowMs = deps.now();
  const base = {
    generatedAtMs: nowMs, source: { mode: deps.source.mode, description: deps.source.description },
    state, defaultRange: deps.defaultRange, refreshSeconds: deps.refreshSeconds, rangeLabel: RANGES[state.range].label, notices: [...urlNotices],
  };
  let all: FleetRow[];
  let status: StatusView = { kind: "live" };
  try {
    all = await rows(deps, state, nowMs);
    deps.lastGood.set(state.range, nowMs, all);
  } catch (e) {
    if (!isSourceUnavailable(e)) throw e;
    const last = deps.lastGood.get(state.range);
    all = last?.value ?? [];
    status = last ? { kind: "stale", message: e.message, lastGoodAtMs: last.atMs, ageText: ageText(nowMs - last.atMs) } : { kind: "unavailable", message: e.message };
  }
  const matched = sortRows(filterRows(all, state), state.sort, state.dir);
  return { ...base, status, total: all.length, matched: matched.length, shown: Math.min(matched.length, MAX_ROWS), rows: matched.slice(0, MAX_ROWS) };
}
