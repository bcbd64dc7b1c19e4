import { describe, expect, it } from "vitest";
import { parseExposition } from "./parse.ts";
import { bucketQuantile } from "./quantile.ts";
import { parseGoFloat } from "./go-float.ts";
import { fixtureNames, readFixture } from "./testing/fixtures.ts";

/** Sample lines counted the simple way: neither blank nor a comment. */
const sampleLines = (text: string) => text.split("\n").filter((l) => l.trim() !== "" && !l.startsWith("#")).length;

describe("real /metrics samples (shared/fixtures/metrics, see SOURCES.md)", () => {
  it("has the six captures", () => expect(fixtureNames()).toHaveLength(6));

  it.each(fixtureNames())("parses %s completely: one sample per sample line", (name) => {
    const text = readFixture(name);
    const r = parseExposition(text);
    expect(r.ok ? r.samples.length : r.error).toBe(sampleLines(text));
  });

  it("reads TGI's bare integers, `le` after `method` and counters without _total", () => {
    const r = parseExposition(readFixture("tgi-3.x-datadog-fixture.prom"));
    if (!r.ok) throw new Error(r.error.reason);
    const bucket = r.samples.find((s) => s.name === "tgi_batch_forward_duration_bucket" && s.labels.method === "prefill");
    expect(bucket?.labels.le).toBeDefined();
    expect(r.types.get("tgi_request_count")).toBe("counter");
  });

  it("reads DCGM's empty HELP lines, capitalised labels and the label-less dummy values", () => {
    const r = parseExposition(readFixture("dcgm-exporter-3.x-datadog-fixture.prom"));
    if (!r.ok) throw new Error(r.error.reason);
    expect(r.samples.find((s) => s.name === "DCGM_FI_DEV_GPU_TEMP")?.labels.Hostname).toBe("424773df46e0");
    expect(r.samples.find((s) => s.name === "DCGM_FI_DEV_FAN_SPEED")).toMatchObject({ value: 0 });
  });

  it("gives no quantile (NaN, as Prometheus) for the AIBrix excerpt's histogram cut before +Inf", () => {
    const r = parseExposition(readFixture("vllm-0.7.x-v0engine-aibrix-docs-excerpt.prom"));
    if (!r.ok) throw new Error(r.error.reason);
    const buckets = r.samples.filter((s) => s.name === "vllm:iteration_tokens_total_bucket").map((s) => ({ upperBound: parseGoFloat(s.labels.le!)!, count: s.value }));
    expect(buckets.length).toBeGreaterThan(5);
    expect(bucketQuantile(0.5, buckets)).toBeNaN();
  });

  it.each(fixtureNames())("refuses %s cut inside its last label value, on the line of the cut", (name) => {
    const text = readFixture(name).trimEnd();
    const cut = text.lastIndexOf('="') + 3; // inside the last label value
    const line = text.slice(0, cut).split("\n").length;
    const r = parseExposition(text.slice(0, cut));
    expect(r.ok ? "parsed" : { line: r.error.line, reason: r.error.reason }).toMatchObject({ line, reason: expect.stringMatching(/^unterminated value of label/) });
  });
});
