// A total-scope answer to one question: the value (null: no data), or why there is none.
import type { Outcome } from "./outcome.ts";

export type Answer = Outcome<number | null>;
export type Answers = ReadonlyMap<string, Answer>;

export const MISSING: Answer = { kind: "error", message: "not queried" };

export const valueOf = (a: Answer | undefined): number | null => (a?.kind === "ok" ? a.data : null);
