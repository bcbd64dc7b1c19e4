import type { Cluster } from "@throtl/simulator";

/** Whole-cluster readings for backends that have no per-engine label. */
export const clusterState = {
  running: (c: Cluster) => c.numRunning,
  waiting: (c: Cluster) => c.numWaiting,
  usedBlocks: (c: Cluster) => c.engines.reduce((a, e) => a + e.kv.usedBlocks, 0),
  totalBlocks: (c: Cluster) => c.engines.reduce((a, e) => a + e.kv.total, 0),
  /** Used over total blocks of all engines (one engine: exactly its kvUsage). */
  kvUsage(c: Cluster): number {
    const total = clusterState.totalBlocks(c);
    return total === 0 ? 0 : clusterState.usedBlocks(c) / total;
  },
};
