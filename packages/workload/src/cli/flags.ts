import type { ParseArgsConfig } from "node:util";

/** `npm run simulate` flags: the trace, the `vllm serve` engine flags the simulator models, SLOs, output. */
export const FLAG_OPTIONS = {
  trace: { type: "string" },
  format: { type: "string" },
  speedup: { type: "string" },
  limit: { type: "string" },
  "skip-rows": { type: "string" },
  "start-seconds": { type: "string" },
  "keep-failures": { type: "boolean" },
  model: { type: "string" },
  gpu: { type: "string" },
  "max-num-seqs": { type: "string" },
  "max-num-batched-tokens": { type: "string" },
  "gpu-memory-utilization": { type: "string" },
  "max-model-len": { type: "string" },
  "block-size": { type: "string" },
  "enable-prefix-caching": { type: "boolean" },
  "no-enable-prefix-caching": { type: "boolean" },
  "enable-chunked-prefill": { type: "boolean" },
  "no-enable-chunked-prefill": { type: "boolean" },
  "tensor-parallel-size": { type: "string" },
  "data-parallel-size": { type: "string" },
  "slo-ttft": { type: "string" },
  "slo-itl": { type: "string" },
  "slo-e2e": { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const satisfies NonNullable<ParseArgsConfig["options"]>;

export const USAGE = `usage: npm run simulate -- --trace FILE [flags]

Replays a request trace through the simulated vLLM engine in virtual time and reports throughput,
latency percentiles and SLO attainment.

Trace
  --trace FILE                      Azure LLM inference (2023/2024) or BurstGPT CSV
                                    (bundled: packages/workload/traces/AzureLLMInferenceTrace_{conv,code}.csv)
  --format azure|burstgpt           default: recognised from the header
  --speedup F                       divide arrival times by F (default 1)
  --limit N                         replay at most N requests
  --skip-rows N | --start-seconds S start later in the trace (arrivals re-based to the first kept row)
  --keep-failures                   BurstGPT: replay failed rows (Response tokens 0) as 1-token requests
Engine (as vllm serve)
  --model ID                        llama-3.1-8b-instruct (default) | qwen2.5-0.5b-instruct | llama-3.1-70b-instruct
  --gpu h100-sxm|a100-80gb|l40s|l4  (default h100-sxm)
  --max-num-seqs N                  --max-num-batched-tokens N        --max-model-len N
  --gpu-memory-utilization F        --block-size N                    --[no-]enable-prefix-caching
  --[no-]enable-chunked-prefill     --tensor-parallel-size N          --data-parallel-size N
SLOs (seconds; a request is good when it meets every one given)
  --slo-ttft S                      --slo-itl S (mean inter-token)    --slo-e2e S
Output
  --json                            config, memory plan and summary as JSON
`;
