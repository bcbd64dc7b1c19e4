import type { RequestInput, RequestRecord, RequestView, StepStats } from "@throtl/simulator";
import { Registry, counterSeries, histogramSeries } from "../core/family.ts";
import { renderCpp } from "../core/render-cpp.ts";
import { RequestClock } from "../core/request-clock.ts";
import { requestPhases } from "../core/request-phases.ts";
import type { CounterSeries, HistogramSeries } from "../core/series.ts";
import type { FlavorMetrics, MetricsContext } from "../types.ts";
import { TritonCore } from "./triton-core.ts";
import { PARAMS_N_BUCKETS, TRITON_VLLM_E2E_BUCKETS, V0_TPOT_BUCKETS, V0_TTFT_BUCKETS, build125Buckets } from "./vllm-buckets.ts";

/**
 * Triton with the vLLM backend (vllm_backend src/utils/metrics.py, REPORT_CUSTOM_METRICS on): core plus
 * the backend's `vllm:*` families on `model`/`version` with V0 bucket lists; `time_per_output_token_seconds`
 * gets inter-token gaps, as the backend feeds it. No scheduler gauges go through Triton.
 */
export class TritonVllmMetrics implements FlavorMetrics {
  readonly flavor = "triton-vllm" as const;
  private readonly registry = new Registry();
  private readonly core: TritonCore;
  private readonly clock = new RequestClock();
  private readonly prompt: CounterSeries;
  private readonly generation: CounterSeries;
  private readonly h: Record<"ttft" | "tpot" | "e2e" | "promptTokens" | "generationTokens" | "n", HistogramSeries>;

  constructor(ctx: MetricsContext) {
    const reg = this.registry;
    const model = ctx.tritonModelName ?? "vllm_model";
    this.core = new TritonCore(reg, ctx, model);
    const M = ["model", "version"];
    const mv = [model, "1"];
    this.prompt = counterSeries(reg.counter("vllm:prompt_tokens_total", "Number of prefill tokens processed.", M), mv);
    this.generation = counterSeries(reg.counter("vllm:generation_tokens_total", "Number of generation tokens processed.", M), mv);
    const hist = (name: string, help: string, bounds: readonly number[]) => histogramSeries(reg.histogram(name, help, M, bounds), mv);
    const tokens = build125Buckets(ctx.config.maxModelLen);
    this.h = {
      ttft: hist("vllm:time_to_first_token_seconds", "Histogram of time to first token in seconds.", V0_TTFT_BUCKETS),
      tpot: hist("vllm:time_per_output_token_seconds", "Histogram of time per output token in seconds.", V0_TPOT_BUCKETS),
      e2e: hist("vllm:e2e_request_latency_seconds", "Histogram of end to end request latency in seconds.", TRITON_VLLM_E2E_BUCKETS),
      promptTokens: hist("vllm:request_prompt_tokens", "Number of prefill tokens processed.", tokens),
      generationTokens: hist("vllm:request_generation_tokens", "Number of generation tokens processed.", tokens),
      n: hist("vllm:request_params_n", "Histogram of the n request parameter.", PARAMS_N_BUCKETS),
    };
  }

  onArrival(_input: RequestInput, _engine: number): void {
    this.core.onArrival();
  }

  onRejected(_kind: "validation" | "too_long"): void {
    this.core.onRejected();
  }

  onToken(req: RequestView, t: number): void {
    this.generation.inc();
    const gap = this.clock.tick(req, t);
    if (gap >= 0) {
      this.h.tpot.observe(gap);
      return;
    }
    this.prompt.inc(req.input.promptTokens);
    this.h.ttft.observe(t - req.input.arrival);
    this.core.onFirstToken(req, t);
  }

  onStep(s: StepStats): void {
    this.core.onStep(s);
  }

  onFinish(r: RequestRecord): void {
    this.core.onFinish(r);
    this.h.e2e.observe(requestPhases(r).e2e);
    this.h.promptTokens.observe(r.promptTokens);
    this.h.generationTokens.observe(r.outputTokens);
    this.h.n.observe(r.paramsN);
  }

  render(now: number): string {
    this.core.setNow(now);
    return renderCpp(this.registry.families);
  }
}
