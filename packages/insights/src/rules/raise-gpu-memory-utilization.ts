import { kvPressureWithPreemption } from "../conditions.ts";
import { evidence } from "../evidence.ts";
import { pct } from "../format.ts";
import { valueOf } from "../read.ts";
import { floor2 } from "../math.ts";
import type { Rule } from "./types.ts";

/** Above 0.95 the CUDA context, NCCL buffers and allocator fragmentation run out of room. */
export const MAX_GPU_MEMORY_UTILIZATION = 0.95;
/** Keep 2 % of VRAM (1.6 GiB on 80 GB) free for activations that outgrow the profile run. */
export const VRAM_MARGIN = 0.02;
/** Steps under one point add too little KV cache to be worth a restart. */
const MIN_STEP = 0.01;
const GiB = 1024 ** 3;

/** KV pressure with preemptions while VRAM is left unclaimed: give vLLM's KV cache that memory. */
export const raiseGpuMemoryUtilization: Rule = {
  id: "raise-gpu-memory-utilization",
  evaluate(o, { thresholds: t }) {
    const pressure = kvPressureWithPreemption(o, t);
    const used = valueOf(o.current, "vram_used");
    const total = valueOf(o.current, "vram_total");
    if (!pressure || used === null || total === null || total <= 0) return null;
    const share = used / total;
    const current = o.config.gpuMemoryUtilization;
    // vLLM claims its whole budget at start-up, so VRAM used estimates the setting when it is unknown.
    const base = current ?? share;
    const suggested = floor2(Math.min(MAX_GPU_MEMORY_UTILIZATION, base + (1 - share) - VRAM_MARGIN));
    if (suggested - base < MIN_STEP - 1e-9) return null;
    const addedGiB = ((suggested - base) * total) / GiB;
    return {
      id: this.id, severity: "warning",
      title: "Raise --gpu-memory-utilization: the KV cache is full while VRAM is left free",
      evidence: [...pressure, evidence("vram_used_share", share, "<=", 1 - VRAM_MARGIN - MIN_STEP)],
      hint: {
        flag: "--gpu-memory-utilization", current: current ?? null, suggested,
        effect: `About ${addedGiB.toFixed(1)} GiB more KV cache across the GPUs (VRAM is ${pct(share)} used), so more sequences fit before preemption.` +
          (current === undefined ? ` The current value is unknown; ${pct(share)} VRAM use suggests about ${base.toFixed(2)}.` : ""),
        risk: "Out-of-memory at start-up or under activation peaks, above all if another process shares the GPU.",
      },
    };
  },
};
