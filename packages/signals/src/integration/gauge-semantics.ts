// Are the running and waiting gauges the catalog picked the right ones? At every scrape of the window
// the query's value per instance is compared with the simulator's count at that moment: requests
// scheduled and not finished (running), arrived and not yet scheduled (waiting). A gauge reads the
// live engine, which may be one step ahead of the delivered records, so the check allows a mean
// difference of one request per engine: a swapped or wrong family is off by several.
import type { PromClient } from "@throtl/prom";
import { CATALOG } from "../catalog/index.ts";
import { signalQuery } from "../query.ts";
import type { EngineFlavor } from "../types.ts";
import type { MemberTruth, Timing } from "./expected.ts";
import type { LifeData } from "./quantities.ts";
import type { CheckResult } from "./run-checks.ts";

/** How many requests were running (or waiting) at epoch second `t`. */
export function inFlightAt(d: LifeData, what: "running" | "waiting", t: number): number {
  const v = t - d.startEpoch;
  return d.records.filter((r) => {
    const scheduled = !Number.isNaN(r.scheduledAt) && r.scheduledAt <= v;
    return what === "running" ? scheduled && v < r.finishedAt : r.arrival <= v && !scheduled && v < r.finishedAt;
  }).length;
}

export async function gaugeSemantics(client: PromClient, flavors: readonly EngineFlavor[], members: readonly MemberTruth[], timing: Timing, engines: (instance: string) => number): Promise<CheckResult[]> {
  const out: CheckResult[] = [];
  for (const flavor of flavors) {
    for (const signal of ["running", "waiting"] as const) {
      const q = signalQuery(flavor, { signal }, { scope: { by: "instance" }, window: `${timing.window}s` });
      if (!q.ok) continue;
      for (const m of members.filter((x) => x.flavor === flavor)) {
        const scrapes = timing.engineScrapes(m.instance).filter((s) => s.t >= timing.at - timing.window && s.t <= timing.at);
        const diffs: number[] = [];
        for (const s of scrapes) {
          const { data } = await client.query(q.promql, Math.round(s.t * 1000) + 1);
          const got = data.resultType === "vector" ? data.result.find((e) => e.metric.instance === m.instance)?.value?.value : undefined;
          if (got === undefined) continue;
          const truth = (t: number) => m.lifetimes.reduce((n, l) => n + inFlightAt(l, signal, t), 0);
          diffs.push(Math.min(Math.abs(got - truth(s.t)), Math.abs(got - truth(s.answered))));
        }
        const mean = diffs.reduce((a, b) => a + b, 0) / diffs.length;
        out.push({
          source: "prometheus", flavor, signal, stat: "at each scrape", by: "instance", group: m.instance, rule: "gauge",
          ok: diffs.length >= scrapes.length - 1 && diffs.length > 0 && mean <= engines(m.instance), got: mean, want: 0,
          detail: `mean |gauge − simulator| over ${diffs.length} scrapes, allowed ${engines(m.instance)} (one per engine); catalog: ${CATALOG[flavor].signals[signal].kind}`,
        });
      }
    }
  }
  return out;
}
