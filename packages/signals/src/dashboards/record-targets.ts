// Targets over the generated recording rules (cheap for wide views such as the fleet): a record
// answers on the flavors whose branch it has, so a query claims the flavors all its records share.
import { CATALOG } from "../catalog/index.ts";
import { branchesOf } from "../rules/branches.ts";
import { ENGINE_RECORDS, GPU_RECORDS, sloRecords, VRAM_USED_RATIO } from "../rules/records.ts";
import { DEFAULT_THRESHOLDS } from "../rules/thresholds.ts";
import { ENGINE_FLAVORS, type EngineFlavor } from "../types.ts";
import type { TargetOptions, TargetSpec } from "./targets.ts";

function recordFlavors(): Map<string, readonly EngineFlavor[]> {
  const specs = [...ENGINE_RECORDS, ...GPU_RECORDS, ...sloRecords(DEFAULT_THRESHOLDS.ttftSlo.seconds)];
  const map = new Map<string, readonly EngineFlavor[]>(specs.map((s) => [s.record, branchesOf(CATALOG, s).flatMap((b) => b.flavors)]));
  const used = map.get("instance:throtl_vram_used_bytes:sum") ?? [];
  const total = map.get("instance:throtl_vram_total_bytes:sum") ?? [];
  map.set(VRAM_USED_RATIO, used.filter((f) => total.includes(f)));
  return map;
}

const RECORD_FLAVORS = recordFlavors();

/** Flavors every one of `records` answers on. */
export function flavorsOfRecords(records: readonly string[]): EngineFlavor[] {
  return ENGINE_FLAVORS.filter((f) => records.every((r) => {
    const fs = RECORD_FLAVORS.get(r);
    if (fs === undefined) throw new Error(`no recording rule ${r}`);
    return fs.includes(f);
  }));
}

/** `expr` reads `records`; claims the flavors they share and names the rest as missing. */
export function recordTarget(refId: string, expr: string, records: readonly string[], o: TargetOptions): TargetSpec {
  const flavors = flavorsOfRecords(records);
  if (flavors.length === 0) throw new Error(`${records.join(", ")} answer on no flavor together`);
  const missing = ENGINE_FLAVORS.filter((f) => !flavors.includes(f))
    .map((flavor) => ({ flavor, reason: `${CATALOG[flavor].title} has no ${records.join(" or ")} series (the signal is not exported)` }));
  return { refId, expr, legend: o.legend, flavors, missing, format: o.format ?? "time_series", instant: o.instant ?? false };
}

/** A record narrowed by the dashboard's variables; GPU records (level `instance`) carry no model. */
export function recordSelector(record: string): string {
  return record.startsWith("instance_model:") ? `${record}{instance=~"$instance",model_name=~"$model"}` : `${record}{instance=~"$instance"}`;
}
