import { describe, expect, it } from "vitest";
import { judgeOverview, type Overview } from "./check-panel.ts";

const overview = (o: Partial<Overview> = {}): Overview => ({
  status: { kind: "live" }, source: { mode: "prometheus", flavor: "vllm" }, health: { state: "HEALTHY" },
  tiles: [{ id: "generation_tokens_rate", status: "ok", primary: { text: "1,234" } }, { id: "request_rate", status: "ok", primary: { text: "3.2" } }],
  recommendations: [{ id: "lower-max-num-seqs", severity: "warning", title: "Lower --max-num-seqs", flag: "--max-num-seqs", suggested: "16" }],
  ...o,
});

describe("judgeOverview", () => {
  it("passes with live status, generated tokens above 0 and a recommendation, and says what it saw", () => {
    const v = judgeOverview(overview());
    expect(v.ok).toBe(true);
    expect(v.lines).toContain("recommendation (warning): Lower --max-num-seqs — --max-num-seqs → 16");
    expect(v.lines[1]).toMatch(/^generated tokens\/s 1,234 \[ok\]/);
  });

  it("fails on stale data, a zero or missing token rate, or no recommendation", () => {
    expect(judgeOverview(overview({ status: { kind: "stale" } })).ok).toBe(false);
    expect(judgeOverview(overview({ tiles: [{ id: "generation_tokens_rate", status: "ok", primary: { text: "0" } }] })).ok).toBe(false);
    expect(judgeOverview(overview({ tiles: [] })).ok).toBe(false);
    expect(judgeOverview(overview({ recommendations: [] })).lines).toContain("no recommendation yet");
  });
});
