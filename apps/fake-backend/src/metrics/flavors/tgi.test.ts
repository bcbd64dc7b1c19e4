import type { RequestInput } from "@throtl/simulator";
import { describe, expect, it } from "vitest";
import { drive } from "../testing/drive.ts";
import { labelNames, leOrder, parseExposition, readFixture, sampleValue } from "../testing/exposition.ts";

const fixtureText = readFixture("tgi-3.x-datadog-fixture.prom");
const fixture = parseExposition(fixtureText);

/** Catalog §3 (TGI v3.3.7): name, type, labels. */
const CATALOG: [string, string, string[]][] = [
  ["tgi_request_count", "counter", []], ["tgi_request_success", "counter", []], ["tgi_request_failure", "counter", ["err"]],
  ["tgi_queue_size", "gauge", []], ["tgi_batch_current_size", "gauge", []], ["tgi_batch_current_max_tokens", "gauge", []],
  ["tgi_batch_max_total_tokens", "gauge", []], ["tgi_batch_concat", "counter", ["reason"]],
  ["tgi_batch_inference_count", "counter", ["method"]], ["tgi_batch_inference_success", "counter", ["method"]],
  ["tgi_batch_forward_duration", "histogram", ["method"]], ["tgi_batch_decode_duration", "histogram", ["method"]],
  ["tgi_batch_filter_duration", "histogram", ["method"]], ["tgi_batch_inference_duration", "histogram", ["method"]],
  ["tgi_batch_concat_duration", "histogram", ["method"]], ["tgi_batch_next_size", "histogram", []], ["tgi_request_duration", "histogram", []],
  ["tgi_request_validation_duration", "histogram", []], ["tgi_request_queue_duration", "histogram", []],
  ["tgi_request_inference_duration", "histogram", []], ["tgi_request_mean_time_per_token_duration", "histogram", []],
  ["tgi_request_input_length", "histogram", []], ["tgi_request_max_new_tokens", "histogram", []],
  ["tgi_request_generated_tokens", "histogram", []], ["tgi_request_skipped_tokens", "summary", []],
];

// The fixture's layout says max_input_tokens=511 and max_total_tokens=512: use the same window.
const load: RequestInput[] = Array.from({ length: 40 }, (_, i) => ({
  id: `r${i}`, arrival: i * 0.03, promptTokens: 20 + ((i * 37) % 300), maxTokens: 20 + (i % 150), stopAt: i % 4 === 0 ? undefined : 10 + (i % 90),
}));
const tooLong: RequestInput = { id: "long", arrival: 0.5, promptTokens: 600, maxTokens: 10 };
const inputs = [...load.slice(0, 17), tooLong, ...load.slice(17)];
const run = drive("tgi", { maxModelLen: 512 }, inputs);
const text = run.metrics.render(run.now);
const families = parseExposition(text);

describe("tgi flavor (TGI v3 router)", () => {
  it("has every family of the catalog with its type and label names", () => {
    for (const [name, type, labels] of CATALOG) {
      expect(families.get(name)?.type, name).toBe(type);
      expect(labelNames(families.get(name)!), name).toEqual(labels);
    }
  });

  it("matches the 3.x fixture family by family: type, labels, HELP presence and every le string", () => {
    for (const f of fixture.values()) {
      const mine = families.get(f.name)!;
      expect(mine.type, f.name).toBe(f.type);
      expect(labelNames(mine), f.name).toEqual(labelNames(f));
      expect(mine.help, f.name).toBe(f.help);
      if (f.type === "histogram") expect(leOrder(text, f.name), f.name).toEqual(leOrder(fixtureText, f.name));
    }
  });

  it("follows the fixture's layout: no _total, blank line after each family, le after method, integers bare", () => {
    expect(text).not.toMatch(/_total[ {]/);
    expect(text.endsWith("\n\n")).toBe(true);
    expect(text.split("\n\n").every((block) => block === "" || block.startsWith("#"))).toBe(true);
    expect(text).toMatch(/^tgi_batch_forward_duration_bucket\{method="prefill",le="0\.00015000000000000001"\} \d+$/m);
    expect(text).toMatch(/^tgi_request_count \d+$/m);
    expect([...families.keys()].slice(0, 6)).toEqual([...fixture.keys()].slice(0, 6));
  });

  it("counts requests, validation failures and tokens from the events", () => {
    const generated = run.finished.reduce((a, r) => a + r.outputTokens, 0);
    expect(sampleValue(text, "tgi_request_count")).toBe(inputs.length);
    expect(sampleValue(text, 'tgi_request_failure{err="validation"}')).toBe(1);
    expect(sampleValue(text, "tgi_request_success")).toBe(run.finished.length);
    expect(sampleValue(text, "tgi_request_generated_tokens_sum")).toBe(generated);
    expect(sampleValue(text, "tgi_request_skipped_tokens_count")).toBe(generated);
    expect(sampleValue(text, "tgi_batch_inference_count{method=\"prefill\"}") + sampleValue(text, "tgi_batch_inference_count{method=\"decode\"}")).toBe(run.steps);
    expect(sampleValue(text, "tgi_request_duration_count")).toBe(run.finished.length);
    expect(sampleValue(text, "tgi_batch_max_total_tokens")).toBe(run.ctx.config.memory.numGpuBlocks * run.ctx.config.blockSize);
    expect(sampleValue(text, "tgi_batch_current_max_tokens")).toBe(0);
  });
});
