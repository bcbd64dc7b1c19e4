import { COST_CONSTANTS, type RequestInput, type RequestRecord, type RequestView, type StepStats } from "@throtl/simulator";
import { clusterState } from "../core/cluster-state.ts";
import { Registry, counterSeries, gaugeSeries, histogramSeries, summarySeries, type CounterFamily } from "../core/family.ts";
import { renderRust } from "../core/render-rust.ts";
import { requestPhases } from "../core/request-phases.ts";
import type { CounterSeries, GaugeSeries, HistogramSeries, SummarySeries } from "../core/series.ts";
import type { FlavorMetrics, MetricsContext } from "../types.ts";
import { TGI_BATCH_SIZE_BUCKETS, TGI_DURATION_BUCKETS, TGI_SUMMARY_QUANTILES, tgiLinearBuckets } from "./tgi-buckets.ts";

type Method = "prefill" | "decode";
type ByMethod<T> = Record<Method, T>;

/** Tokenization before queueing, which the simulator does not model: ~50 us plus ~1 us per prompt token. */
const validationSeconds = (promptTokens: number) => 50e-6 + promptTokens * 1e-6;

/**
 * TGI v3 router (metrics-exporter-prometheus), families in the fixture's order. An engine step is one
 * batch call: "prefill" when it carries prompt tokens, else "decode"; its time splits into forward
 * (roofline), decode (per-sequence sampling) and filter (the rest).
 */
export class TgiMetrics implements FlavorMetrics {
  readonly flavor = "tgi" as const;
  private readonly registry = new Registry();
  private readonly failure: CounterFamily;
  private readonly failures = new Map<string, CounterSeries>();
  private readonly c: Record<"success" | "concat" | "count", CounterSeries> & { inferenceSuccess: ByMethod<CounterSeries>; inferenceCount: ByMethod<CounterSeries> };
  private readonly g: Record<"queue" | "maxTokens" | "size", GaugeSeries>;
  private readonly h: Record<"input" | "maxNew" | "inference" | "duration" | "validation" | "queue" | "meanPerToken" | "generated" | "nextSize", HistogramSeries>;
  private readonly m: Record<"forward" | "filter" | "batchInference" | "decode", ByMethod<HistogramSeries>> & { concat: HistogramSeries };
  private readonly skipped: SummarySeries;
  /** Sum of input + max_new_tokens over requests in the decoding batch. */
  private batchMaxTokens = 0;
  private readonly maxModelLen: number;

  constructor(ctx: MetricsContext) {
    this.maxModelLen = ctx.config.maxModelLen;
    const reg = this.registry;
    const cfg = ctx.config;
    const c = ctx.cluster;
    const counter = (name: string, help?: string) => counterSeries(reg.counter(name, help, []), []);
    const byMethod = <T>(order: Method[], make: (m: Method) => T) => Object.fromEntries(order.map((m) => [m, make(m)])) as ByMethod<T>;
    const methodCounter = (name: string, help: string, order: Method[]) => { const f = reg.counter(name, help, ["method"]); return byMethod(order, (m) => counterSeries(f, [m])); };
    const success = counter("tgi_request_success", "Number of successful requests");
    const concat = counterSeries(reg.counter("tgi_batch_concat", undefined, ["reason"]), ["chunking"]);
    const count = counter("tgi_request_count", "Total number of requests");
    this.failure = reg.counter("tgi_request_failure", undefined, ["err"]);
    const inferenceSuccess = methodCounter("tgi_batch_inference_success", "Number of successful inference calls per method (prefill or decode)", ["prefill", "decode"]);
    const inferenceCount = methodCounter("tgi_batch_inference_count", "Inference calls per method (prefill or decode)", ["decode", "prefill"]);
    this.c = { success, concat, count, inferenceSuccess, inferenceCount };
    const gauge = (name: string, help: string | undefined, read: () => number) => gaugeSeries(reg.gauge(name, help, []), [], read);
    this.g = {
      queue: gauge("tgi_queue_size", "Current queue size", () => clusterState.waiting(c)),
      maxTokens: gauge("tgi_batch_current_max_tokens", "Maximum tokens for the current batch", () => this.batchMaxTokens),
      size: gauge("tgi_batch_current_size", "Current batch size", () => clusterState.running(c)),
    };
    // Set once after warmup: the KV capacity the shards reported, in tokens.
    gauge("tgi_batch_max_total_tokens", undefined, () => clusterState.totalBlocks(c) * cfg.blockSize).touched = true;
    const hist = (name: string, help: string | undefined, bounds: readonly number[]) => histogramSeries(reg.histogram(name, help, [], bounds), []);
    const methodHist = (name: string, help: string | undefined, order: Method[]) => {
      const f = reg.histogram(name, help, ["method"], TGI_DURATION_BUCKETS);
      return byMethod(order, (m) => histogramSeries(f, [m]));
    };
    const maxInput = cfg.maxModelLen - 1;
    const maxTotal = cfg.maxModelLen;
    const D = TGI_DURATION_BUCKETS;
    const input = hist("tgi_request_input_length", "Input token length per request", tgiLinearBuckets(maxInput));
    const maxNew = hist("tgi_request_max_new_tokens", "Maximum new tokens per request", tgiLinearBuckets(maxTotal));
    const inference = hist("tgi_request_inference_duration", "Request inference duration", D);
    this.skipped = summarySeries(reg.summary("tgi_request_skipped_tokens", "Speculated tokens per request", [], TGI_SUMMARY_QUANTILES), []);
    const forward = methodHist("tgi_batch_forward_duration", "Batch forward duration per method (prefill or decode)", ["prefill", "decode"]);
    const duration = hist("tgi_request_duration", "Request duration", D);
    const validation = hist("tgi_request_validation_duration", "Request validation duration", D);
    const queue = hist("tgi_request_queue_duration", "Request queue duration", D);
    const filter = methodHist("tgi_batch_filter_duration", "Time spent filtering batches and sending generated tokens per method (prefill or decode)", ["decode", "prefill"]);
    const batchInference = methodHist("tgi_batch_inference_duration", "Batch inference duration", ["prefill", "decode"]);
    const meanPerToken = hist("tgi_request_mean_time_per_token_duration", "Mean time per token per request", D);
    const concatDuration = histogramSeries(reg.histogram("tgi_batch_concat_duration", undefined, ["method"], D), ["decode"]);
    const generated = hist("tgi_request_generated_tokens", "Generated tokens per request", tgiLinearBuckets(maxTotal));
    const decode = methodHist("tgi_batch_decode_duration", "Time spent decoding a batch per method (prefill or decode)", ["prefill", "decode"]);
    const nextSize = hist("tgi_batch_next_size", "Batch size of the next batch", TGI_BATCH_SIZE_BUCKETS);
    this.h = { input, maxNew, inference, duration, validation, queue, meanPerToken, generated, nextSize };
    this.m = { forward, filter, batchInference, decode, concat: concatDuration };
  }

