import { resolveConfig, simulate, type EngineConfig } from "@throtl/simulator";

/**
 * The most tokens/s the simulated GPU can produce for the bench's load (all `streams` decoding at
 * once), from the simulator itself: the fake server streams in real time, so it can never beat this.
 */
export function simulatedCapacity(engine: EngineConfig, streams: number, promptTokens: number, maxTokens: number): number {
  const config = resolveConfig(engine);
  const inputs = Array.from({ length: streams }, (_, i) => ({ id: `c${i}`, arrival: 0, promptTokens, maxTokens }));
  const r = simulate(config, inputs, { recordTokenTimes: true });
  // Steady decode only: from the last first token to the first finish, every stream emits.
  const lastFirst = Math.max(...r.records.map((x) => x.firstTokenAt));
  const firstEnd = Math.min(...r.records.map((x) => x.finishedAt));
  let tokens = 0;
  for (const x of r.records) for (const t of x.tokenTimes!) if (t > lastFirst && t <= firstEnd) tokens++;
  return tokens / (firstEnd - lastFirst);
}
