import type { RequestRecord, RequestView, StepStats } from "@throtl/simulator";
import { clusterState } from "../core/cluster-state.ts";
import { Registry, counterSeries, gaugeSeries, histogramSeries, type CounterFamily } from "../core/family.ts";
import { renderPython } from "../core/render-python.ts";
import { RequestClock } from "../core/request-clock.ts";
import { requestPhases } from "../core/request-phases.ts";
import type { CounterSeries, HistogramSeries } from "../core/series.ts";
import type { FlavorMetrics, MetricsContext } from "../types.ts";
import { v0CacheConfigLabels } from "./cache-config-info.ts";
import {
  PARAMS_N_BUCKETS, V0_REQUEST_LATENCY_BUCKETS, V0_TPOT_BUCKETS, V0_TTFT_BUCKETS, build125Buckets, v0CudagraphBuckets,
} from "./vllm-buckets.ts";

/** V0's frontend logs stats every 10 s while idle (MQLLMEngine POLLING_TIMEOUT_MS). */
const IDLE_LOG_SECONDS = 10;

/**
 * vLLM V0 0.6.4-0.7.x (vllm/engine/metrics.py) in prometheus_client multiprocess mode, families in the
 * aibrix scrape's order (gauges, counters, histograms by first write). V0 had one engine per server,
 * so data-parallel engines are summed into its single model_name series.
 */
export class VllmLegacyMetrics implements FlavorMetrics {
  readonly flavor = "vllm-legacy" as const;
  private readonly registry = new Registry();
  private readonly clock = new RequestClock();
  private readonly success: CounterFamily;
  private readonly byReason = new Map<string, CounterSeries>();
  private readonly c: Record<"preemptions" | "prompt" | "generation", CounterSeries>;
  private readonly h: Record<"iteration" | "ttft" | "tpot" | "e2e" | "queue" | "inference" | "prefill" | "decode" | "inQueue" | "prompt" | "generation" | "n" | "maxGen" | "maxTokens", HistogramSeries>;
  private hitBlocks = 0;
  private queriedBlocks = 0;
  private lastStepEnd = 0;
  /** Scrape time, for the idle-log clock of lora_requests_info. */
  private now = 0;

  constructor(private readonly ctx: MetricsContext) {
    const reg = this.registry;
    const cfg = ctx.config;
    const L = ["model_name"];
    const lv = [cfg.servedModelName];
    const cluster = ctx.cluster;
    const [infoNames, infoValues] = v0CacheConfigLabels(cfg);
    gaugeSeries(reg.gauge("vllm:cache_config_info", "Information of the LLMEngine CacheConfig", infoNames), infoValues).set(1);
    const gauge = (name: string, help: string, read: () => number) => { gaugeSeries(reg.gauge(name, help, L), lv, read).touched = true; };
    gauge("vllm:num_requests_running", "Number of requests currently running on GPU.", () => clusterState.running(cluster));
    gauge("vllm:num_requests_swapped", "Number of requests swapped to CPU.", () => 0);
    gauge("vllm:num_requests_waiting", "Number of requests waiting to be processed.", () => clusterState.waiting(cluster));
    gauge("vllm:gpu_cache_usage_perc", "GPU KV-cache usage. 1 means 100 percent usage.", () => clusterState.kvUsage(cluster));
    gauge("vllm:cpu_cache_usage_perc", "CPU KV-cache usage. 1 means 100 percent usage.", () => 0);
    // V0 returns -1 without prefix caching; the CPU pool caches too but never sees a query here.
    gauge("vllm:cpu_prefix_cache_hit_rate", "CPU prefix cache block hit rate.", () => (cfg.enablePrefixCaching ? 0 : -1));
    gauge("vllm:gpu_prefix_cache_hit_rate", "GPU prefix cache block hit rate.", () => this.gpuHitRate());
    const lora = reg.gauge("vllm:lora_requests_info", "Running stats on lora requests.", ["running_lora_adapters", "max_lora", "waiting_lora_adapters"]);
    gaugeSeries(lora, ["", "0", ""], () => ctx.startEpochSeconds + this.lastLogTime()).touched = true;
    const counter = (name: string, help: string) => { const s = counterSeries(reg.counter(name, help, L), lv); s.touched = true; return s; };
    this.c = {
      preemptions: counter("vllm:num_preemptions", "Cumulative number of preemption from the engine."),
      prompt: counter("vllm:prompt_tokens", "Number of prefill tokens processed."),
      generation: counter("vllm:generation_tokens", "Number of generation tokens processed."),
    };
    this.success = reg.counter("vllm:request_success", "Count of successfully processed requests.", [...L, "finished_reason"]);
    const hist = (name: string, help: string, bounds: readonly number[]) => histogramSeries(reg.histogram(name, help, L, bounds), lv);
    const tokens = build125Buckets(cfg.maxModelLen);
    const phase = (what: string) => `Histogram of time spent in ${what} phase for request.`;
    this.h = {
      iteration: hist("vllm:iteration_tokens_total", "Histogram of number of tokens per engine_step.", v0CudagraphBuckets(cfg.maxNumSeqs)),
      ttft: hist("vllm:time_to_first_token_seconds", "Histogram of time to first token in seconds.", V0_TTFT_BUCKETS),
      tpot: hist("vllm:time_per_output_token_seconds", "Histogram of time per output token in seconds.", V0_TPOT_BUCKETS),
      e2e: hist("vllm:e2e_request_latency_seconds", "Histogram of end to end request latency in seconds.", V0_REQUEST_LATENCY_BUCKETS),
      queue: hist("vllm:request_queue_time_seconds", phase("WAITING"), V0_REQUEST_LATENCY_BUCKETS),
      inference: hist("vllm:request_inference_time_seconds", phase("RUNNING"), V0_REQUEST_LATENCY_BUCKETS),
      prefill: hist("vllm:request_prefill_time_seconds", phase("PREFILL"), V0_REQUEST_LATENCY_BUCKETS),
      decode: hist("vllm:request_decode_time_seconds", phase("DECODE"), V0_REQUEST_LATENCY_BUCKETS),
      inQueue: hist("vllm:time_in_queue_requests", "Histogram of time the request spent in the queue in seconds.", V0_REQUEST_LATENCY_BUCKETS),
      prompt: hist("vllm:request_prompt_tokens", "Number of prefill tokens processed.", tokens),
      generation: hist("vllm:request_generation_tokens", "Number of generation tokens processed.", tokens),
      n: hist("vllm:request_params_n", "Histogram of the n request parameter.", PARAMS_N_BUCKETS),
      maxGen: hist("vllm:request_max_num_generation_tokens", "Histogram of maximum number of requested generation tokens.", tokens),
      maxTokens: hist("vllm:request_params_max_tokens", "Histogram of the max_tokens request parameter.", tokens),
    };
  }

