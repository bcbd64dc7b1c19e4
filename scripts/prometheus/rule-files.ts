import { CATALOG, DEFAULT_THRESHOLDS, generateRuleFiles } from "@throtl/signals";

/** prometheus/ at the repository root, where the generated files are committed. */
export const PROMETHEUS_DIR = new URL("../../prometheus/", import.meta.url);
export const RULES_DIR = new URL("rules/", PROMETHEUS_DIR);

/** What prometheus/rules/ must hold: the catalog's rules with the default thresholds. */
export const expectedRuleFiles = () => generateRuleFiles(CATALOG, DEFAULT_THRESHOLDS);
