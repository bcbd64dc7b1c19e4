import { secs } from "../format.ts";
import { latencyOf } from "../read.ts";
import { isQuantized } from "./model-size.ts";
import { busyGpu, rooflineOf } from "./roofline.ts";
import type { Rule } from "./types.ts";

/**
 * A busy GPU far left of its roofline ridge spends each step reading weights: FP8 weights halve the
 * bytes (native FP8 on Hopper and Ada, weight-only Marlin kernels on Ampere).
 */
export const memoryBoundGpu: Rule = {
  id: "memory-bound-gpu",
  evaluate(o) {
    const roof = rooflineOf(o);
    const busy = busyGpu(o);
    if (!roof || !busy || roof.bound !== "memory" || isQuantized(o.config.quantization)) return null;
    const p50 = latencyOf(o.current, "itl", "p50");
    return {
      id: this.id, severity: "info",
      title: `Memory-bound on ${roof.gpu.title}: FP8 weights halve the bytes each step reads`,
      evidence: [busy, ...roof.evidence],
      hint: {
        flag: "--quantization", current: o.config.quantization ?? null, suggested: "fp8",
        effect: `${Math.round(roof.tokensPerStep)} tokens per step against a ridge of ${Math.round(roof.ridge)}: step time is weight reads, so ` +
          (p50 !== null ? `ITL p50 (${secs(p50)}) can fall toward ${secs(p50 / 2)}` : "ITL can fall toward half") + " and tokens/s rise toward 2× at the same batch." +
          (o.config.quantization === undefined ? " The current quantization is unknown (none by default)." : ""),
        risk: "Quantization changes outputs: compare quality on your own evals first. Online FP8 needs the BF16 checkpoint to load; a pre-quantized FP8 checkpoint avoids that.",
      },
    };
  },
};
