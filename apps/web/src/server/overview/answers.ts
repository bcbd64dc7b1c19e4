// Turns a source's per-group outcomes into total-scope answers keyed by question.
import type { SignalQuery } from "@throtl/signals";
import type { Answer } from "../../data/answer.ts";
import { queryKey } from "../../data/queries.ts";
import type { GroupLine, GroupValue, Outcome } from "../data-source.ts";

/** The total scope has one group at most; no group means no data (null), not 0. */
export function totalValue(o: Outcome<readonly GroupValue[]>): Answer {
  return o.kind === "ok" ? { kind: "ok", data: o.data[0]?.value ?? null, notes: o.notes } : o;
}

export function totalLine(o: Outcome<readonly GroupLine[]>): Outcome<readonly (number | null)[] | null> {
  return o.kind === "ok" ? { kind: "ok", data: o.data[0]?.values ?? null, notes: o.notes } : o;
}

export function keyed<T, U>(queries: readonly SignalQuery[], outcomes: readonly T[], f: (t: T) => U): Map<string, U> {
  return new Map(queries.map((q, i) => [queryKey(q), f(outcomes[i]!)]));
}

/** Sorted, distinct, non-empty group names of the outcomes that have data. */
export function groupNames(outcomes: readonly Outcome<readonly GroupValue[]>[]): string[] {
  const names = new Set<string>();
  for (const o of outcomes) if (o.kind === "ok") for (const g of o.data) if (g.group !== "") names.add(g.group);
  return [...names].sort();
}
