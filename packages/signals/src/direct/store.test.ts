import { describe, expect, it } from "vitest";
import { ScrapeStore, type ScrapeRecord } from "./store.ts";

const ok = (t: number, value = 1): ScrapeRecord => ({ t, ok: true, samples: [{ name: "x", labels: Object.create(null), value }] });
const A = { address: "127.0.0.1:8000" };
const times = (store: ScrapeStore) => [...store.targets()].map((h) => h.scrapes.map((s) => s.t));

describe("ScrapeStore", () => {
  it("drops scrapes older than the retention, keeping at least the newest", () => {
    const store = new ScrapeStore({ retentionMs: 30_000 });
    for (const t of [0, 10_000, 20_000, 30_000, 40_000]) store.record(A, ok(t));
    expect(times(store)).toEqual([[10_000, 20_000, 30_000, 40_000]]);
  });

  it("keeps at most maxScrapesPerTarget scrapes per target", () => {
    const store = new ScrapeStore({ maxScrapesPerTarget: 3 });
    for (let t = 0; t < 10; t++) store.record(A, ok(t));
    expect(times(store)).toEqual([[7, 8, 9]]);
  });

  it("refuses a scrape that is not newer than the target's last, as Prometheus refuses out-of-order samples", () => {
    const store = new ScrapeStore();
    expect(store.record(A, ok(10))).toBe(true);
    expect(store.record(A, ok(10))).toBe(false);
    expect(store.record(A, ok(5))).toBe(false);
    expect(store.record(A, ok(NaN))).toBe(false);
    expect(times(store)).toEqual([[10]]);
  });

  it("keeps the first of duplicate series in one scrape and adds `up` with the target's instance", () => {
    const store = new ScrapeStore();
    store.record(A, { t: 0, ok: true, samples: [{ name: "x", labels: Object.create(null), value: 1 }, { name: "x", labels: Object.create(null), value: 2 }] });
    const scrape = [...store.targets()][0]!.scrapes[0]!;
    expect(scrape.byName.get("x")!.map((s) => s.value)).toEqual([1]);
    expect(scrape.byName.get("up")!.map((s) => [{ ...s.labels }, s.value])).toEqual([[{ instance: "127.0.0.1:8000" }, 1]]);
  });

  it("reports per target whether its last scrape worked, with the error when it did not", () => {
    const store = new ScrapeStore();
    store.record(A, ok(0));
    store.record(A, { t: 5, ok: false, error: { kind: "timeout", timeoutMs: 10, message: "slow" } });
    store.record({ address: "127.0.0.1:9400", instance: "127.0.0.1:8000" }, ok(3));
    expect(store.health()).toEqual([
      { url: "http://127.0.0.1:8000/metrics", instance: "127.0.0.1:8000", up: false, lastScrapeMs: 5, error: { kind: "timeout", timeoutMs: 10, message: "slow" } },
      { url: "http://127.0.0.1:9400/metrics", instance: "127.0.0.1:8000", up: true, lastScrapeMs: 3 },
    ]);
    expect(store.latestMs()).toBe(5);
    const failed = [...store.targets()][0]!.scrapes[1]!;
    expect([...failed.byName.keys()]).toEqual(["up"]);
  });
});
