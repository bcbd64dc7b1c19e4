import { Rng } from "@throtl/simulator";
import { describe, expect, it } from "vitest";
import { arrivalTimes } from "./arrivals.ts";
import { generateRequests } from "./generate.ts";

const gaps = (ts: number[]) => ts.slice(1).map((t, i) => t - ts[i]!);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const cv = (xs: number[]) => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2))) / mean(xs);

describe("arrival models", () => {
  it("constant rate spaces arrivals exactly 1/rate apart, starting at 0", () => {
    expect(arrivalTimes({ kind: "constant", rate: 4 }, 4, new Rng(1))).toEqual([0, 0.25, 0.5, 0.75]);
  });

  it("poisson has mean gap 1/rate and coefficient of variation 1 (within 3 % over 20k gaps)", () => {
    const g = gaps(arrivalTimes({ kind: "poisson", rate: 5 }, 20000, new Rng(7)));
    expect(mean(g)).toBeCloseTo(0.2, 2);
    expect(Math.abs(cv(g) - 1)).toBeLessThan(0.03);
  });

  it("gamma with burstiness 0.25 keeps the rate but has CV 2 (1/sqrt(burstiness))", () => {
    const g = gaps(arrivalTimes({ kind: "gamma", rate: 5, burstiness: 0.25 }, 40000, new Rng(7)));
    expect(mean(g) / 0.2).toBeCloseTo(1, 1);
    expect(Math.abs(cv(g) - 2)).toBeLessThan(0.1);
  });
});

describe("generateRequests", () => {
  const spec = { count: 200, seed: 3, arrivals: { kind: "poisson", rate: 10 }, lengths: { kind: "fixed", promptTokens: 100, outputTokens: 20 } } as const;

  it("is deterministic for a seed and differs across seeds", () => {
    expect(generateRequests(spec)).toEqual(generateRequests(spec));
    expect(generateRequests({ ...spec, seed: 4 })[1]!.arrival).not.toBe(generateRequests(spec)[1]!.arrival);
  });

  it("gives every request the fixed lengths as prompt and max_tokens", () => {
    const reqs = generateRequests(spec);
    expect(reqs[0]).toEqual({ id: "syn-0", arrival: 0, promptTokens: 100, maxTokens: 20 });
    expect(new Set(reqs.map((r) => `${r.promptTokens}/${r.maxTokens}`))).toEqual(new Set(["100/20"]));
  });

  it("shares the leading block hashes within a prefix group and nothing after the shared part", () => {
    const reqs = generateRequests({ ...spec, prefix: { groups: 2, sharedTokens: 64, blockSize: 16 } });
    const byFirst = new Map<number, number[][]>();
    for (const r of reqs) {
      expect(r.blockHashes).toHaveLength(6); // floor(100 / 16)
      byFirst.set(r.blockHashes![0]!, [...(byFirst.get(r.blockHashes![0]!) ?? []), [...r.blockHashes!]]);
    }
    expect(byFirst.size).toBe(2);
    for (const members of byFirst.values()) {
      expect(new Set(members.map((h) => h.slice(0, 4).join()))).toHaveProperty("size", 1);
      expect(new Set(members.map((h) => h[4])).size).toBe(members.length);
    }
  });

  it("keeps the same arrivals for a seed whether or not a prefix model is added", () => {
    const plain = generateRequests(spec).map((r) => r.arrival);
    expect(generateRequests({ ...spec, prefix: { groups: 3, sharedTokens: 32 } }).map((r) => r.arrival)).toEqual(plain);
  });

  it("refuses a bad spec naming the field", () => {
    expect(() => generateRequests({ ...spec, arrivals: { kind: "poisson", rate: -1 } })).toThrow(/^invalid synthetic workload arrivals\.rate/);
    expect(() => generateRequests({ ...spec, lengths: { kind: "fixed", promptTokens: 0, outputTokens: 1 } })).toThrow(/lengths\.promptTokens/);
  });
});
