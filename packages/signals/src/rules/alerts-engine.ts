import { AT, alertRule, ms, num, pct } from "./alert.ts";
import { R } from "./records.ts";
import type { AlertThresholds } from "./thresholds.ts";
import type { AlertingRule } from "./types.ts";

/** The Prometheus job of the inference server (prometheus.yml uses the same name). */
export const ENGINE_JOB = "throtl-engine";

/** Latency, queue and KV-cache alerts per instance and model, read from the recording rules. */
export function engineAlerts(t: AlertThresholds): AlertingRule[] {
  const ttft = (severity: "warning" | "critical", seconds: number) => alertRule({
    alert: "ThrotlTTFTHigh", severity, expr: `${R.ttftP95} > ${num(seconds)}`,
    for: "5m", // p95 over 5 min, held 5 min: a burst alone does not page
    summary: `TTFT p95 is {{ $value | humanizeDuration }} on ${AT}`,
    description: `p95 time to first token over 5 min has stayed above ${ms(seconds)} for 5 min. TTFT includes the queue: check waiting requests and KV-cache use first.`,
    runbook: "Look at --max-num-batched-tokens (the per-step prefill budget) and, when requests wait while KV use is low, --max-num-seqs.",
  });
  return [
    ttft("warning", t.ttftP95Seconds.warning),
    ttft("critical", t.ttftP95Seconds.critical),
    alertRule({
      alert: "ThrotlITLHigh", severity: "warning", expr: `${R.itlP95} > ${num(t.itlP95Seconds)}`, for: "5m",
      summary: `ITL p95 is {{ $value | humanizeDuration }} on ${AT}`,
      description: `p95 gap between output tokens over 5 min has stayed above ${ms(t.itlP95Seconds)} for 5 min: streaming stutters.`,
      runbook: "Look at --max-num-batched-tokens: long prefill chunks share steps with decoding; lower it, or lower --max-num-seqs to shrink the decode batch.",
    }),
    alertRule({
      alert: "ThrotlKVCachePressure", severity: "warning", expr: `${R.kvCache} > ${num(t.kvCacheUsage)}`, for: "5m",
      summary: `KV cache {{ $value | humanizePercentage }} full on ${AT}`,
      description: `KV-cache use has stayed above ${pct(t.kvCacheUsage)} for 5 min: new sequences wait and the next burst preempts.`,
      runbook: "Look at --gpu-memory-utilization (more memory for KV blocks), then --max-model-len (shorter contexts) and --enable-prefix-caching (shared prompts stored once).",
    }),
    alertRule({
      alert: "ThrotlQueueBuilding", severity: "warning", expr: `${R.waiting} > ${num(t.queueWaiting)}`, for: "5m",
      summary: `{{ $value | humanize }} requests waiting on ${AT}`,
      description: `More than ${num(t.queueWaiting)} requests have waited for 5 min: the server admits requests slower than they arrive.`,
      runbook: `Look at --max-num-seqs: with KV use well under ${pct(t.kvCacheUsage)} the sequence limit holds requests back, raise it; with the KV cache full see --gpu-memory-utilization or add replicas.`,
    }),
    alertRule({
      alert: "ThrotlPreemptionSustained", severity: "warning", expr: `${R.preemptions} > ${num(t.preemptionsPerSecond)}`,
      for: "10m", // preemptions come in bursts under load spikes; ten minutes of them is a sizing problem
      summary: `{{ $value | printf "%.2f" }} preemptions/s on ${AT}`,
      description: `Preemptions have stayed above ${num(t.preemptionsPerSecond)}/s for 10 min: sequences are evicted from the KV cache and recomputed, wasting GPU time.`,
      runbook: "Look at --gpu-memory-utilization (a larger KV cache), or lower --max-num-seqs so fewer sequences compete for blocks.",
    }),
    alertRule({
      alert: "ThrotlBackendDown", severity: "critical", expr: `up{job="${ENGINE_JOB}"} == 0`,
      for: "1m", // twelve failed scrapes at 5 s: not a single slow response
      summary: "Inference server {{ $labels.instance }} is down",
      description: `Prometheus has failed to scrape job ${ENGINE_JOB} for 1 min: the server is down, restarting, or not answering /metrics.`,
      runbook: "Check the engine log: a start-up that fails usually means --max-model-len does not fit the KV cache that --gpu-memory-utilization leaves.",
    }),
  ];
}
