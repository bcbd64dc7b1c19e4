import { describe, expect, it } from "vitest";
import { DEMO_PHASES, phaseAt, promptIds, type Phase } from "./phases.ts";

const p = (name: string, seconds: number): Phase => ({ name, seconds, rate: 1, promptTokens: 10, outputTokens: 1, sharedPrefixTokens: 4 });

describe("demo phases", () => {
  it("finds the phase and the time left in it, cycling", () => {
    const phases = [p("a", 10), p("b", 5)];
    expect(phaseAt(phases, 0)).toMatchObject({ index: 0, left: 10 });
    expect(phaseAt(phases, 12)).toMatchObject({ index: 1, left: 3 });
    expect(phaseAt(phases, 15)).toMatchObject({ index: 0, left: 10 });
    expect(phaseAt(phases, 29)).toMatchObject({ index: 1, left: 1 });
  });

  it("refuses a cycle of no length", () => {
    expect(() => phaseAt([p("a", 0)], 1)).toThrow(/more than 0 s/);
  });

  it("shares exactly the prefix between two requests of a phase", () => {
    const [a, b] = [promptIds(p("x", 1), 1), promptIds(p("x", 1), 2)];
    expect(a).toHaveLength(10);
    expect(a.slice(0, 4)).toEqual(b.slice(0, 4));
    expect(a.slice(4).some((id, i) => id !== b[4 + i])).toBe(true);
  });

  it("the demo cycle starts idle and reaches a burst and long contexts", () => {
    expect(DEMO_PHASES[0]!.rate).toBe(0);
    expect(DEMO_PHASES.some((ph) => ph.rate >= 40)).toBe(true);
    expect(DEMO_PHASES.some((ph) => ph.promptTokens >= 4000)).toBe(true);
  });
});
