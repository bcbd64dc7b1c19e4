import { describe, expect, it } from "vitest";
import { overviewQuery, parseOverviewState } from "./url-state.ts";

const defaults = { range: "1h", refresh: "15s" } as const;

describe("parseOverviewState", () => {
  it("uses the defaults when the URL says nothing", () => {
    expect(parseOverviewState({}, defaults)).toEqual({ state: { range: "1h", refresh: "15s", model: undefined, instance: undefined }, notices: [] });
  });

  it("accepts valid values, model names with slashes and host:port instances", () => {
    const { state, notices } = parseOverviewState({ range: "5m", refresh: "off", model: "meta-llama/Llama-3.1-8B-Instruct", instance: "10.0.0.7:8000" }, defaults);
    expect(state).toEqual({ range: "5m", refresh: "off", model: "meta-llama/Llama-3.1-8B-Instruct", instance: "10.0.0.7:8000" });
    expect(notices).toEqual([]);
  });

  it("falls back with a visible notice for an invalid range instead of failing", () => {
    const { state, notices } = parseOverviewState({ range: "7d" }, defaults);
    expect(state.range).toBe("1h");
    expect(notices).toEqual([expect.stringMatching(/^Ignored range="7d": range must be one of 5m, 15m, 1h, 6h, 24h; showing 1h\.$/)]);
  });

  it("falls back to all models for a model name with odd characters", () => {
    const { state, notices } = parseOverviewState({ model: "<script>" }, defaults);
    expect(state.model).toBeUndefined();
    expect(notices[0]).toMatch(/Ignored model=.*showing all\./);
  });

  it("takes the first of a repeated parameter and treats empty as absent", () => {
    expect(parseOverviewState({ range: ["5m", "24h"], model: "" }, defaults).state).toMatchObject({ range: "5m", model: undefined });
  });
});

describe("overviewQuery", () => {
  const state = { range: "1h", refresh: "15s", model: undefined, instance: undefined } as const;

  it("leaves defaults out of the URL", () => {
    expect(overviewQuery(state, defaults)).toBe("");
    expect(overviewQuery(state, defaults, { range: "5m" })).toBe("?range=5m");
  });

  it("round-trips through the parser", () => {
    const patched = { ...state, range: "24h", model: "m/x", instance: "h:1" } as const;
    const q = new URLSearchParams(overviewQuery(patched, defaults));
    expect(parseOverviewState(Object.fromEntries(q), defaults).state).toEqual({ ...patched });
  });
});
