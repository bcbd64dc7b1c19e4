// The only reader of process.env in apps/web. Parsed once, on first use (not at import, so a build
// without these variables still works); an invalid value fails with the variable's name.
import { ENGINE_FLAVORS } from "@throtl/signals";
import { z } from "zod";
import { RANGE_IDS, REFRESH_IDS } from "./data/url-state-schema.ts";
import { loadTargetList } from "./server/load-runs/target-list.ts";

const hostPort = z.string().regex(/^[A-Za-z0-9.-]+:\d{1,5}$/, "expected host:port, e.g. 127.0.0.1:8000");

/** "a:1, b:2" → ["a:1", "b:2"]; empty entries dropped. */
const hostPortList = z
  .string()
  .transform((s) => s.split(",").map((t) => t.trim()).filter((t) => t !== ""))
  .pipe(z.array(hostPort));

/**
 * DCGM exporters: "host:port" or "host:port=engine-host:port". The engine part becomes the `instance`
 * of the GPU series (as prometheus.yml relabels it) so GPU and engine signals group together; without
 * it the n-th exporter serves the n-th engine of THROTL_TARGETS.
 */
const dcgmList = z
  .string()
  .transform((s) => s.split(",").map((t) => t.trim()).filter((t) => t !== ""))
  .pipe(z.array(z.string().transform((t) => t.split("=")).pipe(z.union([z.tuple([hostPort]), z.tuple([hostPort, hostPort])]))))
  .transform((pairs) => pairs.map(([address, instance]) => ({ address, instance })));

const positive = z.coerce.number().positive().finite();

export const envSchema = z.object({
  /** Set: read from Prometheus. Unset: direct mode, scraping THROTL_TARGETS ourselves. */
  PROMETHEUS_URL: z.url({ protocol: /^https?$/ }).optional(),
  THROTL_TARGETS: hostPortList.default(["127.0.0.1:8000"]),
  THROTL_DCGM_TARGETS: dcgmList.default([]),
  /** Endpoints the load page may drive: "name=http://host:port,..."; unset, each of THROTL_TARGETS. */
  THROTL_LOAD_TARGETS: loadTargetList.optional(),
  THROTL_FLAVOR: z.enum(ENGINE_FLAVORS).default("vllm"),
  THROTL_DEFAULT_RANGE: z.enum(RANGE_IDS).default("1h"),
  THROTL_DEFAULT_REFRESH: z.enum(REFRESH_IDS).default("15s"),
  THROTL_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
  /** SLO thresholds for the attainment tile; defaults sit on vLLM's bucket boundaries. */
  THROTL_SLO_TTFT_SECONDS: positive.default(0.5),
  THROTL_SLO_ITL_SECONDS: positive.default(0.1),
  /** Cost per 1K tokens needs both; unset, the tile says so instead of showing 0. */
  THROTL_GPU_HOURLY_USD: positive.optional(),
  THROTL_GPU_COUNT: z.coerce.number().int().positive().optional(),
  /** Snapshots before and after a config change or restart (needs DATABASE_URL); the window of each. */
  THROTL_AUTO_SNAPSHOT: z.enum(["on", "off"]).default("on"),
  THROTL_AUTO_SNAPSHOT_WINDOW_SECONDS: z.coerce.number().int().min(30).max(86_400).default(300),
  /** Postgres for snapshots, comparisons and settings; unset, those pages say so and live data still works. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, "expected a postgresql:// URL (postgresql://user:password@host:5432/database)")
    .optional(),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  override readonly name = "EnvError";
}

/** Pure: validates a record of variables (tests pass their own). Empty strings count as unset. */
export function parseEnv(source: Readonly<Record<string, string | undefined>>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v.trim() !== ""));
  const result = envSchema.safeParse(cleaned);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  ${i.path.join(".") || "(env)"}: ${i.message}`);
  throw new EnvError(`Invalid environment for the Throtl panel:\n${lines.join("\n")}`);
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** True in Next's Node.js server runtime (not the edge runtime, not the build). */
export function isNodeServer(): boolean {
  return process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build";
}
