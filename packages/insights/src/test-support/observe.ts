import type { Observation } from "../observation.ts";

type Overrides = { readonly [K in keyof Observation]?: Observation[K] extends object ? Partial<Observation[K]> : Observation[K] };

/**
 * A fresh, up backend at t = 10,000 s with a 5-minute window and nothing else known; tests add only
 * the values their rule reads, so "missing data" is the default.
 */
export function observe(o: Overrides = {}): Observation {
  return {
    at: o.at ?? 10_000,
    windowSeconds: o.windowSeconds ?? 300,
    backend: { up: true, lastSampleAt: 9_995, ...o.backend },
    current: { ...o.current },
    previous: { ...o.previous },
    config: { ...o.config },
    promptTokens: { ...o.promptTokens },
    outputTokens: { ...o.outputTokens },
    settings: { ...o.settings },
  };
}
