import type { RequestResult } from "../run/result.ts";
import { tpotOf } from "./gaps.ts";

export const CSV_COLUMNS = [
  "index", "scheduled_s", "sent_s", "lateness_ms", "status", "error_kind", "error", "ttft_ms", "tpot_ms", "itl_max_ms", "e2e_ms",
  "prompt_tokens", "output_tokens", "usage_reported", "chunks", "tx_bytes", "rx_bytes", "finish_reason", "response_id", "itl_ms",
] as const;

const ms = (s: number) => (Number.isNaN(s) ? "" : (s * 1000).toFixed(3));
const sec = (s: number) => (Number.isNaN(s) ? "" : s.toFixed(6));

/** RFC 4180: quote a field holding a comma, quote or line break; double the quotes inside. */
function field(v: string | number | boolean | undefined): string {
  const s = v === undefined ? "" : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** Every gap between text chunks, in ms, space-separated: the request's whole inter-token record. */
function gaps(t: readonly number[]): string {
  const out: string[] = [];
  for (let i = 1; i < t.length; i++) out.push(((t[i]! - t[i - 1]!) * 1000).toFixed(3));
  return out.join(" ");
}

function maxGap(t: readonly number[]): number {
  let m = Number.NaN;
  for (let i = 1; i < t.length; i++) if (!(t[i]! - t[i - 1]! <= m)) m = t[i]! - t[i - 1]!;
  return m;
}

/** One line per request, in plan order, with a header; empty cells where a value does not exist. */
export function resultsCsv(results: readonly RequestResult[]): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const r of results) {
    lines.push([
      r.index, sec(r.scheduled), sec(r.sent), ms(r.sent - r.scheduled), r.status, r.error?.kind, r.error?.message,
      ms(r.ttft), ms(tpotOf(r)), ms(maxGap(r.tokenTimes)), ms(r.e2e), r.promptTokens, r.outputTokens, r.usageReported,
      r.tokenTimes.length, r.txBytes, r.rxBytes, r.finishReason, r.responseId, gaps(r.tokenTimes),
    ].map(field).join(","));
  }
  return `${lines.join("\n")}\n`;
}
