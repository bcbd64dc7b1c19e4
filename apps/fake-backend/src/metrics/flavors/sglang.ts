import type { RequestInput, RequestRecord, RequestView, StepStats } from "@throtl/simulator";
import { Registry, counterSeries, gaugeSeries, histogramSeries, type CounterFamily } from "../core/family.ts";
import { modelLoadSeconds } from "../core/host.ts";
import { renderPython } from "../core/render-python.ts";
import { RequestClock } from "../core/request-clock.ts";
import { requestPhases } from "../core/request-phases.ts";
import type { CounterSeries, HistogramSeries } from "../core/series.ts";
import type { FlavorMetrics, MetricsContext } from "../types.ts";
import { SGLANG_E2E_BUCKETS, SGLANG_ITL_BUCKETS, SGLANG_QUEUE_BUCKETS, SGLANG_TTFT_BUCKETS, SCHEDULER_GAUGES } from "./sglang-families.ts";

/** The scheduler logs decode stats (gen_throughput) every --decode-log-interval steps. */
const DECODE_LOG_INTERVAL = 40;

/** What one scheduler (DP rank) last logged. */
interface RankState {
  generated: number; generatedAtLog: number; lastLog: number; decodeSteps: number; throughput: number;
  pendingQueried: number; pendingHits: number; hitRate: number; retracted: number; cudaGraph: number;
}

/**
 * SGLang (srt/metrics/collector.py), prometheus_client multiprocess mode. Labels: `model_name` only, as in
 * docs/references/production_metrics.md, plus `dp_rank` on scheduler series with data parallelism so
 * ranks don't overwrite each other (newer servers add engine_type/tp_rank). Tokenizer counters move at request end.
 */
export class SglangMetrics implements FlavorMetrics {
  readonly flavor = "sglang" as const;
  private readonly registry = new Registry();
  private readonly clock = new RequestClock();
  private readonly ranks: RankState[];
  private readonly queueTime: HistogramSeries[];
  private readonly t: Record<"prompt" | "generation" | "requests" | "aborted", CounterSeries>;
  private readonly cachedFamily: CounterFamily;
  private cachedTokens: CounterSeries | undefined;
  private readonly h: Record<"ttft" | "itl" | "e2e", HistogramSeries>;

