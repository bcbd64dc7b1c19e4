// The health line and recommendation rows from @throtl/insights' verdicts.
import { HEALTH_STATE_INFO, type Health } from "@throtl/insights";
import type { HealthTone, HealthView } from "./insights-view.ts";

const TONE: Record<Health["severity"], HealthTone> = { critical: "bad", warning: "warn", info: "unknown", ok: "good" };

export function healthView(h: Health): HealthView {
  const also = h.also.map((s) => HEALTH_STATE_INFO[s].title.toLowerCase());
  return { state: h.title, tone: TONE[h.severity], reason: also.length === 0 ? h.reason : `${h.reason} Also: ${also.join(", ")}.` };
}
