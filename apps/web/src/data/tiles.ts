// KPI tiles from the current and previous window's answers. A signal the backend does not export
// says so; a signal with no data shows "—": neither ever shows 0.
import { SIGNALS, type Better, type Unit } from "@throtl/signals";
import { type Answer, type Answers, MISSING, valueOf } from "./answer.ts";
import { type Formatted, formatText, formatValue, NO_VALUE } from "./format.ts";
import { queryKey, sloQ, statQ, valueQ } from "./queries.ts";
import { HEADLINE_STAT, LATENCY_PARTS, type TileSpec, tileId } from "./tile-specs.ts";
import { type TrendView, trendOf } from "./trend.ts";

export type TileStatus = "ok" | "no-data" | "unsupported" | "error";

export interface TilePart {
  readonly label: string;
  readonly text: string;
}

export interface TileView {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly status: TileStatus;
  /** Why there is no number (unsupported, error); absent when there is one. */
  readonly reason?: string;
  readonly primary: Formatted;
  readonly parts: readonly TilePart[];
  readonly trend: TrendView;
  readonly notes: readonly string[];
}

export interface TileInputs {
  readonly current: Answers;
  readonly previous: Answers;
  /** "1 hour": the window both values cover. */
  readonly windowLabel: string;
}

const NO_TREND: TrendView = { direction: "none", tone: "neutral", label: "" };

function statusOf(a: Answer): { status: TileStatus; reason?: string } {
  if (a.kind === "unsupported") return { status: "unsupported", reason: a.reason };
  if (a.kind === "error") return { status: "error", reason: a.message };
  return a.data === null || Number.isNaN(a.data) ? { status: "no-data" } : { status: "ok" };
}

const notesOf = (...answers: Answer[]) => [...new Set(answers.flatMap((a) => (a.kind === "ok" ? a.notes : [])))];

function single(id: string, title: string, description: string, unit: Unit, better: Better, cur: Answer, prev: Answer | undefined, windowLabel: string, parts: TilePart[] = []): TileView {
  const { status, reason } = statusOf(cur);
  const primary = status === "ok" ? formatValue(valueOf(cur), unit) : NO_VALUE;
  const trend = status === "ok" ? trendOf(valueOf(cur), valueOf(prev), better, windowLabel) : NO_TREND;
  return { id, title, description, status, ...(reason ? { reason } : {}), primary, parts, trend, notes: notesOf(cur) };
}

export function buildTile(spec: TileSpec, inputs: TileInputs): TileView {
  const cur = (key: string) => inputs.current.get(key) ?? MISSING;
  const prev = (key: string) => inputs.previous.get(key);
  switch (spec.kind) {
    case "value": {
      const def = SIGNALS[spec.signal];
      const key = queryKey(valueQ(spec.signal));
      return single(def.id, def.title, def.description, def.unit, def.better, cur(key), prev(key), inputs.windowLabel);
    }
    case "latency": {
      const def = SIGNALS[spec.signal];
      const head = queryKey(statQ(spec.signal, HEADLINE_STAT));
      const parts = LATENCY_PARTS.map((s) => ({ label: s, text: formatText(valueOf(cur(queryKey(statQ(spec.signal, s)))), def.unit) }));
      const tile = single(def.id, `${def.title} ${HEADLINE_STAT}`, def.description, def.unit, def.better, cur(head), prev(head), inputs.windowLabel, parts);
      return { ...tile, notes: notesOf(...LATENCY_PARTS.map((s) => cur(queryKey(statQ(spec.signal, s))))) };
    }
    case "pair": {
      const def = SIGNALS[spec.signal];
      const total = valueOf(cur(queryKey(valueQ(spec.of))));
      const parts = total === null ? [] : [{ label: "of", text: formatText(total, SIGNALS[spec.of].unit) }];
      const key = queryKey(valueQ(spec.signal));
      return single(def.id, def.title, def.description, def.unit, def.better, cur(key), prev(key), inputs.windowLabel, parts);
    }
    case "slo": {
      const ttft = queryKey(sloQ("ttft", spec.ttftSeconds));
      const itl = queryKey(sloQ("itl", spec.itlSeconds));
      const parts = [
        { label: `TTFT ≤ ${formatText(spec.ttftSeconds, "seconds")}`, text: formatText(valueOf(cur(ttft)), "ratio") },
        { label: `ITL ≤ ${formatText(spec.itlSeconds, "seconds")}`, text: formatText(valueOf(cur(itl)), "ratio") },
      ];
      const description = "Share of requests whose time to first token is within the SLO (inter-token latency alongside).";
      const tile = single(tileId(spec), "SLO attainment (TTFT)", description, "ratio", "higher", cur(ttft), prev(ttft), inputs.windowLabel, parts);
      return { ...tile, notes: notesOf(cur(ttft), cur(itl)) };
    }
  }
}

export function buildTiles(specs: readonly TileSpec[], inputs: TileInputs): TileView[] {
  return specs.map((s) => buildTile(s, inputs));
}
