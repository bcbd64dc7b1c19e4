// Test support: complete, self-consistent snapshots. Import from "@throtl/compare/testing".
export { bucketsFor, VLLM_BUCKETS } from "./buckets.ts";
export { latencyHistogram, latencyValues, snapshot, snapshotInput, type LatencyShape, type SnapshotRecipe } from "./factories.ts";
