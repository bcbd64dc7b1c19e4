// vLLM's default histogram bounds (seconds), so test histograms look like the real ones.
import type { SignalId } from "@throtl/signals";

const TTFT = [0.001, 0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, 20, 40, 80, 160, 640, 2560];
const PER_TOKEN = [0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, 20, 40, 80];
const REQUEST = [0.3, 0.5, 0.8, 1, 1.5, 2, 2.5, 5, 10, 15, 20, 30, 40, 50, 60, 120, 240, 480, 960, 1920, 7680];

export const VLLM_BUCKETS: Partial<Record<SignalId, readonly number[]>> = {
  ttft: TTFT,
  itl: PER_TOKEN,
  tpot: PER_TOKEN,
  e2e: REQUEST,
  queue_time: REQUEST,
};

/** Any latency signal without its own list uses the request-latency bounds. */
export function bucketsFor(signal: SignalId): readonly number[] {
  return VLLM_BUCKETS[signal] ?? REQUEST;
}
