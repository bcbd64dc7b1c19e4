import { arrivalTimes, type ArrivalModel } from "@throtl/workload";
import { Rng } from "@throtl/simulator";

/** Arrival times in [0, seconds) for `model`, seeded; enough are drawn that running short is ~impossible. */
export function arrivalsWithin(model: ArrivalModel, seconds: number, seed: number): number[] {
  const mean = model.rate * seconds;
  // Counts vary by about sqrt(mean / burstiness); ten of those above the mean is never reached in practice.
  const spread = Math.sqrt(mean / (model.kind === "gamma" ? model.burstiness : 1));
  const count = Math.ceil(mean + 10 * spread + 10);
  const times = arrivalTimes(model, count, new Rng(seed));
  const end = times.findIndex((t) => t >= seconds);
  return end < 0 ? times : times.slice(0, end);
}

/**
 * A linear ramp from `from` to `to` requests/s over `seconds`, by time rescaling: unit-rate arrivals u
 * are mapped to the t where the ramp's cumulative rate a t + (b - a) t^2 / 2T reaches u.
 */
export function rampArrivals(from: number, to: number, seconds: number, unit: ArrivalModel, seed: number): number[] {
  const total = ((from + to) * seconds) / 2;
  const k = (to - from) / (2 * seconds);
  return arrivalsWithin({ ...unit, rate: 1 }, total, seed).map((u) =>
    // 2u / (a + sqrt(a^2 + 4ku)) is the quadratic's root without cancellation when k is small or a is 0.
    u === 0 ? 0 : (2 * u) / (from + Math.sqrt(Math.max(0, from * from + 4 * k * u))));
}
