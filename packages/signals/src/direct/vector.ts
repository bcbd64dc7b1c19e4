import { emptyLabels, type Labels } from "./model.ts";
import { labelsKey } from "./series.ts";

export interface DirectSample {
  readonly labels: Labels;
  readonly value: number;
}

/** An instant vector after aggregation: one sample per group, keyed by labelsKey(labels). */
export type Vector = Map<string, DirectSample>;

/** A node's value: PromQL scalars (constants) stay scalars until they meet a vector. */
export type Value = { readonly kind: "scalar"; readonly value: number } | { readonly kind: "vector"; readonly vector: Vector };

/** Only the named labels, empty values dropped (an empty label is an absent label in PromQL). */
export function pick(labels: Labels, names: readonly string[]): Labels {
  const out = emptyLabels();
  for (const n of names) {
    const v = labels[n];
    if (v !== undefined && v !== "") out[n] = v;
  }
  return out;
}

/** `sum by (names)`, `avg`, `max`, `min` as PromQL 2.42 computes them (max/min skip NaN unless all are). */
export function aggregate(items: Iterable<DirectSample>, names: readonly string[], op: "sum" | "avg" | "max" | "min"): Vector {
  const acc = new Map<string, { labels: Labels; value: number; n: number }>();
  for (const s of items) {
    const labels = pick(s.labels, names);
    const key = labelsKey(labels);
    const g = acc.get(key);
    if (!g) { acc.set(key, { labels, value: s.value, n: 1 }); continue; }
    g.n++;
    if (op === "sum" || op === "avg") g.value += s.value;
    else if (op === "max" ? g.value < s.value || Number.isNaN(g.value) : g.value > s.value || Number.isNaN(g.value)) g.value = s.value;
  }
  const out: Vector = new Map();
  for (const [key, g] of acc) out.set(key, { labels: g.labels, value: op === "avg" ? g.value / g.n : g.value });
  return out;
}

/** `a or b`: a's samples, plus b's whose label set a lacks. */
export function or(a: Vector, b: Vector): Vector {
  const out: Vector = new Map(a);
  for (const [key, s] of b) if (!out.has(key)) out.set(key, s);
  return out;
}

export type Op = "+" | "-" | "*" | "/";

const apply = (op: Op, l: number, r: number) => (op === "+" ? l + r : op === "-" ? l - r : op === "*" ? l * r : l / r);

/** `v > 0` as a filter: what a denominator keeps, so dividing by zero (or NaN) leaves a gap. */
export function positive(v: Vector): Vector {
  return new Map([...v].filter(([, s]) => s.value > 0));
}

/** Arithmetic with PromQL's one-to-one matching on identical label sets; scalars apply to every sample. */
export function binary(op: Op, left: Value, right: Value): Value {
  if (left.kind === "scalar" && right.kind === "scalar") return { kind: "scalar", value: apply(op, left.value, right.value) };
  const out: Vector = new Map();
  if (left.kind === "vector" && right.kind === "vector") {
    for (const [key, l] of left.vector) {
      const r = right.vector.get(key);
      if (r) out.set(key, { labels: l.labels, value: apply(op, l.value, r.value) });
    }
  } else if (left.kind === "vector" && right.kind === "scalar") {
    for (const [key, l] of left.vector) out.set(key, { labels: l.labels, value: apply(op, l.value, right.value) });
  } else if (left.kind === "scalar" && right.kind === "vector") {
    for (const [key, r] of right.vector) out.set(key, { labels: r.labels, value: apply(op, left.value, r.value) });
  }
  return { kind: "vector", vector: out };
}
