import type { Scope } from "@throtl/signals";
import type { DirectSample } from "@throtl/signals/direct";

/** The group a sample belongs to in `scope`: "" for the total, else its instance or model label. */
export function groupOf(labels: DirectSample["labels"], scope: Scope, modelLabel: string | undefined): string {
  if (scope.by === "instance") return labels.instance ?? "";
  if (scope.by === "model") return modelLabel === undefined ? "" : (labels[modelLabel] ?? "");
  return "";
}
