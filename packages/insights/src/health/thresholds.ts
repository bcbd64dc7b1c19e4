/**
 * The health line's thresholds (docs/health.md lists them with the same reasons). Rules reuse the KV,
 * preemption, error, queue and idle ones so the health line and the recommendations never disagree.
 */
export interface HealthThresholds {
  /** Data older than this is stale: NO DATA. */
  readonly staleAfterSeconds: number;
  /** Error share above this: ERRORS (unless the user's availability SLO sets a budget). */
  readonly errorRate: number;
  /** KV-cache use above this: KV CACHE PRESSURE. */
  readonly kvCacheUsage: number;
  /** Preemptions per second above this, averaged over the window: PREEMPTING. */
  readonly preemptionRate: number;
  /** Waiting requests at or above this count as a queue. */
  readonly waitingMin: number;
  /** The queue grows when it rose by at least this many requests ... */
  readonly waitingGrowthAbs: number;
  /** ... and by at least this share of the previous window's queue. */
  readonly waitingGrowthRel: number;
  /** Or, growing or not, when queue time p95 reaches this: QUEUE BUILDING. */
  readonly queueTimeP95Seconds: number;
  /** VRAM used / total above this, with GPU util under `memoryBoundGpuUtil`: MEMORY BOUND. */
  readonly vramUsedShare: number;
  readonly memoryBoundGpuUtil: number;
  /** MEMORY BOUND also needs KV use at least this where the backend reports it (see below). */
  readonly memoryBoundKvUsage: number;
  /** GPU util below this while serving traffic: GPU UNDERUTILIZED. */
  readonly underutilizedGpuUtil: number;
  /** Requests per second below this: NO TRAFFIC. */
  readonly idleRequestRate: number;
}

export const DEFAULT_HEALTH_THRESHOLDS: HealthThresholds = {
  // Four missed scrapes at Prometheus' usual 15 s: beyond jitter, the panel would show the past.
  staleAfterSeconds: 60,
  // Client disconnects (aborts count as errors) stay well under 2 % in steady traffic; above, something fails.
  errorRate: 0.02,
  // vLLM preempts when a running request cannot get a block; above 90 % a burst of long prompts will.
  kvCacheUsage: 0.9,
  // One recompute every 10 s on average: each one throws away a prefill, so this is already waste.
  preemptionRate: 0.1,
  // A window-averaged waiting gauge of 1 means a request was always queued.
  waitingMin: 1,
  // One more request on average than the window before: more than rounding of a gauge average.
  waitingGrowthAbs: 1,
  // 10 %: a long queue wobbles by a few requests without growing.
  waitingGrowthRel: 0.1,
  // One second in the queue is a visible TTFT cost on chat workloads, whether or not it still grows.
  queueTimeP95Seconds: 1,
  // vLLM preallocates VRAM to --gpu-memory-utilization (0.9 by default), so above 90 % memory is spoken for.
  vramUsedShare: 0.9,
  // Under half busy while memory is full: memory, not compute, limits the batch.
  memoryBoundGpuUtil: 0.5,
  // VRAM alone is full on every vLLM server; KV use of 70 % shows the preallocation is actually in use.
  memoryBoundKvUsage: 0.7,
  // Under 30 % busy while serving: a smaller GPU or fewer replicas would carry this load.
  underutilizedGpuUtil: 0.3,
  // Fewer than one request per 100 s: nobody is using this server.
  idleRequestRate: 0.01,
};
