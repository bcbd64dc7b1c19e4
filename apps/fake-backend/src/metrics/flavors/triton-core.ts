import type { RequestRecord, RequestView, StepStats } from "@throtl/simulator";
import { clusterState } from "../core/cluster-state.ts";
import { counterSeries, gaugeSeries, histogramSeries, type Registry } from "../core/family.ts";
import { GpuActivity } from "../core/gpu-activity.ts";
import { HOST, defaultGpuUuid, modelLoadSeconds } from "../core/host.ts";
import { requestPhases } from "../core/request-phases.ts";
import type { CounterSeries, HistogramSeries } from "../core/series.ts";
import type { MetricsContext } from "../types.ts";

/** Triton's default first-response buckets (ms), with --metrics-config histogram_latencies=true. */
const FIRST_RESPONSE_BUCKETS_MS = [100, 500, 2000, 5000];
const FAILURE_REASONS = ["OTHER", "BACKEND", "CANCELED", "REJECTED"] as const;
const us = (seconds: number) => Math.floor(seconds * 1e6);
const MiB = 1024 * 1024;

/**
 * Triton core's families (src/metrics.cc) for one LLM model, registered in Triton's order. The vLLM and
 * TRT-LLM backends run KIND_MODEL/KIND_CPU instances, so per-model series carry no gpu_uuid; GPU
 * gauges come from GpuActivity the way DCGM polls reach Triton.
 */
export class TritonCore {
  private readonly success: CounterSeries;
  private readonly failure: Record<(typeof FAILURE_REASONS)[number], CounterSeries>;
  private readonly count: CounterSeries;
  private readonly exec: CounterSeries;
  private readonly requestUs: CounterSeries;
  private readonly queueUs: CounterSeries;
  private readonly inferUs: CounterSeries;
  private readonly firstResponse: HistogramSeries;
  private readonly gpu: GpuActivity;
  private now = 0;

