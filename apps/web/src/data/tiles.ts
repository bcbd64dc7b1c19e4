// KPI tiles from the current and previous window's answers. A signal the backend does not export
// says so; a signal with no data shows "—": neither ever shows 0.
import { SIGNALS, type SignalId, type Unit } from "@throtl/signals";
import { type Answer, type Answers, MISSING, valueOf } from "./answer.ts";
import { type Formatted, formatText, formatValue, NO_VALUE } from "./format.ts";
import { queryKey, sloQ, statQ, valueQ } from "./queries.ts";
import { HEADLINE_STAT, LATENCY_PARTS, type TileSpec, tileId } from "./tile-specs.ts";
import { attainmentTrend, signalTrend, type TrendView } from "./trend.ts";

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

interface TileText {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly unit: Unit;
}

function tile(text: TileText, headline: Answer, trend: () => TrendView, parts: TilePart[], notes: string[]): TileView {
  const { status, reason } = statusOf(headline);
  const primary = status === "ok" ? formatValue(valueOf(headline), text.unit) : NO_VALUE;
  return { ...text, status, ...(reason ? { reason } : {}), primary, parts, trend: status === "ok" ? trend() : NO_TREND, notes };
}

const textOf = (signal: SignalId, title = SIGNALS[signal].title): TileText => {
  const def = SIGNALS[signal];
  return { id: def.id, title, description: def.description, unit: def.unit };
};

export function buildTile(spec: TileSpec, inputs: TileInputs): TileView {
  const cur = (key: string) => inputs.current.get(key) ?? MISSING;
  const prev = (key: string) => inputs.previous.get(key);
  const w = inputs.windowLabel;
  switch (spec.kind) {
    case "value": {
      const key = queryKey(valueQ(spec.signal));
      return tile(textOf(spec.signal), cur(key), () => signalTrend(spec.signal, cur(key), prev(key), w), [], notesOf(cur(key)));
    }
    case "latency": {
      const keys = LATENCY_PARTS.map((s) => queryKey(statQ(spec.signal, s)));
      const head = queryKey(statQ(spec.signal, HEADLINE_STAT));
      const unit = SIGNALS[spec.signal].unit;
      const parts = LATENCY_PARTS.map((s, i) => ({ label: s, text: formatText(valueOf(cur(keys[i]!)), unit) }));
      const text = textOf(spec.signal, `${SIGNALS[spec.signal].title} ${HEADLINE_STAT}`);
      return tile(text, cur(head), () => signalTrend(spec.signal, cur(head), prev(head), w), parts, notesOf(...keys.map(cur)));
    }
    case "pair": {
      const key = queryKey(valueQ(spec.signal));
      const total = valueOf(cur(queryKey(valueQ(spec.of))));
      const parts = total === null ? [] : [{ label: "of", text: formatText(total, SIGNALS[spec.of].unit) }];
      return tile(textOf(spec.signal), cur(key), () => signalTrend(spec.signal, cur(key), prev(key), w), parts, notesOf(cur(key)));
    }
    case "slo": {
      const ttft = queryKey(sloQ("ttft", spec.ttftSeconds));
      const itl = queryKey(sloQ("itl", spec.itlSeconds));
      const parts = [
        { label: `TTFT ≤ ${formatText(spec.ttftSeconds, "seconds")}`, text: formatText(valueOf(cur(ttft)), "ratio") },
        { label: `ITL ≤ ${formatText(spec.itlSeconds, "seconds")}`, text: formatText(valueOf(cur(itl)), "ratio") },
      ];
      const text: TileText = {
        id: tileId(spec), title: "SLO attainment (TTFT)", unit: "ratio",
        description: "Share of requests whose time to first token is within the SLO target (inter-token latency alongside).",
      };
      return tile(text, cur(ttft), () => attainmentTrend(cur(ttft), prev(ttft), w), parts, notesOf(cur(ttft), cur(itl)));
    }
  }
}

export function buildTiles(specs: readonly TileSpec[], inputs: TileInputs): TileView[] {
  return specs.map((s) => buildTile(s, inputs));
}
