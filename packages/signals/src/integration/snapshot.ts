// Every series' value at one moment, from Prometheus (an instant query of all series) or from direct
// mode's scrape store (each target's latest scrape at or before the moment), in one shape, so the
// same membership and raw-aggregation code reads both.
import type { PromClient } from "@throtl/prom";
import type { SeriesSource } from "../direct/index.ts";

export interface SeriesPoint {
  readonly name: string;
  /** Labels without __name__, with the target's `instance` (and `job` from Prometheus). */
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

export type Snapshot = readonly SeriesPoint[];

/** The latest sample of every series at `atMs` (Prometheus' 5-minute lookback, staleness applied). */
export async function promSnapshot(client: PromClient, atMs: number): Promise<Snapshot> {
  const { data } = await client.query('{__name__=~".+"}', atMs, { timeoutMs: 20_000 });
  if (data.resultType !== "vector") throw new Error(`expected a vector, got ${data.resultType}`);
  return data.result.flatMap((e) => {
    if (!e.value) return [];
    const { __name__: name, ...labels } = e.metric;
    return [{ name: name!, labels, value: e.value.value }];
  });
}

/** Every series with samples in the window before `atMs`, for which series exist (values are NaN). */
export async function promWindowSnapshot(client: PromClient, atMs: number, windowSeconds: number): Promise<Snapshot> {
  const { data } = await client.series(['{__name__=~".+"}'], { start: atMs - windowSeconds * 1000, end: atMs }, { timeoutMs: 20_000 });
  return data.map(({ __name__: name, ...labels }) => ({ name: name!, labels, value: Number.NaN }));
}

/** What direct mode sees at `atMs`: each target's latest scrape at or before it, if it succeeded. */
export function storeSnapshot(source: SeriesSource, atMs: number): Snapshot {
  const out: SeriesPoint[] = [];
  for (const target of source.targets()) {
    const scrape = target.scrapes.filter((s) => s.t <= atMs).at(-1);
    if (!scrape?.record.ok) continue;
    for (const [name, series] of scrape.byName) for (const s of series) out.push({ name, labels: s.labels, value: s.value });
  }
  return out;
}

/** Every series of a successful scrape in the window before `atMs` (the latest value of each). */
export function storeWindowSnapshot(source: SeriesSource, atMs: number, windowSeconds: number): Snapshot {
  const latest = new Map<string, SeriesPoint>();
  for (const target of source.targets()) {
    for (const scrape of target.scrapes) {
      if (!scrape.record.ok || scrape.t > atMs || scrape.t < atMs - windowSeconds * 1000) continue;
      for (const [name, series] of scrape.byName) for (const s of series) latest.set(`${target.url} ${name} ${JSON.stringify(s.labels)}`, { name, labels: s.labels, value: s.value });
    }
  }
  return [...latest.values()];
}
