import { describe, expect, it } from "vitest";
import { okResult } from "../run/testing.ts";
import { detectSaturation } from "./saturation.ts";
import { evaluateProbe } from "./probe.ts";

/** A 10 s probe at `rate` req/s whose TTFT is `ttftAt(sent)` and E2E `e2e`. */
const probe = (rate: number, ttftAt: (t: number) => number, e2e = 0.5) =>
  Array.from({ length: rate * 10 }, (_, i) => {
    const sent = i / rate;
    const ttft = ttftAt(sent);
    return okResult({ index: i, sent, scheduled: sent, ttft, e2e: Math.max(e2e, ttft), tokens: 2, gap: Math.max(e2e, ttft) - ttft });
  });

describe("detectSaturation", () => {
  it("sees no saturation in a steady probe with noisy but flat latency", () => {
    expect(detectSaturation(probe(20, (t) => 0.05 + 0.02 * Math.sin(t * 7)), 10)).toBeUndefined();
  });

  it("reports a growing queue when TTFT climbs through the probe", () => {
    expect(detectSaturation(probe(20, (t) => 0.05 + 0.05 * t), 10)).toMatch(/^queue growing: latency to first token rose 4\d\d ms/);
  });

  it("reports a throughput plateau when the second half finishes far fewer requests than it sends", () => {
    // Flat TTFT, but every request takes 8 s: in the second half almost nothing that was sent has finished.
    const rs = probe(10, () => 0.05, 8).map((r, i) => (i % 2 ? { ...r, error: { kind: "aborted" as const, message: "cancelled" } } : r));
    expect(detectSaturation(rs, 10)).toMatch(/^throughput plateau: \d+ requests finished/);
  });
});

describe("evaluateProbe", () => {
  it("passes a steady probe within the SLO and fails one that saturates even while its p95 still meets it", () => {
    const slo = { ttft: 1, percentile: 95 as const };
    expect(evaluateProbe(20, probe(20, () => 0.05), 10, slo)).toMatchObject({ pass: true, sloPass: true, completed: 200 });
    const growing = evaluateProbe(20, probe(20, (t) => 0.05 + 0.05 * t), 10, slo);
    expect(growing).toMatchObject({ sloPass: true, pass: false });
    expect(growing.saturation).toMatch(/^queue growing/);
  });
});
