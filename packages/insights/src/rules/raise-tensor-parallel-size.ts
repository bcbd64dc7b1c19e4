import { evidence } from "../evidence.ts";
import { secs } from "../format.ts";
import { latencyOf } from "../read.ts";
import { nextPow2 } from "../math.ts";
import { rooflineOf } from "./roofline.ts";
import type { Rule } from "./types.ts";

/** One node has 8 GPUs on NVLink; beyond that tensor parallelism crosses the network. */
export const MAX_TENSOR_PARALLEL = 8;

/**
 * ITL over its SLO while steps are small (memory-bound): the batch is not what makes steps slow,
 * reading the weights is. Splitting them over more GPUs divides that read.
 */
export const raiseTensorParallelSize: Rule = {
  id: "raise-tensor-parallel-size",
  evaluate(o) {
    const target = o.settings.slo?.itlP95Seconds;
    const itl = latencyOf(o.current, "itl", "p95");
    const roof = rooflineOf(o);
    if (target === undefined || itl === null || !roof || itl <= target || roof.bound !== "memory") return null;
    const tp = o.config.tensorParallelSize;
    const suggested = nextPow2(Math.ceil((tp ?? 1) * (itl / target)));
    if (suggested > MAX_TENSOR_PARALLEL || suggested <= (tp ?? 1)) return null;
    const predicted = (itl * (tp ?? 1)) / suggested;
    return {
      id: this.id, severity: "warning",
      title: "Raise --tensor-parallel-size: ITL is weight-read time, not batch size",
      evidence: [evidence("itl", itl, ">", target, { stat: "p95" }), ...roof.evidence],
      hint: {
        flag: "--tensor-parallel-size", current: tp ?? null, suggested,
        effect: `Each GPU reads 1/${suggested} of the weights per step: ITL p95 from ${secs(itl)} to about ${secs(predicted)}.` +
          (tp === undefined ? " The current size is unknown; this assumes 1." : ""),
        risk: `${suggested} GPUs per replica; the per-layer all-reduce costs more on PCIe GPUs (L40S, L4) than on NVLink, and attention heads must divide by ${suggested}.`,
      },
    };
  },
};
