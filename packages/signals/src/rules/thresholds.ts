import { z } from "zod";

const ratio = z.number().gt(0).lt(1);
const positive = z.number().positive();

/** Alert thresholds, validated: the generator and (later) the panel read the same numbers. */
export const alertThresholdsSchema = z.object({
  ttftP95Seconds: z.object({ warning: positive, critical: positive }).refine((t) => t.warning < t.critical, "TTFT warning must be below critical"),
  itlP95Seconds: positive,
  kvCacheUsage: ratio,
  queueWaiting: positive,
  preemptionsPerSecond: positive,
  memoryBound: z.object({ vramUsed: ratio, gpuUtilBelow: ratio }),
  vramExhausted: ratio,
  ttftSlo: z.object({ seconds: positive, objective: ratio }),
  availabilitySlo: z.object({ objective: ratio }),
  burnRate: z.object({ fast: positive, slow: positive }).refine((b) => b.slow < b.fast, "slow burn factor must be below fast"),
}).refine((t) => t.vramExhausted > t.memoryBound.vramUsed, "VRAM exhaustion must sit above the memory-bound VRAM share");

export type AlertThresholds = z.infer<typeof alertThresholdsSchema>;

export const DEFAULT_THRESHOLDS: AlertThresholds = {
  // Chat users notice a wait past ~2 s; 5 s feels broken (TTFT includes queue and tokenization).
  ttftP95Seconds: { warning: 2, critical: 5 },
  // 100 ms between tokens is 10 tok/s, about reading speed: slower and streaming visibly stutters.
  itlP95Seconds: 0.1,
  // Above 90 % the scheduler admits few new sequences and the next burst preempts.
  kvCacheUsage: 0.9,
  // Ten requests queued for minutes is sustained overload, not a burst.
  queueWaiting: 10,
  // One preemption every 10 s, sustained, means the KV cache is too small for the load.
  preemptionsPerSecond: 0.1,
  // Memory full while kernels run under half the time: the batch, not compute, is the limit.
  memoryBound: { vramUsed: 0.9, gpuUtilBelow: 0.5 },
  // Past 97 % the next allocation (CUDA graphs, a long prompt's activations) fails with out-of-memory.
  vramExhausted: 0.97,
  // 1 s is a bucket bound in vLLM (V0, V1) and SGLang TTFT histograms, so the share is exact there.
  ttftSlo: { seconds: 1, objective: 0.99 },
  // One failed request in a thousand: aborts by clients count, so not tighter.
  availabilitySlo: { objective: 0.999 },
  // Google SRE workbook, multi-window multi-burn-rate: 2 % of a 30-day budget in 1 h, 5 % in 6 h.
  burnRate: { fast: 14.4, slow: 6 },
};

/** The bad-event ratio above which a burn-rate window alerts: factor × error budget, rounded. */
export const burnThreshold = (factor: number, objective: number): number => +(factor * (1 - objective)).toPrecision(6);