  constructor(private readonly ctx: MetricsContext) {
    const reg = this.registry;
    const cfg = ctx.config;
    const model = cfg.servedModelName;
    const engines = ctx.cluster.engines;
    const dp = engines.length > 1;
    const S = dp ? ["model_name", "dp_rank"] : ["model_name"];
    const sv = (e: number) => (dp ? [model, String(e)] : [model]);
    this.ranks = engines.map(() => ({
      generated: 0, generatedAtLog: 0, lastLog: 0, decodeSteps: 0, throughput: 0, pendingQueried: 0, pendingHits: 0, hitRate: 0, retracted: 0, cudaGraph: 0,
    }));
    const load = modelLoadSeconds(cfg);
    const readers: Record<string, (e: number) => number> = {
      "sglang:num_running_reqs": (e) => engines[e]!.numRunning,
      "sglang:num_used_tokens": (e) => engines[e]!.kv.usedBlocks * cfg.blockSize,
      "sglang:token_usage": (e) => engines[e]!.kvUsage,
      "sglang:gen_throughput": (e) => this.ranks[e]!.throughput,
      "sglang:num_queue_reqs": (e) => engines[e]!.numWaiting,
      "sglang:cache_hit_rate": (e) => this.ranks[e]!.hitRate,
      "sglang:num_retracted_reqs": (e) => this.ranks[e]!.retracted,
      "sglang:engine_startup_time": () => load.total,
      "sglang:engine_load_weights_time": () => load.weights,
      "sglang:is_cuda_graph": (e) => this.ranks[e]!.cudaGraph,
    };
    for (const [name, help] of SCHEDULER_GAUGES) {
      const f = reg.gauge(name, help, S);
      const read = readers[name];
      engines.forEach((_, e) => { gaugeSeries(f, sv(e), read ? () => read(e) : () => 0).touched = true; });
    }
    const qf = reg.histogram("sglang:queue_time_seconds", "Histogram of queueing time in seconds.", S, SGLANG_QUEUE_BUCKETS);
    this.queueTime = engines.map((_, e) => histogramSeries(qf, sv(e)));
    const T = ["model_name"];
    const counter = (name: string, help: string) => counterSeries(reg.counter(name, help, T), [model]);
    this.t = {
      prompt: counter("sglang:prompt_tokens", "Number of prefill tokens processed."),
      generation: counter("sglang:generation_tokens", "Number of generation tokens processed."),
      requests: counter("sglang:num_requests", "Number of requests processed."),
      aborted: counter("sglang:num_aborted_requests", "Number of requests aborted."),
    };
    this.cachedFamily = reg.counter("sglang:cached_tokens", "Number of cached prompt tokens.", T);
    const hist = (name: string, help: string, bounds: readonly number[]) => histogramSeries(reg.histogram(name, help, T, bounds), [model]);
    this.h = {
      ttft: hist("sglang:time_to_first_token_seconds", "Histogram of time to first token in seconds.", SGLANG_TTFT_BUCKETS),
      itl: hist("sglang:inter_token_latency_seconds", "Histogram of inter-token latency in seconds.", SGLANG_ITL_BUCKETS),
      e2e: hist("sglang:e2e_request_latency_seconds", "Histogram of End-to-end request latency in seconds", SGLANG_E2E_BUCKETS),
    };
  }

  onArrival(_input: RequestInput, _engine: number): void {}
  onRejected(_kind: "validation" | "too_long"): void {}

  onToken(req: RequestView, t: number): void {
    this.ranks[req.engine]!.generated++;
    const gap = this.clock.tick(req, t);
    if (gap >= 0) this.h.itl.observe(gap);
    else this.h.ttft.observe(t - req.input.arrival);
  }

  onPrefixCacheQuery(engine: number, queried: number, hits: number): void {
    const r = this.ranks[engine]!;
    r.pendingQueried += queried;
    r.pendingHits += hits;
  }

  onStep(s: StepStats): void {
    const r = this.ranks[s.engine]!;
    const end = s.start + s.duration;
    r.cudaGraph = s.numPrefillTokens > 0 ? 0 : 1;
    if (s.numPreempted > 0) r.retracted = s.numPreempted;
    if (s.numPrefillTokens > 0 && r.pendingQueried > 0) {
      // log_prefill_stats: hits over hits + new tokens of the batch just admitted.
      r.hitRate = r.pendingHits / r.pendingQueried;
      r.pendingQueried = 0;
      r.pendingHits = 0;
    }
    if (s.numPrefillTokens === 0 && ++r.decodeSteps % DECODE_LOG_INTERVAL === 0) {
      r.throughput = end > r.lastLog ? (r.generated - r.generatedAtLog) / (end - r.lastLog) : 0;
      r.generatedAtLog = r.generated;
      r.lastLog = end;
    }
  }

  onFinish(r: RequestRecord): void {
    this.queueTime[r.engine]!.observe(requestPhases(r).queue);
    if (r.finishReason === "abort") {
      this.t.aborted.inc();
      return;
    }
    this.t.prompt.inc(r.promptTokens);
    this.t.generation.inc(r.outputTokens);
    if (r.cachedTokens > 0) (this.cachedTokens ??= counterSeries(this.cachedFamily, [this.ctx.config.servedModelName])).inc(r.cachedTokens);
    this.t.requests.inc();
    this.h.e2e.observe(requestPhases(r).e2e);
  }

  render(_now: number): string {
    return renderPython(this.registry.families, { multiprocess: true });
  }
}
