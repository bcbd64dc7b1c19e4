// A total-scope answer to one question: the value (null: no data), or why there is none.
import type { Value } from "@throtl/insights";
import type { Outcome } from "./outcome.ts";

export type Answer = Outcome<number | null>;
export type Answers = ReadonlyMap<string, Answer>;

export const MISSING: Answer = { kind: "error", message: "not queried" };

export const valueOf = (a: Answer | undefined): number | null => (a?.kind === "ok" ? a.data : null);

/** As insights reads it: a number, no data (null; a failed query too), or "unsupported". Never 0 for nothing. */
export function toValue(a: Answer | undefined): Value | undefined {
  if (a === undefined) return undefined;
  if (a.kind === "unsupported") return "unsupported";
  if (a.kind === "error" || a.data === null || Number.isNaN(a.data)) return null;
  return a.data;
}
