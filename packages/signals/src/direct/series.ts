import { emptyLabels, type Labels } from "./model.ts";

/** A stable identity for a label set (sorted pairs), used for series and for result groups. */
export function labelsKey(labels: Labels): string {
  return JSON.stringify(Object.keys(labels).sort().flatMap((k) => [k, labels[k]]));
}

export const seriesKey = (name: string, labels: Labels) => `${name}\u0000${labelsKey(labels)}`;

/**
 * The scraped labels with the target's `instance` attached. As Prometheus does without
 * honor_labels, a scraped `instance` label is kept as `exported_instance` (prefixed again on clash).
 */
export function withTargetLabels(labels: Labels, instance: string): Labels {
  const out = emptyLabels();
  for (const k of Object.keys(labels)) out[k] = labels[k]!;
  if ("instance" in out) {
    let name = "exported_instance";
    while (name in out) name = `exported_${name}`;
    out[name] = out.instance!;
  }
  out.instance = instance;
  return out;
}
