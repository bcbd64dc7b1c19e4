import type { Cluster, EngineObserver, RequestInput, ResolvedEngineConfig } from "@throtl/simulator";
import type { Flavor } from "../flavors.ts";

/** Everything a flavor's exposition needs besides the event stream. */
export interface MetricsContext {
  readonly config: ResolvedEngineConfig;
  /** Live engines, read at scrape time for gauges (running, waiting, KV use, block counts). */
  readonly cluster: Cluster;
  /** Wall-clock epoch seconds at virtual time 0, for `_created` series and timestamps. */
  readonly startEpochSeconds: number;
  /** Triton's model name (its repository folder); default "vllm_model" or "tensorrt_llm" by flavor. */
  readonly tritonModelName?: string;
  /**
   * One UUID per GPU (engine e drives GPUs e*tp .. e*tp+tp-1), for Triton's `gpu_uuid` label. Pass the
   * DCGM exporter's UUIDs so both join; default: stable made-up UUIDs.
   */
  readonly gpuUuids?: readonly string[];
}

/**
 * One backend's /metrics, fed by the simulation's events. The driver calls the EngineObserver hooks at
 * the (real) moment the simulated event happens; `render` is called per scrape.
 */
export interface FlavorMetrics extends EngineObserver {
  readonly flavor: Flavor;
  /** A request reached the server and was queued on `engine`. */
  onArrival(input: RequestInput, engine: number): void;
  /** A request was refused before queueing (HTTP 400): counted where the backend counts failures. */
  onRejected(kind: "validation" | "too_long"): void;
  /** The exposition text at virtual time `now` (seconds since start). */
  render(now: number): string;
}

export const PROMETHEUS_TEXT_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
