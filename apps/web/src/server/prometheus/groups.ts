import type { Labels } from "@throtl/prom";
import type { Scope } from "@throtl/signals";

/** The group a series belongs to in `scope`: "" for the total, else its instance or model label. */
export function groupOf(metric: Labels, scope: Scope, modelLabel: string | undefined): string {
  if (scope.by === "instance") return metric.instance ?? "";
  if (scope.by === "model") return modelLabel === undefined ? "" : (metric[modelLabel] ?? "");
  return "";
}
