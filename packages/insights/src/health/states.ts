/** Health states, most severe first: the health line shows the first that holds. */
export const HEALTH_STATES = [
  "backend_down", "no_data", "errors", "kv_cache_pressure", "preempting", "latency_slo_breach",
  "queue_building", "memory_bound", "gpu_underutilized", "no_traffic", "healthy",
] as const;
export type HealthState = (typeof HEALTH_STATES)[number];

export type HealthSeverity = "critical" | "warning" | "info" | "ok";

export const HEALTH_STATE_INFO: Readonly<Record<HealthState, { readonly title: string; readonly severity: HealthSeverity }>> = {
  backend_down: { title: "BACKEND DOWN", severity: "critical" },
  no_data: { title: "NO DATA", severity: "critical" },
  errors: { title: "ERRORS", severity: "critical" },
  kv_cache_pressure: { title: "KV CACHE PRESSURE", severity: "warning" },
  preempting: { title: "PREEMPTING", severity: "warning" },
  latency_slo_breach: { title: "LATENCY SLO BREACH", severity: "warning" },
  queue_building: { title: "QUEUE BUILDING", severity: "warning" },
  memory_bound: { title: "MEMORY BOUND", severity: "info" },
  gpu_underutilized: { title: "GPU UNDERUTILIZED", severity: "info" },
  no_traffic: { title: "NO TRAFFIC", severity: "info" },
  healthy: { title: "HEALTHY", severity: "ok" },
};
