/** The /metrics dialects the fake backend can speak (see ../shared/reference/metrics-catalog.md). */
export const FLAVORS = ["vllm", "vllm-legacy", "triton-vllm", "triton-trtllm", "tgi", "sglang"] as const;
export type Flavor = (typeof FLAVORS)[number];
