import type { ParseArgsConfig } from "node:util";

/** `vllm serve` flags for what the simulator models, plus the fake backend's own. */
export const FLAG_OPTIONS = {
  model: { type: "string" },
  "served-model-name": { type: "string" },
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
  host: { type: "string" },
  port: { type: "string" },
  gpu: { type: "string" },
  flavor: { type: "string" },
  seed: { type: "string" },
  "dcgm-port": { type: "string" },
  help: { type: "boolean", short: "h" },
} as const satisfies NonNullable<ParseArgsConfig["options"]>;

export const USAGE = `usage: npm run fake -- [MODEL] [flags]

Simulated vLLM OpenAI-compatible server (plus /metrics in the chosen flavor).

  --model MODEL                     simulator id or HF name (default qwen2.5-0.5b-instruct):
                                    qwen2.5-0.5b-instruct | llama-3.1-8b-instruct | llama-3.1-70b-instruct
  --served-model-name NAME          name in the API and metrics (default: the HF name)
  --max-num-seqs N                  --max-num-batched-tokens N        --max-model-len N (1k = 1000, 1K = 1024)
  --gpu-memory-utilization F        --block-size N                    --tensor-parallel-size N
  --data-parallel-size N            --[no-]enable-prefix-caching      --[no-]enable-chunked-prefill
  --gpu h100-sxm|a100-80gb|l40s|l4  (default h100-sxm)
  --flavor vllm|vllm-legacy|triton-vllm|triton-trtllm|tgi|sglang   (default vllm)
  --host HOST (default 127.0.0.1)   --port PORT (default 8000)        --seed N (default 0)
  --dcgm-port PORT                  also serve a fake dcgm-exporter /metrics there
`;
