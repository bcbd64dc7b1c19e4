import { NOTHING_STORED, SETTINGS_LIMITS, SETTINGS_REFRESH_IDS, settingsInputSchema } from "@throtl/db";
import { describe, expect, it } from "vitest";
import { catalogParams, effectiveSettings, type SettingsDefaults } from "./settings.ts";
import { effectiveText, fieldErrors, formInput, formValues, settingsFields } from "./settings-form.ts";
import { REFRESH_IDS } from "./url-state-schema.ts";

const env: SettingsDefaults = { ttftP95Seconds: 0.5, itlP95Seconds: 0.1, availability: null, gpuHourlyUsd: null, gpuCount: null, refresh: "15s" };

describe("effective settings", () => {
  it("take each saved value over the environment's, field by field", () => {
    const e = effectiveSettings({ ...NOTHING_STORED, ttftP95Seconds: 2, gpuCount: 4 }, env);
    expect(e.values).toEqual({ ...env, ttftP95Seconds: 2, gpuCount: 4 });
    expect(e.origins).toEqual({ ttftP95Seconds: "saved", itlP95Seconds: "environment", availability: "unset", gpuHourlyUsd: "unset", gpuCount: "saved", refresh: "environment" });
  });

  it("are the environment's without a stored row (no database)", () => {
    expect(effectiveSettings(null, env).values).toEqual(env);
  });

  it("keep a saved 0 $/h (a free GPU is a price, not a gap)", () => {
    expect(catalogParams(effectiveSettings({ ...NOTHING_STORED, gpuHourlyUsd: 0, gpuCount: 2 }, env).values)).toEqual({ gpu_hourly_usd: 0, gpu_count: 2 });
  });

  it("give the catalog only the params that are set: cost per 1K tokens needs both", () => {
    expect(catalogParams({ gpuHourlyUsd: 3, gpuCount: null })).toEqual({ gpu_hourly_usd: 3 });
  });

  it("offer the same refresh choices as the overview's URL (db's schema lists them apart)", () => {
    expect([...SETTINGS_REFRESH_IDS]).toEqual([...REFRESH_IDS]);
  });
});

describe("settings form", () => {
  it("turns empty fields into unset, numbers into numbers, and leaves other text for the schema to name", () => {
    const input = formInput({ ttftP95Seconds: " 0.75 ", itlP95Seconds: "", availability: "99.9%", gpuHourlyUsd: "2", gpuCount: "1e1", refresh: "30s" });
    expect(input).toEqual({ ttftP95Seconds: 0.75, itlP95Seconds: null, availability: "99.9%", gpuHourlyUsd: 2, gpuCount: 10, refresh: "30s" });
    const parsed = settingsInputSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(fieldErrors(parsed.error!.issues.map((i) => ({ path: i.path.join("."), message: i.message }))).fields).toEqual({ availability: "must be a number" });
  });

  it("shows the first issue beside each field and the rest apart", () => {
    expect(fieldErrors([{ path: "gpuCount", message: "a" }, { path: "gpuCount", message: "b" }, { path: "", message: "Unrecognized key" }]))
      .toEqual({ fields: { gpuCount: "a" }, other: ["settings: Unrecognized key"] });
  });

  it("names the environment's value as each field's fallback, with the schema's limits", () => {
    const fields = settingsFields(SETTINGS_LIMITS, { ...env, gpuHourlyUsd: 2.5 });
    expect(fields.find((f) => f.key === "ttftP95Seconds")).toMatchObject({ fallback: "500 ms (environment)", input: { kind: "number", min: 0.001, max: 600, step: "any" } });
    expect(fields.find((f) => f.key === "gpuCount")).toMatchObject({ fallback: "not set", input: { kind: "number", min: 1, max: 1024, step: "1" } });
    expect(fields.find((f) => f.key === "gpuHourlyUsd")?.fallback).toBe("$2.50/h (environment)");
    expect(fields.find((f) => f.key === "refresh")?.input).toEqual({ kind: "select", options: REFRESH_IDS });
  });

  it("prefills saved values only, and prints effective ones for the read-only view", () => {
    expect(formValues({ ...NOTHING_STORED, availability: 0.999 })).toMatchObject({ availability: "0.999", ttftP95Seconds: "" });
    expect(effectiveText(effectiveSettings(null, { ...env, availability: 0.999 }))).toMatchObject({ availability: "99.9 %", gpuCount: "not set", refresh: "15s" });
  });
});
