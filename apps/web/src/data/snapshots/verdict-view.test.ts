import { describe, expect, it } from "vitest";
import { verdictSummary, verdictView } from "./verdict-view.ts";

describe("verdict view", () => {
  it("colors by verdict and points the arrow by the value: a lower TTFT is a green ▼", () => {
    expect(verdictView("better", -0.07)).toEqual({ verdict: "better", label: "better", tone: "good", arrow: "▼" });
    expect(verdictView("worse", 0.07)).toMatchObject({ tone: "bad", arrow: "▲" });
    expect(verdictView("better", 250)).toMatchObject({ tone: "good", arrow: "▲" });
  });

  it("keeps noise and gaps grey, and a clear change of a directionless signal neutral", () => {
    expect(verdictView("no_significant_change", 0.001)).toMatchObject({ label: "no significant change", tone: "muted" });
    expect(verdictView("not_comparable", null)).toMatchObject({ label: "not comparable", tone: "muted", arrow: "" });
    expect(verdictView("changed", 3)).toMatchObject({ tone: "accent", arrow: "▲" });
  });

  it("summarizes counts in a fixed order, leaving out zeros", () => {
    expect(verdictSummary(["no_significant_change", "worse", "better", "better"])).toBe("2 better · 1 worse · 1 no significant change");
    expect(verdictSummary([])).toBe("");
  });
});
