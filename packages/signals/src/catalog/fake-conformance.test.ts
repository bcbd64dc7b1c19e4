import { beforeAll, describe, expect, it } from "vitest";
import { ENGINE_FLAVORS, type EngineFlavor } from "../types.ts";
import { CATALOG } from "./index.ts";
import { metricUses, type MetricUse } from "./metric-uses.ts";
import { bucketBounds, linesOf, readExposition, type Exposition } from "./testing/exposition.ts";
import { scrapeUnderLoad } from "./testing/fake-scrape.ts";

interface Scraped { readonly engine: Exposition; readonly dcgm: Exposition }

/** The exposition a name lives in: dcgm-exporter's, or the engine's own /metrics. */
const where = (s: Scraped, name: string) => (name.startsWith("DCGM_") ? s.dcgm : s.engine);

/** A counter read by `rate`, or a histogram's `_sum`/`_count` series (the token counters some flavors lack). */
function counterFamily(x: Exposition, name: string): string | undefined {
  if (x.types.get(name) === "counter") return name;
  const base = name.replace(/_(sum|count)$/, "");
  return base !== name && x.types.get(base) === "histogram" ? base : undefined;
}

function expectExposed(s: Scraped, use: MetricUse): void {
  const name = use.ref.names[0];
  const x = where(s, name);
  const match = use.ref.match ?? {};
  if (use.as === "histogram") {
    expect(x.types.get(name), `${name} type`).toBe("histogram");
    for (const suffix of ["_bucket", "_sum", "_count"]) expect(linesOf(x, name + suffix, match).length, name + suffix).toBeGreaterThan(0);
    return;
  }
  if (use.as === "counter") expect(counterFamily(x, name), `${name} is a counter`).toBeDefined();
  else expect(x.types.get(name), `${name} type`).toBe("gauge");
  expect(linesOf(x, name, match).length, `${name} ${JSON.stringify(match)} has samples`).toBeGreaterThan(0);
}

describe.each(ENGINE_FLAVORS)("catalog %s against the fake backend's /metrics under load", (flavor: EngineFlavor) => {
  const catalog = CATALOG[flavor];
  let scraped: Scraped;
  beforeAll(async () => {
    const s = await scrapeUnderLoad(flavor);
    scraped = { engine: readExposition(s.engine), dcgm: readExposition(s.dcgm) };
  });

  const uses = Object.entries(catalog.signals).flatMap(([id, source]) =>
    metricUses(source).map((use) => [`${id} reads ${use.ref.names[0]}${use.ref.match ? JSON.stringify(use.ref.match) : ""} as a ${use.as}`, use] as const));

  it.each(uses)("%s", (_title, use) => expectExposed(scraped, use));

  it.each(uses.filter(([, u]) => catalog.modelLabel !== undefined && !u.ref.names[0].startsWith("DCGM_") && !u.ref.names[0].startsWith("nv_gpu_") && u.ref.names[0] !== "nv_energy_consumption"))(
    "%s, labelled with the model",
    (_title, use) => {
      const name = use.ref.names[0];
      const lines = [name, `${name}_count`].flatMap((n) => linesOf(scraped.engine, n));
      expect(lines.length).toBeGreaterThan(0);
      for (const l of lines) expect(l.labels[catalog.modelLabel!], name).toBeTruthy();
    });

  const histograms = Object.entries(catalog.signals).flatMap(([id, s]) => (s.kind === "histogram" ? [[id, s] as const] : []));
  it.each(histograms)("%s lists the exposed bucket bounds", (_id, source) => {
    expect(source.buckets).toEqual(bucketBounds(where(scraped, source.histogram.names[0]), source.histogram.names[0]));
  });
});
