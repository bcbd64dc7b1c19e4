import { parseExposition } from "../parse.ts";
import { seriesKey, withTargetLabels } from "../series.ts";
import { ScrapeStore } from "../store.ts";
import type { OracleSeries } from "./promtool-oracle.ts";

/** One target's /metrics bodies, one per scrape slot; null is a failed scrape. */
export interface ScenarioTarget {
  readonly address: string;
  readonly instance?: string;
  readonly bodies: readonly (string | null)[];
}

/** The bodies parsed into a store, scrape i at i·interval. Throws on a body that does not parse. */
export function storeOf(targets: readonly ScenarioTarget[], intervalSeconds: number): ScrapeStore {
  const store = new ScrapeStore();
  for (const target of targets) {
    target.bodies.forEach((body, i) => {
      const t = i * intervalSeconds * 1000;
      if (body === null) return void store.record(target, { t, ok: false, error: { kind: "unreachable", message: "scenario" } });
      const parsed = parseExposition(body);
      if (!parsed.ok) throw new Error(`scenario body ${target.address}#${i}: ${JSON.stringify(parsed.error)}`);
      store.record(target, { t, ok: true, samples: parsed.samples });
    });
  }
  return store;
}

/**
 * The same history as Prometheus stores it: a value per slot, a staleness marker where a series
 * vanishes or the scrape fails, nothing after. `job` keeps targets that share an instance apart.
 */
export function oracleSeriesOf(targets: readonly ScenarioTarget[]): OracleSeries[] {
  const out: OracleSeries[] = [];
  for (const target of targets) {
    const slots = target.bodies.map((body) => {
      const values = new Map<string, { labels: Record<string, string>; value: number }>();
      const parsed = body === null ? undefined : parseExposition(body);
      for (const s of parsed?.ok ? parsed.samples : []) {
        const labels = { ...withTargetLabels(s.labels, target.instance ?? target.address), __name__: s.name, job: target.address };
        if (!values.has(seriesKey(s.name, labels))) values.set(seriesKey(s.name, labels), { labels, value: s.value });
      }
      return values;
    });
    const keys = new Map(slots.flatMap((m) => [...m].map(([k, v]) => [k, v.labels] as const)));
    for (const [key, labels] of keys) {
      out.push({
        labels,
        values: slots.map((m, i) => m.get(key)?.value ?? (i > 0 && slots[i - 1]!.has(key) ? "stale" : "_")),
      });
    }
  }
  return out;
}