  onArrival(): void {}
  onRejected(): void {}

  onToken(req: RequestView, t: number): void {
    this.c.generation.inc();
    const gap = this.clock.tick(req, t);
    if (gap >= 0) this.h.tpot.observe(gap);
    else {
      this.h.ttft.observe(t - req.input.arrival);
      this.c.prompt.inc(req.input.promptTokens);
    }
  }

  onStep(s: StepStats): void {
    // V0's num_tokens_iter: every token the step scheduled, prompt chunks and decodes alike.
    this.h.iteration.observe(s.numTokens);
    this.lastStepEnd = Math.max(this.lastStepEnd, s.start + s.duration);
  }

  onPreempt(): void {
    this.c.preemptions.inc();
  }

  onPrefixCacheQuery(_engine: number, queried: number, hits: number): void {
    // V0's hit rate counts blocks, not tokens.
    const bs = this.ctx.config.blockSize;
    this.queriedBlocks += Math.floor(queried / bs);
    this.hitBlocks += Math.floor(hits / bs);
  }

  onFinish(r: RequestRecord): void {
    const p = requestPhases(r);
    const h = this.h;
    h.e2e.observe(p.e2e);
    h.queue.observe(p.queue);
    h.inference.observe(p.inference);
    h.prefill.observe(p.prefill);
    h.decode.observe(p.decode);
    h.inQueue.observe(p.queue);
    this.successFor(r.finishReason).inc();
    h.prompt.observe(r.promptTokens);
    h.generation.observe(r.outputTokens);
    h.n.observe(r.paramsN);
    h.maxGen.observe(r.outputTokens);
    h.maxTokens.observe(r.maxTokens);
  }

  render(now: number): string {
    this.now = now;
    return renderPython(this.registry.families, { multiprocess: true });
  }

  /** V0 creates a finished_reason series the first time a request finishes with it. */
  private successFor(reason: string): CounterSeries {
    let s = this.byReason.get(reason);
    if (!s) {
      s = counterSeries(this.success, [this.ctx.config.servedModelName, reason]);
      this.byReason.set(reason, s);
    }
    return s;
  }

  private gpuHitRate(): number {
    if (!this.ctx.config.enablePrefixCaching) return -1;
    return this.queriedBlocks === 0 ? 0 : this.hitBlocks / this.queriedBlocks;
  }

  /** When V0 last logged stats (lora_requests_info holds that time): the last step, or an idle tick. */
  private lastLogTime(): number {
    const last = Math.min(this.lastStepEnd, this.now);
    return last + IDLE_LOG_SECONDS * Math.floor((this.now - last) / IDLE_LOG_SECONDS);
  }
}
