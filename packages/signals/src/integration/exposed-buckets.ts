// The bucket bounds a histogram really has, read from the `le` labels of its _bucket series: the
// truth's bucket comes from these, not from the catalog's list, which is itself checked against them.
import type { MetricRef } from "../types.ts";
import type { Snapshot } from "./snapshot.ts";

/** Finite upper bounds of `ref`'s buckets on the given instances, ascending, in the histogram's unit. */
export function exposedBounds(snapshot: Snapshot, ref: MetricRef, instances: ReadonlySet<string>): number[] {
  const bounds = new Set<number>();
  for (const name of ref.names) {
    for (const p of snapshot) {
      if (p.name !== `${name}_bucket` || !instances.has(p.labels.instance ?? "")) continue;
      const le = Number(p.labels.le);
      if (Number.isFinite(le)) bounds.add(le);
    }
  }
  return [...bounds].sort((a, b) => a - b);
}

/** Whether two bound lists are the same numbers (relative 1e-9: "0.1" and 0.1 × 1.0 are equal). */
export const sameBounds = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((x, i) => Math.abs(x - b[i]!) <= 1e-9 * Math.max(Math.abs(x), Math.abs(b[i]!)));

/** Seconds per unit of a histogram, from its name as the servers spell it (…_ms, …_us), else seconds. */
export function histogramUnit(name: string): number {
  if (/_ms$|_ms_/.test(name)) return 0.001;
  if (/_us$|_us_/.test(name)) return 1e-6;
  return 1;
}
