// A stable string key per catalog question, so loaders can ask each question once and mappers can
// find the answers again.
import type { LatencyStat, SignalId, SignalQuery } from "@throtl/signals";

export const valueQ = (signal: SignalId): SignalQuery => ({ signal });
export const statQ = (signal: SignalId, stat: LatencyStat): SignalQuery => ({ signal, stat });
export const sloQ = (signal: SignalId, sloSeconds: number): SignalQuery => ({ signal, sloSeconds });

export function queryKey(q: SignalQuery): string {
  if (q.stat !== undefined) return `${q.signal}:${q.stat}`;
  if (q.sloSeconds !== undefined) return `${q.signal}:le:${q.sloSeconds}`;
  return q.signal;
}

/** The distinct queries, in first-seen order. */
export function uniqueQueries(queries: Iterable<SignalQuery>): SignalQuery[] {
  const seen = new Map<string, SignalQuery>();
  for (const q of queries) if (!seen.has(queryKey(q))) seen.set(queryKey(q), q);
  return [...seen.values()];
}
