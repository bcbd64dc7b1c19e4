/**
 * The demo's background load: a cycle of phases chosen to walk the server through several health
 * states (no traffic, healthy, queue building under a burst, KV-cache pressure and preemption under
 * long contexts). Pure data; the driver turns it into requests.
 */
export interface Phase {
  readonly name: string;
  readonly seconds: number;
  /** Mean arrivals per second (Poisson); 0 is idle. */
  readonly rate: number;
  readonly promptTokens: number;
  readonly outputTokens: number;
  /** Leading prompt tokens shared by every request of the phase (a system prompt: prefix-cache hits). */
  readonly sharedPrefixTokens: number;
}

export const DEMO_PHASES: readonly Phase[] = [
  { name: "idle", seconds: 20, rate: 0, promptTokens: 0, outputTokens: 0, sharedPrefixTokens: 0 },
  { name: "steady chat", seconds: 90, rate: 6, promptTokens: 600, outputTokens: 250, sharedPrefixTokens: 400 },
  { name: "burst", seconds: 30, rate: 45, promptTokens: 800, outputTokens: 300, sharedPrefixTokens: 400 },
  { name: "steady chat", seconds: 45, rate: 6, promptTokens: 600, outputTokens: 250, sharedPrefixTokens: 400 },
  { name: "long context", seconds: 60, rate: 3, promptTokens: 7000, outputTokens: 600, sharedPrefixTokens: 0 },
];

/** The phase active `t` seconds after the start, cycling; and the seconds left in it. */
export function phaseAt(phases: readonly Phase[], t: number): { phase: Phase; index: number; left: number } {
  const cycle = phases.reduce((a, p) => a + p.seconds, 0);
  if (!(cycle > 0)) throw new Error("phases must last more than 0 s in all");
  let u = ((t % cycle) + cycle) % cycle;
  for (const [index, phase] of phases.entries()) {
    if (u < phase.seconds) return { phase, index, left: phase.seconds - u };
    u -= phase.seconds;
  }
  // Floating-point edge at the very end of the cycle.
  return { phase: phases[0]!, index: 0, left: phases[0]!.seconds };
}

/**
 * Token ids for one prompt of the phase: the shared prefix is the same ids every time, the rest is
 * distinct per request so only the prefix can hit the cache. Ids stay in a range every vocabulary has.
 */
export function promptIds(phase: Phase, requestNumber: number): number[] {
  const ids = new Array<number>(phase.promptTokens);
  for (let i = 0; i < phase.promptTokens; i++) {
    ids[i] = i < phase.sharedPrefixTokens ? 1000 + (i % 5000) : 1000 + ((requestNumber * 7919 + i * 31) % 20000);
  }
  return ids;
}
