// 95 % intervals for a change (candidate − base) from counting statistics.

/** Two-sided 95 % standard normal quantile. */
export const Z95 = 1.959963984540054;

export interface Interval {
  readonly low: number;
  readonly high: number;
}

/** delta ± z·sqrt(varBase + varCandidate): independent estimates, normal approximation. */
export function normalDiff(delta: number, varBase: number, varCandidate: number): Interval {
  const half = Z95 * Math.sqrt(varBase + varCandidate);
  return { low: delta - half, high: delta + half };
}

/** Wilson score interval for a proportion k/n: sane at 0 and 1 where the Wald interval collapses. */
export function wilson(k: number, n: number): Interval {
  if (!(n > 0)) return { low: 0, high: 1 };
  const p = k / n;
  const z2 = Z95 * Z95;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z95 / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** Newcombe's hybrid score interval for pCandidate − pBase (method 10 of Newcombe 1998). */
export function newcombeDiff(kBase: number, nBase: number, kCandidate: number, nCandidate: number): Interval {
  const pA = kBase / nBase;
  const pB = kCandidate / nCandidate;
  const a = wilson(kBase, nBase);
  const b = wilson(kCandidate, nCandidate);
  const d = pB - pA;
  return {
    low: d - Math.sqrt((pB - b.low) ** 2 + (a.high - pA) ** 2),
    high: d + Math.sqrt((b.high - pB) ** 2 + (pA - a.low) ** 2),
  };
}

/** Percentile of sorted values, interpolated between ranks. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * p;
  const lo = Math.floor(pos);
  const hi = Math.min(sorted.length - 1, lo + 1);
  const a = sorted[lo] ?? Number.NaN;
  const b = sorted[hi] ?? Number.NaN;
  return a + (b - a) * (pos - lo);
}
