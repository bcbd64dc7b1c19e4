// The fleet table's numeric columns: which question each asks per instance.
import type { SignalQuery, Unit } from "@throtl/signals";
import { statQ, valueQ } from "./queries.ts";

export interface FleetColumn {
  readonly id: FleetColumnId;
  readonly label: string;
  readonly unit: Unit;
  readonly query: SignalQuery;
}

export const FLEET_COLUMN_IDS = ["request_rate", "generation_tokens_rate", "running", "waiting", "kv_cache_usage", "ttft_p95", "itl_p95", "gpu_util", "error_rate"] as const;
export type FleetColumnId = (typeof FLEET_COLUMN_IDS)[number];

export const FLEET_COLUMNS: readonly FleetColumn[] = [
  { id: "request_rate", label: "Req/s", unit: "req/s", query: valueQ("request_rate") },
  { id: "generation_tokens_rate", label: "Gen tok/s", unit: "tok/s", query: valueQ("generation_tokens_rate") },
  { id: "running", label: "Running", unit: "count", query: valueQ("running") },
  { id: "waiting", label: "Waiting", unit: "count", query: valueQ("waiting") },
  { id: "kv_cache_usage", label: "KV", unit: "ratio", query: valueQ("kv_cache_usage") },
  { id: "ttft_p95", label: "TTFT p95", unit: "seconds", query: statQ("ttft", "p95") },
  { id: "itl_p95", label: "ITL p95", unit: "seconds", query: statQ("itl", "p95") },
  { id: "gpu_util", label: "GPU", unit: "ratio", query: valueQ("gpu_util") },
  { id: "error_rate", label: "Errors", unit: "ratio", query: valueQ("error_rate") },
];
