import type { Observation } from "../observation.ts";
import { DEFAULT_RULE_CONTEXT } from "./context.ts";
import { cheaperGpu } from "./cheaper-gpu.ts";
import { computeBoundGpu } from "./compute-bound-gpu.ts";
import { enableChunkedPrefill } from "./enable-chunked-prefill.ts";
import { enablePrefixCaching } from "./enable-prefix-caching.ts";
import { errorRate } from "./error-rate.ts";
import { idleServer } from "./idle-server.ts";
import { kvCacheFp8 } from "./kv-cache-fp8.ts";
import { lowerMaxNumBatchedTokens } from "./lower-max-num-batched-tokens.ts";
import { lowerMaxNumSeqs } from "./lower-max-num-seqs.ts";
import { memoryBoundGpu } from "./memory-bound-gpu.ts";
import { promptsNearMaxModelLen } from "./prompts-near-max-model-len.ts";
import { raiseGpuMemoryUtilization } from "./raise-gpu-memory-utilization.ts";
import { raiseMaxNumBatchedTokens } from "./raise-max-num-batched-tokens.ts";
import { raiseMaxNumSeqs } from "./raise-max-num-seqs.ts";
import { raiseTensorParallelSize } from "./raise-tensor-parallel-size.ts";
import { shortenMaxModelLen } from "./shorten-max-model-len.ts";
import type { Recommendation, Rule, RuleContext, Severity } from "./types.ts";

/** Every rule; within a severity the panel lists them in this order (cheapest, safest change first). */
export const RULES: readonly Rule[] = [
  errorRate, promptsNearMaxModelLen,
  raiseGpuMemoryUtilization, kvCacheFp8, lowerMaxNumSeqs, shortenMaxModelLen,
  raiseMaxNumSeqs, raiseMaxNumBatchedTokens, lowerMaxNumBatchedTokens, enableChunkedPrefill,
  raiseTensorParallelSize, computeBoundGpu, memoryBoundGpu, enablePrefixCaching,
  cheaperGpu, idleServer,
];

const RANK: Readonly<Record<Severity, number>> = { critical: 0, warning: 1, info: 2 };

/** Runs every rule and returns what fired, most severe first. */
export function recommend(o: Observation, ctx: Partial<RuleContext> = {}, rules: readonly Rule[] = RULES): Recommendation[] {
  const full: RuleContext = { ...DEFAULT_RULE_CONTEXT, ...ctx };
  const fired = rules.map((r) => r.evaluate(o, full)).filter((r): r is Recommendation => r !== null);
  return fired.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}