  constructor(reg: Registry, private readonly ctx: MetricsContext, model: string) {
    const M = ["model", "version"];
    const mv = [model, "1"];
    const counter = (name: string, help: string) => counterSeries(reg.counter(name, help, M), mv);
    const cfg = ctx.config;
    const tp = cfg.tensorParallelSize;
    const engines = ctx.cluster.engines.length;
    const uuids = Array.from({ length: engines * tp }, (_, i) => ctx.gpuUuids?.[i] ?? defaultGpuUuid(i));
    this.gpu = new GpuActivity(engines, cfg.gpu);
    const perGpu = (name: string, help: string, kind: "gauge" | "counter", read: (engine: number) => number) => {
      const engineOf = (i: number) => () => read(Math.floor(i / tp));
      if (kind === "gauge") { const f = reg.gauge(name, help, ["gpu_uuid"]); uuids.forEach((u, i) => gaugeSeries(f, [u], engineOf(i))); }
      else { const f = reg.counter(name, help, ["gpu_uuid"]); uuids.forEach((u, i) => counterSeries(f, [u], engineOf(i))); }
    };

    this.success = counter("nv_inference_request_success", "Number of successful inference requests, all batch sizes");
    const failure = reg.counter("nv_inference_request_failure", "Number of failed inference requests, all batch sizes", ["model", "reason", "version"]);
    const [o, b, c, r] = FAILURE_REASONS.map((reason) => counterSeries(failure, [model, reason, "1"]));
    this.failure = { OTHER: o!, BACKEND: b!, CANCELED: c!, REJECTED: r! };
    this.count = counter("nv_inference_count", "Number of inferences performed (does not include cached requests)");
    this.exec = counter("nv_inference_exec_count", "Number of model executions performed (does not include cached requests)");
    this.requestUs = counter("nv_inference_request_duration_us", "Cumulative inference request duration in microseconds (includes cached requests)");
    this.queueUs = counter("nv_inference_queue_duration_us", "Cumulative inference queuing duration in microseconds (includes cached requests)");
    counter("nv_inference_compute_input_duration_us", "Cumulative compute input duration in microseconds (does not include cached requests)");
    this.inferUs = counter("nv_inference_compute_infer_duration_us", "Cumulative compute inference duration in microseconds (does not include cached requests)");
    counter("nv_inference_compute_output_duration_us", "Cumulative inference compute output duration in microseconds (does not include cached requests)");
    const gauge = (name: string, help: string, labels: string[], values: string[], read: () => number) =>
      gaugeSeries(reg.gauge(name, help, labels), values, read);
    gauge("nv_inference_pending_request_count", "Instantaneous number of pending requests awaiting execution per-model.", M, mv,
      () => clusterState.waiting(ctx.cluster));
    const load = modelLoadSeconds(cfg).total;
    gauge("nv_model_load_duration_secs", "Model load time in seconds", M, mv, () => load);
    gauge("nv_pinned_memory_pool_total_bytes", "Pinned memory pool total memory size, in bytes", [], [], () => HOST.pinnedPoolBytes);
    gauge("nv_pinned_memory_pool_used_bytes", "Pinned memory pool used memory size, in bytes", [], [], () => 0);
    // DCGM hands Triton whole percents and MiB; Triton scales them (util * 0.01, MiB * 1024 * 1024).
    perGpu("nv_gpu_utilization", "GPU utilization rate [0.0 - 1.0)", "gauge", (e) => Math.round(this.gpu.utilization(e, this.now) * 100) * 0.01);
    perGpu("nv_gpu_memory_total_bytes", "GPU total memory, in bytes", "gauge", () => cfg.gpu.memBytes);
    perGpu("nv_gpu_memory_used_bytes", "GPU used memory, in bytes", "gauge", () => Math.floor(cfg.memory.usedBytes / MiB) * MiB);
    perGpu("nv_gpu_power_usage", "GPU power usage in watts", "gauge", (e) => this.gpu.powerWatts(e, this.now));
    perGpu("nv_gpu_power_limit", "GPU power management limit in watts", "gauge", () => cfg.gpu.tdpWatts);
    perGpu("nv_energy_consumption", "GPU energy consumption in joules since the Triton Server started", "counter", (e) => Math.floor(this.gpu.energyJoules(e, this.now) * 1000) * 0.001);
    gauge("nv_cpu_utilization", "CPU utilization rate [0.0 - 1.0]", [], [], () => this.cpuUtilization());
    gauge("nv_cpu_memory_total_bytes", "CPU total memory (RAM), in bytes", [], [], () => HOST.memoryBytes);
    gauge("nv_cpu_memory_used_bytes", "CPU used memory (RAM), in bytes", [], [], () => HOST.baseMemoryBytes + HOST.pinnedPoolBytes);
    this.firstResponse = histogramSeries(
      reg.histogram("nv_inference_first_response_histogram_ms", "Duration from request to first response in milliseconds", M, FIRST_RESPONSE_BUCKETS_MS), mv);
  }

  /** Set before each render: the GPU gauges hold Triton's last poll before this time. */
  setNow(now: number): void {
    this.now = now;
  }

  /** Decoupled LLM backends take each request in its own execute() call. */
  onArrival(): void {
    this.exec.inc();
  }

  /** A prompt the backend refuses fails inside the model's execute(): reason BACKEND. */
  onRejected(): void {
    this.failure.BACKEND.inc();
  }

  onFirstToken(req: RequestView, t: number): void {
    this.firstResponse.observe((t - req.input.arrival) * 1000);
  }

  onStep(s: StepStats): void {
    this.gpu.onStep(s);
  }

  /**
   * The backend's scheduler queue counts as Triton queue time and its running phase as compute time
   * (Triton sees the request inside the model from then on); integer microseconds, as Triton reports.
   */
  onFinish(r: RequestRecord): void {
    if (r.finishReason === "abort") {
      this.failure.CANCELED.inc();
      return;
    }
    const p = requestPhases(r);
    this.success.inc();
    this.count.inc();
    this.requestUs.inc(us(p.e2e));
    this.queueUs.inc(us(p.queue));
    this.inferUs.inc(us(p.inference));
  }

  private cpuUtilization(): number {
    let busy = 0;
    for (let e = 0; e < this.ctx.cluster.engines.length; e++) busy += this.gpu.utilization(e, this.now) * HOST.coresPerBusyEngine;
    return Math.min(1, busy / HOST.cpuCores);
  }
}
