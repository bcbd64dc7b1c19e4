import type { Unit } from "@throtl/signals";

/**
 * A change counts only when it beats both bars: `relative` of the previous value and `absolute` in
 * the signal's unit (the floor keeps near-zero values from flipping arrows on every wobble).
 */
export interface NoiseThreshold {
  readonly relative: number;
  readonly absolute: number;
}

/** rate() over a few-minute window wobbles a few percent at steady load; 5 % stays above that. */
export const DEFAULT_RELATIVE_NOISE = 0.05;

const MiB = 1024 * 1024;

/** Absolute floors per unit: the smallest change an operator would act on. */
export const DEFAULT_NOISE: Readonly<Record<Unit, NoiseThreshold>> = {
  // One request every 20 s: below that a quiet server's rate is counting noise.
  "req/s": { relative: DEFAULT_RELATIVE_NOISE, absolute: 0.05 },
  // One token per second is far below any real serving rate.
  "tok/s": { relative: DEFAULT_RELATIVE_NOISE, absolute: 1 },
  // One percentage point of a share (KV use, error rate, hit rate, GPU util).
  ratio: { relative: DEFAULT_RELATIVE_NOISE, absolute: 0.01 },
  // 5 ms: about one decode step, the resolution of ITL and below what users notice in TTFT.
  seconds: { relative: DEFAULT_RELATIVE_NOISE, absolute: 0.005 },
  // Half a request: gauges averaged over a window move in fractions.
  count: { relative: DEFAULT_RELATIVE_NOISE, absolute: 0.5 },
  // One preemption every 100 s.
  "1/s": { relative: DEFAULT_RELATIVE_NOISE, absolute: 0.01 },
  // 256 MiB: allocator and CUDA-graph churn moves VRAM by this much without any change in load.
  bytes: { relative: DEFAULT_RELATIVE_NOISE, absolute: 256 * MiB },
  // 5 W: board power sensors report in 1-5 W steps and jitter by a few watts.
  watts: { relative: DEFAULT_RELATIVE_NOISE, absolute: 5 },
  // 1 °C: the sensor's resolution.
  celsius: { relative: DEFAULT_RELATIVE_NOISE, absolute: 1 },
  // 0.01 J/token: a few percent of a typical 0.1-1 J/token.
  "J/token": { relative: DEFAULT_RELATIVE_NOISE, absolute: 0.01 },
  // A hundredth of a cent per 1K tokens.
  "USD/1k tokens": { relative: DEFAULT_RELATIVE_NOISE, absolute: 0.0001 },
  // One token per step.
  tokens: { relative: DEFAULT_RELATIVE_NOISE, absolute: 1 },
};

/** The unit's threshold; a unit added to the catalog later falls back to the relative bar alone. */
export function noiseFor(unit: Unit): NoiseThreshold {
  return (DEFAULT_NOISE as Partial<Record<Unit, NoiseThreshold>>)[unit] ?? { relative: DEFAULT_RELATIVE_NOISE, absolute: 0 };
}