  onArrival(_input: RequestInput, _engine: number): void {
    this.c.count.inc();
    this.g.queue.touched = true;
  }

  /** Too long or too many tokens: TGI's validation error, counted as received and failed. */
  onRejected(_kind: "validation" | "too_long"): void {
    this.c.count.inc();
    let s = this.failures.get("validation");
    if (!s) this.failures.set("validation", (s = counterSeries(this.failure, ["validation"])));
    s.inc();
  }

  onToken(req: RequestView, _t: number): void {
    // One record per generation of one token: no speculation, so nothing skipped.
    this.skipped.observe(0);
    const input = req.input;
    if (req.outputTokens === 1) this.batchMaxTokens += input.promptTokens + (input.maxTokens ?? this.maxModelLen - input.promptTokens);
  }

  onStep(s: StepStats): void {
    const method: Method = s.numPrefillTokens > 0 ? "prefill" : "decode";
    const forward = Math.max(s.computeTime, s.memoryTime);
    const decode = COST_CONSTANTS.perSeqOverhead * s.numSeqs;
    this.c.inferenceCount[method].inc();
    this.c.inferenceSuccess[method].inc();
    this.m.forward[method].observe(forward);
    this.m.decode[method].observe(decode);
    this.m.filter[method].observe(Math.max(0, s.duration - forward - decode));
    this.m.batchInference[method].observe(s.duration);
    this.g.size.touched = true;
    this.g.maxTokens.touched = true;
    if (method === "prefill") {
      this.h.nextSize.observe(s.numSeqs - s.numDecodeSeqs);
      if (s.numDecodeSeqs > 0) {
        // A prompt chunk joined a running batch: v3's concatenation with chunked prefill.
        this.c.concat.inc();
        this.m.concat.observe(COST_CONSTANTS.perSeqOverhead * s.numDecodeSeqs);
      }
    }
  }

  onFinish(r: RequestRecord): void {
    if (r.outputTokens > 0) this.batchMaxTokens -= r.promptTokens + r.maxTokens;
    if (r.finishReason === "abort") return;
    const p = requestPhases(r);
    const validation = validationSeconds(r.promptTokens);
    this.c.success.inc();
    this.h.validation.observe(validation);
    this.h.queue.observe(p.queue);
    this.h.inference.observe(p.inference);
    this.h.duration.observe(validation + p.e2e);
    this.h.meanPerToken.observe(r.outputTokens > 0 ? p.inference / r.outputTokens : 0);
    this.h.input.observe(r.promptTokens);
    this.h.maxNew.observe(r.maxTokens);
    this.h.generated.observe(r.outputTokens);
  }

  render(_now: number): string {
    return renderRust(this.registry.families);
  }
}
