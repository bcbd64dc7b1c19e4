import { describe, expect, it } from "vitest";
import { insightsFor, observationOf } from "./insights.ts";
import { fakeSource, one } from "./testing/fake-source.ts";
import { lengthStats, loadTokenLengths } from "./token-lengths.ts";

const NOW = Date.UTC(2026, 0, 1, 12);
const request = { scope: { by: "total" } as const, windowSeconds: 300, atMs: NOW };

describe("token lengths for insights", () => {
  it("reads every statistic of both distributions from the source's total group", async () => {
    const source = fakeSource((key, scope) => one(key === "tokens:prompt:p99" ? 3900 : key.startsWith("tokens:output") ? 200 : 1000)(scope));
    const t = await loadTokenLengths(source, request);
    expect(t.prompt).toEqual({ p50: 1000, p90: 1000, p95: 1000, p99: 3900, mean: 1000 });
    expect(lengthStats(t.output)).toEqual({ mean: 200, p95: 200, p99: 200 });
  });

  it("keeps an unsupported distribution as its reason, and a failed query as null (never 0)", async () => {
    const source = fakeSource((key, scope) =>
      key.startsWith("tokens:output") ? { kind: "unsupported", reason: "no histogram" } : key === "tokens:prompt:p50" ? { kind: "error", message: "boom" } : one(7)(scope));
    const t = await loadTokenLengths(source, request);
    expect(t.output).toEqual({ unsupported: "no histogram" });
    expect(t.prompt).toMatchObject({ p50: null, p95: 7 });
    expect(lengthStats(t.output)).toEqual({});
  });

  it("lets prompts-near-max-model-len fire when the request tail reaches --max-model-len", () => {
    const input = {
      atMs: NOW, windowSeconds: 300, current: new Map(), previous: new Map(), targets: { up: true, lastScrapeMs: NOW },
      slo: { ttftSeconds: 0.5, itlSeconds: 0.1 }, config: { maxModelLen: 4096 },
    };
    const tokens = { prompt: { mean: 2000, p50: 2000, p90: 3500, p95: 3700, p99: 3900 }, output: { mean: 150, p50: 150, p90: 200, p95: 250, p99: 300 } };
    expect(observationOf({ ...input, tokens }).promptTokens).toEqual({ mean: 2000, p95: 3700, p99: 3900 });
    expect(insightsFor({ ...input, tokens }).recommendations.map((r) => r.flag)).toContain("--max-model-len");
    expect(insightsFor(input).recommendations.map((r) => r.flag)).not.toContain("--max-model-len");
  });
});
