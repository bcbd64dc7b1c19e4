import type { SignalId } from "@throtl/signals";
import { describe, expect, it } from "vitest";
import type { Snapshot } from "../model/snapshot-schema.ts";
import { snapshot, type SnapshotRecipe } from "../testing/index.ts";
import { compareSnapshots } from "./compare-snapshots.ts";
import type { Verdict } from "./verdict.ts";

const BASE_ID = "00000000-0000-4000-8000-000000000001";
const CAND_ID = "00000000-0000-4000-8000-000000000002";
const base = snapshot(BASE_ID, {}, { seed: 1 });
const candidate = (recipe: SnapshotRecipe, overrides: Partial<Snapshot> = {}) => snapshot(CAND_ID, { name: "candidate", ...overrides }, recipe);

function verdictOf(c: ReturnType<typeof compareSnapshots>, signal: SignalId, stat: string): Verdict | undefined {
  return c.signals.find((r) => r.signal === signal && r.stat === stat)?.verdict;
}

describe("latency verdicts from the bootstrap over bucket counts", () => {
  // Same log-normal shapes, 2,400 requests (48,000 ITL observations) a side; only the scale moves.
  const cases: { name: string; recipe: SnapshotRecipe; expected: Verdict }[] = [
    { name: "20 % faster is clearly better", recipe: { seed: 3, latencyScale: 0.8 }, expected: "better" },
    { name: "20 % slower is clearly worse", recipe: { seed: 4, latencyScale: 1.2 }, expected: "worse" },
    { name: "the same distribution, resampled, is noise", recipe: { seed: 2 }, expected: "no_significant_change" },
  ];
  const rows: [SignalId, string][] = [["ttft", "p50"], ["ttft", "p90"], ["ttft", "mean"], ["itl", "p50"], ["itl", "p99"], ["e2e", "p95"], ["e2e", "mean"]];

  describe.each(cases)("$name", ({ recipe, expected }) => {
    const c = compareSnapshots(base, candidate(recipe));
    it.each(rows)("%s %s", (signal, stat) => {
      expect(verdictOf(c, signal, stat)).toBe(expected);
    });
  });

  it("states the interval and what it rests on", () => {
    const row = compareSnapshots(base, candidate({ seed: 4, latencyScale: 1.2 })).signals.find((r) => r.signal === "ttft" && r.stat === "p90");
    expect(row?.method).toBe("bootstrap");
    expect(row?.interval?.low).toBeGreaterThan(0);
    expect(row?.confidence).toMatch(/^95 % interval of the change: \+[\d.]+ ms to \+[\d.]+ ms \(bootstrap over the histogram buckets, 2000 resamples of 2,400 and 2,400 observations, seed 1\)\. The interval excludes 0\.$/);
  });

  it("gives the same intervals for the same seed, and other ones for another seed", () => {
    const b = candidate({ seed: 2 });
    const ttft = (seed: number) => compareSnapshots(base, b, { seed }).signals.find((r) => r.signal === "ttft" && r.stat === "p95")?.interval;
    expect(ttft(5)).toEqual(ttft(5));
    expect(ttft(5)).not.toEqual(ttft(6));
  });
});

describe("rate, ratio and gauge verdicts", () => {
  const cases: { name: string; values: SnapshotRecipe["values"]; signal: SignalId; expected: Verdict; method: string }[] = [
    { name: "throughput +15 % over 2,400 requests is better", values: { generation_tokens_rate: 920 }, signal: "generation_tokens_rate", expected: "better", method: "compound-poisson" },
    { name: "throughput +3 % is within the noise", values: { generation_tokens_rate: 824 }, signal: "generation_tokens_rate", expected: "no_significant_change", method: "compound-poisson" },
    { name: "preemptions 0.01 → 0.05 /s over 600 s are worse", values: { preemption_rate: 0.05 }, signal: "preemption_rate", expected: "worse", method: "poisson" },
    { name: "error rate 0.2 % → 2 % is worse", values: { error_rate: 0.02 }, signal: "error_rate", expected: "worse", method: "newcombe" },
    { name: "error rate 0.2 % → 0.25 % is noise", values: { error_rate: 0.0025 }, signal: "error_rate", expected: "no_significant_change", method: "newcombe" },
    { name: "power −10 % without a recorded spread passes the 5 % floor: better", values: { power: 468 }, signal: "power", expected: "better", method: "threshold" },
    { name: "power −3 % without a recorded spread stays under the floor", values: { power: 504 }, signal: "power", expected: "no_significant_change", method: "threshold" },
    { name: "KV use has no good direction: a clear change is just changed", values: { kv_cache_usage: 0.6 }, signal: "kv_cache_usage", expected: "changed", method: "threshold" },
  ];
  it.each(cases)("$name", ({ values, signal, expected, method }) => {
    const row = compareSnapshots(base, candidate({ seed: 1, values })).signals.find((r) => r.signal === signal);
    expect(row?.verdict).toBe(expected);
    expect(row?.method).toBe(method);
  });

  it("uses a recorded gauge spread for an interval", () => {
    const withSpread = (s: Snapshot, stddev: number): Snapshot => ({
      ...s,
      signals: s.signals.map((v) => (v.signal === "gpu_util" ? { ...v, spread: { samples: 40, stddev } } : v)),
    });
    const b = candidate({ seed: 1, values: { gpu_util: 0.86 } });
    const noisy = compareSnapshots(withSpread(base, 0.2), withSpread(b, 0.2)).signals.find((r) => r.signal === "gpu_util");
    const steady = compareSnapshots(withSpread(base, 0.01), withSpread(b, 0.01)).signals.find((r) => r.signal === "gpu_util");
    expect([noisy?.method, noisy?.verdict]).toEqual(["gauge-spread", "no_significant_change"]);
    expect([steady?.method, steady?.verdict]).toEqual(["gauge-spread", "changed"]);
  });
});

describe("values that cannot be compared", () => {
  it("says which side lacks the value and why", () => {
    const unsupported = candidate({ seed: 1 });
    const b: Snapshot = {
      ...unsupported,
      signals: unsupported.signals.map((v) => (v.signal === "prefix_cache_hit_rate" ? { ...v, value: null, unsupported: "TGI exports no prefix-cache counters" } : v)),
    };
    const row = compareSnapshots(base, b).signals.find((r) => r.signal === "prefix_cache_hit_rate");
    expect(row?.verdict).toBe("not_comparable");
    expect(row?.delta).toBeNull();
    expect(row?.confidence).toBe("Not comparable: unsupported in the candidate (TGI exports no prefix-cache counters).");
  });

  it("keeps gaps as gaps: a null value is not 0", () => {
    const row = compareSnapshots(base, candidate({ seed: 1, values: { waiting: null } })).signals.find((r) => r.signal === "waiting");
    expect(row?.candidate).toBeNull();
    expect(row?.confidence).toBe("Not comparable: no data in the candidate window.");
  });
});

describe("the comparison as a whole", () => {
  it("lists config changes and flags different workloads", () => {
    const b = candidate({ seed: 1, requestRate: 6 }, {
      engineConfig: [...base.engineConfig.filter((f) => f.flag !== "max_num_seqs"), { flag: "max_num_seqs", value: "512", origin: "cache_config_info" }],
    });
    const c = compareSnapshots(base, b);
    expect(c.config.map((x) => x.text)).toEqual(["max_num_seqs 256 → 512"]);
    expect(c.likeForLike).toBe(false);
    expect(c.warnings.map((w) => w.field)).toEqual(["requestRate"]);
  });
});
