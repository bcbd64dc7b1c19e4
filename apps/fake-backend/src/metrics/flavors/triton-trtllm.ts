import type { RequestInput, RequestRecord, RequestView, StepStats } from "@throtl/simulator";
import { clusterState } from "../core/cluster-state.ts";
import { Registry, counterSeries, gaugeSeries, histogramSeries, type Registry as R } from "../core/family.ts";
import { renderCpp } from "../core/render-cpp.ts";
import type { HistogramSeries } from "../core/series.ts";
import type { FlavorMetrics, MetricsContext } from "../types.ts";
import { TritonCore } from "./triton-core.ts";

const TOKEN_LEN_BUCKETS = [10, 50, 100, 500, 1000];

/** What the inflight batcher reports per iteration, summed over the engines at the last step. */
interface LastIteration { scheduled: number; context: number; contextTokens: number; generation: number; endUs: number }

/**
 * Triton with the TensorRT-LLM backend (custom_metrics_reporter.cc, inflight batcher): core plus the
 * nv_trt_llm_* groups, read from the engines or their last iteration, and per-request token lengths.
 */
export class TritonTrtllmMetrics implements FlavorMetrics {
  readonly flavor = "triton-trtllm" as const;
  private readonly registry = new Registry();
  private readonly core: TritonCore;
  private readonly outputLen: HistogramSeries;
  private readonly inputLen: HistogramSeries;
  private readonly last: LastIteration[];
  private iterations = 0;
  private reusedBlocks = 0;

  constructor(private readonly ctx: MetricsContext) {
    const reg = this.registry;
    const model = ctx.tritonModelName ?? "tensorrt_llm";
    this.core = new TritonCore(reg, ctx, model);
    this.last = ctx.cluster.engines.map(() => ({ scheduled: 0, context: 0, contextTokens: 0, generation: 0, endUs: 0 }));
    const c = ctx.cluster;
    const cfg = ctx.config;
    const engines = c.engines.length;
    const sum = (pick: (l: LastIteration) => number) => () => this.last.reduce((a, l) => a + pick(l), 0);
    const group = (name: string, help: string, category: string, members: [string, () => number][]) => {
      const f = reg.gauge(name, help, ["model", "version", category]);
      for (const [label, read] of members) gaugeSeries(f, [model, "1", label], read);
    };
    group("nv_trt_llm_request_metrics", "TRT LLM request metrics", "request_type", [
      ["active", () => clusterState.running(c) + clusterState.waiting(c)],
      ["max", () => cfg.maxNumSeqs * engines],
      ["scheduled", sum((l) => l.scheduled)],
      ["context", sum((l) => l.context)],
      ["waiting", () => clusterState.waiting(c)],
    ]);
    group("nv_trt_llm_runtime_memory_metrics", "TRT LLM runtime memory metrics", "memory_type", [
      ["cpu", () => 0],
      // Engine weights and activation workspace per GPU; the KV pool is counted by the block gauges.
      ["gpu", () => (cfg.memory.weightBytes + cfg.memory.activationBytes) * cfg.tensorParallelSize * engines],
      ["pinned", () => 0],
    ]);
    group("nv_trt_llm_kv_cache_block_metrics", "TRT LLM KV cache block metrics", "kv_cache_block_type", [
      ["max", () => clusterState.totalBlocks(c)],
      ["free", () => clusterState.totalBlocks(c) - clusterState.usedBlocks(c)],
      ["used", () => clusterState.usedBlocks(c)],
      ["tokens_per", () => cfg.blockSize],
      ["reused", () => this.reusedBlocks],
      ["fraction", () => clusterState.kvUsage(c)],
    ]);
    const dis = reg.counter("nv_trt_llm_disaggregated_serving_metrics", "TRT LLM disaggregated serving metrics", ["model", "version", "disaggregated_serving_type"]);
    for (const t of ["kv_cache_transfer_ms", "request_count"]) counterSeries(dis, [model, "1", t]);
    group("nv_trt_llm_inflight_batcher_metrics", "TRT LLM inflight_batcher-specific metrics", "inflight_batcher_specific_metric", [
      ["total_context_tokens", sum((l) => l.contextTokens)],
      ["generation_requests", sum((l) => l.generation)],
      ["micro_batch_id", () => 0],
      ["paused_requests", () => 0],
    ]);
    group("nv_trt_llm_general_metrics", "General TRT LLM metrics", "general_type", [
      ["timestamp", () => Math.max(...this.last.map((l) => l.endUs))],
      ["iteration_counter", () => this.iterations],
    ]);
    this.outputLen = tokenHistogram(reg, "nv_llm_output_token_len", "total_output_tokens", model);
    this.inputLen = tokenHistogram(reg, "nv_llm_input_token_len", "total_input_tokens", model);
  }

  onArrival(_input: RequestInput, _engine: number): void {
    this.core.onArrival();
  }

  onRejected(_kind: "validation" | "too_long"): void {
    this.core.onRejected();
  }

  onToken(req: RequestView, t: number): void {
    if (req.outputTokens === 1) this.core.onFirstToken(req, t);
  }

  onStep(s: StepStats): void {
    this.core.onStep(s);
    this.iterations++;
    const l = this.last[s.engine]!;
    l.scheduled = s.numSeqs;
    l.context = s.numSeqs - s.numDecodeSeqs;
    l.contextTokens = s.numPrefillTokens;
    l.generation = s.numDecodeSeqs;
    // The reporter parses a local timestamp string to whole microseconds since the epoch.
    l.endUs = Math.floor((this.ctx.startEpochSeconds + s.start + s.duration) * 1e6);
  }

  onPrefixCacheQuery(_engine: number, _queried: number, hits: number): void {
    this.reusedBlocks += Math.floor(hits / this.ctx.config.blockSize);
  }

  onFinish(r: RequestRecord): void {
    this.core.onFinish(r);
    this.outputLen.observe(r.outputTokens);
    this.inputLen.observe(r.promptTokens);
  }

  render(now: number): string {
    this.core.setNow(now);
    return renderCpp(this.registry.families);
  }
}

function tokenHistogram(reg: R, name: string, type: string, model: string): HistogramSeries {
  return histogramSeries(reg.histogram(name, "TRT LLM response metrics", ["model", "version", "response_metric_type"], TOKEN_LEN_BUCKETS), [model, "1", type]);
}
