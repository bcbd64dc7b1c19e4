import type { RequestResult } from "../run/result.ts";

/** A request's mean gap between text chunks, (last − first) / (n − 1); NaN under 2 chunks. */
export function tpotOf(r: RequestResult): number {
  const t = r.tokenTimes;
  return t.length < 2 ? Number.NaN : (t[t.length - 1]! - t[0]!) / (t.length - 1);
}

/** Every gap between consecutive text chunks, over all requests (vLLM's benchmark ITL). */
export function pooledGaps(rs: readonly RequestResult[]): Float64Array {
  const out = new Float64Array(rs.reduce((a, r) => a + Math.max(0, r.tokenTimes.length - 1), 0));
  let k = 0;
  for (const r of rs) for (let i = 1; i < r.tokenTimes.length; i++) out[k++] = r.tokenTimes[i]! - r.tokenTimes[i - 1]!;
  return out;
}
