import { expect } from "vitest";
import { holds } from "../evidence.ts";
import { DEFAULT_RULE_CONTEXT } from "../rules/context.ts";
import type { Recommendation, Rule, RuleContext } from "../rules/types.ts";
import { observe } from "./observe.ts";

/** Evaluates one rule on a test observation and checks that every cited number satisfies its comparison. */
export function runRule(rule: Rule, o: Parameters<typeof observe>[0] = {}, ctx: Partial<RuleContext> = {}): Recommendation | null {
  const rec = rule.evaluate(observe(o), { ...DEFAULT_RULE_CONTEXT, ...ctx });
  for (const e of rec?.evidence ?? []) {
    if (typeof e.value === "number" && typeof e.threshold === "number") {
      expect(holds(e.value, e.comparison, e.threshold), `${e.signal} ${e.value} ${e.comparison} ${e.threshold}`).toBe(true);
    }
    if (typeof e.value === "boolean") expect(e.value === e.threshold, e.signal).toBe(e.comparison === "==");
  }
  if (rec) expect(rec.id).toBe(rule.id);
  return rec;
}
