/** Bucket lists copied from vLLM's sources (see ../../../../../../shared/reference/metrics-catalog.md §1). */

/** vllm/v1/metrics/loggers.py `build_1_2_5_buckets`: 1, 2, 5, 10, ... up to max_value inclusive. */
export function build125Buckets(maxValue: number): number[] {
  const out: number[] = [];
  for (let exp = 0; ; exp++) {
    for (const m of [1, 2, 5]) {
      const v = m * 10 ** exp;
      if (v > maxValue) return out;
      out.push(v);
    }
  }
}

export const V1_TTFT_BUCKETS = [0.001, 0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0, 20.0, 40.0, 80.0, 160.0, 640.0, 2560.0];
export const V1_ITL_BUCKETS = [0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0, 20.0, 40.0, 80.0];
export const V1_REQUEST_LATENCY_BUCKETS = [0.3, 0.5, 0.8, 1.0, 1.5, 2.0, 2.5, 5.0, 10.0, 15.0, 20.0, 30.0, 40.0, 50.0, 60.0, 120.0, 240.0, 480.0, 960.0, 1920.0, 7680.0];
export const V1_ITERATION_TOKENS_BUCKETS = [1, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384];
export const PARAMS_N_BUCKETS = [1, 2, 5, 10, 20];

/** V0 engine (vllm/engine/metrics.py, 0.6.4-0.7.x) and the Triton vLLM backend's copies of them. */
export const V0_TTFT_BUCKETS = [0.001, 0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0];
export const V0_TPOT_BUCKETS = [0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.75, 1.0, 2.5];
export const V0_REQUEST_LATENCY_BUCKETS = [0.3, 0.5, 0.8, 1.0, 1.5, 2.0, 2.5, 5.0, 10.0, 15.0, 20.0, 30.0, 40.0, 50.0, 60.0];
export const TRITON_VLLM_E2E_BUCKETS = [1.0, 2.5, 5.0, 10.0, 15.0, 20.0, 30.0, 40.0, 50.0, 60.0];

/**
 * V0's `iteration_tokens_total` buckets are the CUDA-graph capture sizes: [1, 2, 4] + multiples of 8 up
 * to 512, cut at max_num_seqs (vllm/config.py `_set_cudagraph_sizes`, 0.7).
 */
export function v0CudagraphBuckets(maxNumSeqs: number): number[] {
  const sizes = [1, 2, 4];
  for (let s = 8; s <= 512; s += 8) sizes.push(s);
  return sizes.filter((s) => s <= Math.min(maxNumSeqs, 512));
}
