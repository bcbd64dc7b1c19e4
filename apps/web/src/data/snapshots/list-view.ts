// The snapshot list: one row per stored snapshot, and the links of the filter and paging controls.
import type { SnapshotSummary } from "@throtl/compare";
import { snapshotHeader, type SnapshotHeader } from "./snapshot-view.ts";

export interface ListFilters {
  readonly tags: readonly string[];
  readonly model: string;
  readonly from: string;
  readonly to: string;
}

export function listRows(items: readonly SnapshotSummary[]): SnapshotHeader[] {
  return items.map(snapshotHeader);
}

/** The filters as the form shows them (raw strings from the URL, so a bad value stays visible). */
export function listFilters(params: URLSearchParams): ListFilters {
  return { tags: params.getAll("tag").filter((t) => t.trim() !== ""), model: params.get("model") ?? "", from: params.get("from") ?? "", to: params.get("to") ?? "" };
}

/** The next page's URL: same filters, the cursor from the last page. */
export function pageHref(params: URLSearchParams, cursor: string | null): string {
  const q = new URLSearchParams(params);
  q.delete("cursor");
  if (cursor) q.set("cursor", cursor);
  const text = q.toString();
  return `/snapshots${text ? `?${text}` : ""}`;
}
