import type { RequestInput, RequestRecord, RequestView, StepStats } from "@throtl/simulator";
import { Registry } from "../core/family.ts";
import { renderPython } from "../core/render-python.ts";
import { RequestClock, cachedTokensOf } from "../core/request-clock.ts";
import { requestPhases } from "../core/request-phases.ts";
import type { FlavorMetrics, MetricsContext } from "../types.ts";
import { v1CacheConfigLabels } from "./cache-config-info.ts";
import { registerV1Families, type V1EngineSeries } from "./vllm-v1-families.ts";

/**
 * vLLM V1 (v0.26.0) on the default prometheus_client registry (hence `_created`). Token counters move
 * per token, request histograms at finish, gauges read the engines at scrape time.
 */
export class VllmV1Metrics implements FlavorMetrics {
  readonly flavor = "vllm" as const;
  private readonly registry = new Registry();
  private readonly e: V1EngineSeries[];
  private readonly clock = new RequestClock();

  constructor(private readonly ctx: MetricsContext) {
    this.e = registerV1Families(this.registry, ctx, (engine) => v1CacheConfigLabels(ctx.config, engine));
  }

  onArrival(_input: RequestInput, _engine: number): void {}

  /** vLLM's frontend answers 400 before the engine sees the request: no engine metric moves. */
  onRejected(_kind: "validation" | "too_long"): void {}

  onToken(req: RequestView, t: number): void {
    const s = this.e[req.engine]!;
    s.generation.inc();
    const gap = this.clock.tick(req, t);
    if (gap >= 0) {
      s.itl.observe(gap);
      return;
    }
    // First token: V1 counts the whole prompt here (PromptTokenStats), split by where its KV came from.
    const prompt = req.input.promptTokens;
    const cached = Math.min(cachedTokensOf(req), prompt);
    s.ttft.observe(t - req.input.arrival);
    s.prompt.inc(prompt);
    s.cached.inc(cached);
    s.bySource.local_cache_hit.inc(cached);
    s.bySource.local_compute.inc(prompt - cached);
  }

  onStep(st: StepStats): void {
    const s = this.e[st.engine]!;
    // Scheduled tokens of the step; the cost model already reports FLOPs and bytes per GPU.
    s.iterationTokens.observe(st.numTokens);
    const written = st.numTokens * this.ctx.config.kvBytesPerTokenPerGpu;
    s.flops.inc(st.flops);
    s.writeBytes.inc(written);
    s.readBytes.inc(Math.max(0, st.bytes - written));
  }

  onPreempt(req: RequestView, _t: number): void {
    this.e[req.engine]!.preemptions.inc();
  }

  onPrefixCacheQuery(engine: number, queried: number, hits: number): void {
    const s = this.e[engine]!;
    s.prefixQueries.inc(queried);
    s.prefixHits.inc(hits);
  }

  onFinish(r: RequestRecord): void {
    const s = this.e[r.engine]!;
    const p = requestPhases(r);
    s.success[r.finishReason].inc();
    s.e2e.observe(p.e2e);
    s.queue.observe(p.queue);
    s.prefill.observe(p.prefill);
    s.inference.observe(p.inference);
    s.decode.observe(p.decode);
    s.prefillKvComputed.observe(r.promptTokens - r.cachedTokens);
    s.promptTokens.observe(r.promptTokens);
    s.generationTokens.observe(r.outputTokens);
    s.tpot.observe(p.tpot);
    // The OpenAI server always fills max_tokens, so every request records it; n=1 parents report
    // their own output length as the max over children.
    s.paramsMaxTokens.observe(r.maxTokens);
    s.maxGeneration.observe(r.outputTokens);
    s.paramsN.observe(r.paramsN);
  }

  render(_now: number): string {
    return renderPython(this.registry.families, { createdEpochSeconds: this.ctx.startEpochSeconds });
  }
}
