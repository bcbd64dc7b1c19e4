// Seeded randomness for the bootstrap: same seed, same interval, so a saved comparison reads the same
// on every page load and tests can assert exact verdicts.

export type Rng = () => number;

/** mulberry32: 32-bit state, uniform in [0, 1). Plenty for resampling; not for cryptography. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal (Box–Muller). */
export function normal(rng: Rng): number {
  const u = 1 - rng(); // (0, 1]: log(0) is -Infinity
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/**
 * Binomial(n, p). Exact inversion while n·min(p, 1−p) < 30 (expected steps ≈ that mean); above it a
 * rounded normal, whose error at that size is far below the bootstrap's own sampling error.
 */
export function binomial(rng: Rng, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  const flip = p > 0.5;
  const q = flip ? 1 - p : p;
  let k: number;
  if (n * q < 30) {
    const s = q / (1 - q);
    const a = (n + 1) * s;
    let r = Math.pow(1 - q, n);
    let u = rng();
    k = 0;
    while (u > r && k < n) {
      u -= r;
      k++;
      r *= a / k - s;
    }
  } else {
    const mean = n * q;
    k = Math.min(n, Math.max(0, Math.round(mean + Math.sqrt(mean * (1 - q)) * normal(rng))));
  }
  return flip ? n - k : k;
}

/** Multinomial(n, weights) by conditional binomials; weights need not sum to 1. */
export function multinomial(rng: Rng, n: number, weights: readonly number[]): number[] {
  let total = weights.reduce((s, w) => s + w, 0);
  let left = n;
  return weights.map((w) => {
    const k = total > 0 && left > 0 ? binomial(rng, left, w / total) : 0;
    total -= w;
    left -= k;
    return k;
  });
}
