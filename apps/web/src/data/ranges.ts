// How each range picker choice is queried. Steps give ~60–120 points per chart; the chart rate window
// is at least 4 steps or 1 minute (Grafana's $__rate_interval idea: wide enough for two scrapes at 15 s).
import type { RangeId } from "./url-state-schema.ts";

export interface RangeSpec {
  readonly id: RangeId;
  readonly label: string;
  readonly seconds: number;
  /** Chart grid step, in ms. */
  readonly stepMs: number;
  /** Rate window of each chart point, in seconds. */
  readonly chartWindowSeconds: number;
}

const spec = (id: RangeId, label: string, seconds: number, stepSeconds: number): RangeSpec => ({
  id, label, seconds, stepMs: stepSeconds * 1000, chartWindowSeconds: Math.max(60, 4 * stepSeconds),
});

export const RANGES: Readonly<Record<RangeId, RangeSpec>> = {
  "5m": spec("5m", "5 minutes", 300, 5),
  "15m": spec("15m", "15 minutes", 900, 15),
  "1h": spec("1h", "1 hour", 3600, 30),
  "6h": spec("6h", "6 hours", 21_600, 180),
  "24h": spec("24h", "24 hours", 86_400, 720),
};

/** A window in seconds as a PromQL-style duration ("1h", "5m", "90s"): the catalog's window format. */
export function toDuration(seconds: number): string {
  if (!Number.isInteger(seconds) || seconds <= 0) throw new RangeError(`window must be a positive whole number of seconds, got ${seconds}`);
  if (seconds % 3600 === 0) return `${seconds / 3600}h`;
  if (seconds % 60 === 0) return `${seconds / 60}m`;
  return `${seconds}s`;
}
