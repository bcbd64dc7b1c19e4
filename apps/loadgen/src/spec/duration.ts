/**
 * "150ms", "2s", "1.5m" or a bare number of seconds → seconds. NaN when it is none of these, so the
 * caller's zod refinement names the flag.
 */
export function parseSeconds(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(ms|s|m)?\s*$/.exec(text);
  if (!m) return Number.NaN;
  const v = Number(m[1]);
  return m[2] === "ms" ? v / 1000 : m[2] === "m" ? v * 60 : v;
}

/** "0.1%" → 0.001, "0.001" → 0.001; NaN otherwise. */
export function parseFraction(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(%)?\s*$/.exec(text);
  if (!m) return Number.NaN;
  return m[2] ? Number(m[1]) / 100 : Number(m[1]);
}
