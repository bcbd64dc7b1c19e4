import { evidence } from "../evidence.ts";
import { pct, secs, usd } from "../format.ts";
import { tidy } from "../math.ts";
import { planOn, type GpuPlan } from "../gpus/alternative.ts";
import { GPU_IDS, GPU_TABLE, matchGpu, priceOf } from "../gpus/gpu-table.ts";
import { gpuCountOf, latencyOf, valueOf } from "../read.ts";
import { bytesPerParam, paramsFromName } from "./model-size.ts";
import { rooflineOf } from "./roofline.ts";
import type { Rule } from "./types.ts";

/** Under a 20 % saving the estimate's error (roofline, utilization) can eat the gain. */
export const MIN_SAVING = 0.2;
/** Below 5 % busy, tokens/s ÷ utilization extrapolates from too little work. */
export const MIN_UTIL = 0.05;

/** The same output tokens per second for 20 % less on another GPU of the table, within the ITL SLO. */
export const cheaperGpu: Rule = {
  id: "cheaper-gpu",
  evaluate(o, { prices }) {
    const gpu = matchGpu(o.config.gpuModel);
    const count = gpuCountOf(o);
    const rate = valueOf(o.current, "generation_tokens_rate");
    const util = valueOf(o.current, "gpu_util");
    const params = paramsFromName(o.config.model);
    if (!gpu || count === null || rate === null || util === null || params === null || rate <= 0 || util < MIN_UTIL) return null;
    const hourlyNow = count * (o.settings.gpuHourlyUsd ?? priceOf(gpu, prices));
    const bound = rooflineOf(o)?.bound;
    const workload = {
      gpu, gpuCount: count, tensorParallel: o.config.tensorParallelSize ?? 1, tokensPerSecond: rate, gpuUtil: Math.min(1, util),
      weightBytes: params * bytesPerParam(o.config.quantization), bound: bound === "memory" || bound === "compute" ? bound : "unknown",
    } as const;
    const itl = latencyOf(o.current, "itl", "p95");
    const target = o.settings.slo?.itlP95Seconds;
    const best = GPU_IDS.filter((id) => id !== gpu.id)
      .map((id) => planOn(GPU_TABLE[id], workload, prices))
      .filter((p): p is GpuPlan => p !== null && p.hourlyUsd <= (1 - MIN_SAVING) * hourlyNow)
      .filter((p) => itl === null || target === undefined || itl * p.stepTimeRatio <= target)
      .sort((a, b) => a.hourlyUsd - b.hourlyUsd)[0];
    if (!best) return null;
    const per1k = (hourly: number) => (hourly / 3600 / rate) * 1000;
    const saving = tidy(1 - best.hourlyUsd / hourlyNow);
    return {
      id: this.id, severity: "info",
      title: `${best.gpus}× ${best.gpu.title} would serve this load for ${pct(saving)} less`,
      evidence: [
        evidence("cost_per_1k_tokens", per1k(hourlyNow), ">", per1k(best.hourlyUsd)),
        evidence("cost_saving", saving, ">=", MIN_SAVING),
      ],
      hint: {
        flag: null, current: `${count}× ${gpu.title}`, suggested: `${best.gpus}× ${best.gpu.title} (tensor-parallel ${best.tensorParallel})`,
        effect: `${usd(hourlyNow)}/h → ${usd(best.hourlyUsd)}/h at today's ${Math.round(rate)} output tok/s; per 1K tokens ${usd4(per1k(hourlyNow))} → ${usd4(per1k(best.hourlyUsd))}.`,
        risk: `A roofline estimate from ${workload.bound === "unknown" ? "the smaller of the bandwidth and FLOP/s ratios" : `the ${workload.bound === "memory" ? "bandwidth" : "FLOP/s"} ratio`}; ` +
          `steps take ${best.stepTimeRatio.toFixed(1)}× as long` + (itl !== null ? ` (ITL p95 about ${secs(itl * best.stepTimeRatio)})` : "") +
          ", and PCIe GPUs pay more for tensor-parallel all-reduce. Benchmark before moving.",
      },
    };
  },
};

const usd4 = (x: number): string => `$${x.toFixed(4)}`;
