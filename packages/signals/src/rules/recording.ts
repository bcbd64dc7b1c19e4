import type { EngineFlavor, FlavorCatalog } from "../types.ts";
import { branchesOf, orChain } from "./branches.ts";
import { ENGINE_RECORDS, GPU_RECORDS, sloRecords, VRAM_USED_RATIO, type RecordSpec } from "./records.ts";
import type { AlertThresholds } from "./thresholds.ts";
import type { RecordingRule, RuleFile } from "./types.ts";

type Catalog = Readonly<Record<EngineFlavor, FlavorCatalog>>;

/** Records no flavor can answer are left out (an alert reading one would fail its promtool test). */
const rulesOf = (catalog: Catalog, specs: readonly RecordSpec[]): RecordingRule[] =>
  specs.flatMap((spec) => {
    const branches = branchesOf(catalog, spec);
    return branches.length === 0 ? [] : [{ record: spec.record, expr: orChain(branches) }];
  });

/** The recording rules: engine signals, SLO bad-event ratios, GPU signals. */
export function recordingRuleFile(catalog: Catalog, thresholds: AlertThresholds): RuleFile<RecordingRule> {
  return {
    groups: [
      { name: "throtl.engine", rules: rulesOf(catalog, ENGINE_RECORDS) },
      { name: "throtl.slo", rules: rulesOf(catalog, sloRecords(thresholds.ttftSlo.seconds)) },
      {
        name: "throtl.gpu",
        rules: [
          ...rulesOf(catalog, GPU_RECORDS),
          // Rules of a group run in order, so this reads the two records written just above.
          { record: VRAM_USED_RATIO, expr: "instance:throtl_vram_used_bytes:sum / (instance:throtl_vram_total_bytes:sum > 0)" },
        ],
      },
    ],
  };
}
