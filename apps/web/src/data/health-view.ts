// The health line and recommendation rows from @throtl/insights' verdicts.
import { HEALTH_STATE_INFO, type Health, type HintValue, type Recommendation } from "@throtl/insights";
import type { HealthTone, HealthView, RecommendationView } from "./insights-view.ts";

const TONE: Record<Health["severity"], HealthTone> = { critical: "bad", warning: "warn", info: "unknown", ok: "good" };

export function healthView(h: Health): HealthView {
  const also = h.also.map((s) => HEALTH_STATE_INFO[s].title.toLowerCase());
  return { state: h.title, tone: TONE[h.severity], reason: also.length === 0 ? h.reason : `${h.reason} Also: ${also.join(", ")}.` };
}

function hintText(v: HintValue | null, missing: string): string {
  if (v === null) return missing;
  if (typeof v === "boolean") return v ? "on" : "off";
  return String(v);
}

export function recommendationView(r: Recommendation): RecommendationView {
  return {
    id: r.id, severity: r.severity, title: r.title, flag: r.hint.flag,
    current: hintText(r.hint.current, "unknown"), suggested: hintText(r.hint.suggested, "—"),
    effect: r.hint.effect, risk: r.hint.risk,
  };
}
