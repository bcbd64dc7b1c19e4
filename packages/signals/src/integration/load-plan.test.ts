import { describe, expect, it } from "vitest";
import { classOf, planRequest, type LoadSpec } from "./load-plan.ts";

const spec: LoadSpec = {
  rate: 20,
  seed: 7,
  classes: [
    { promptTokens: 8, sharedPrefixTokens: 4, outputTokens: 16, weight: 3 },
    { promptTokens: 6, sharedPrefixTokens: 0, outputTokens: 64, weight: 1, abortAfterMs: 300 },
  ],
};

describe("load plan", () => {
  it("sends request i at exactly i / rate seconds", () => {
    expect([0, 1, 19, 20].map((i) => planRequest(spec, i).at)).toEqual([0, 0.05, 0.95, 1]);
  });

  it("cycles the classes by weight, 3 of the first then 1 of the second", () => {
    expect(Array.from({ length: 9 }, (_, i) => classOf(spec.classes, i))).toEqual([0, 0, 0, 1, 0, 0, 0, 1, 0]);
  });

  it("gives every request its class's exact lengths, ignore_eos and hang-up time", () => {
    const long = planRequest(spec, 3);
    expect(long.body.prompt).toHaveLength(6);
    expect(long.body).toMatchObject({ max_tokens: 64, ignore_eos: true });
    expect([long.abortAfterMs, planRequest(spec, 0).abortAfterMs]).toEqual([300, undefined]);
  });

  it("shares the prefix tokens across requests and seeds the rest: same seed, same prompt", () => {
    const [a, b] = [planRequest(spec, 0), planRequest(spec, 1)];
    expect(a.body.prompt.slice(0, 4)).toEqual(b.body.prompt.slice(0, 4));
    expect(a.body.prompt.slice(4)).not.toEqual(b.body.prompt.slice(4));
    expect(planRequest(spec, 1).body.prompt).toEqual(b.body.prompt);
    expect(planRequest({ ...spec, seed: 8 }, 1).body.prompt).not.toEqual(b.body.prompt);
  });

  it("refuses a rate of 0 and a prefix longer than the prompt", () => {
    expect(() => planRequest({ ...spec, rate: 0 }, 0)).toThrow(/rate must be positive/);
    expect(() => planRequest({ ...spec, classes: [{ promptTokens: 2, sharedPrefixTokens: 3, outputTokens: 1, weight: 1 }] }, 0)).toThrow(/exceeds/);
  });
});
