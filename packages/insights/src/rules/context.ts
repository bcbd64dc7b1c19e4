import { DEFAULT_HEALTH_THRESHOLDS } from "../health/thresholds.ts";
import type { RuleContext } from "./types.ts";

export const DEFAULT_RULE_CONTEXT: RuleContext = { thresholds: DEFAULT_HEALTH_THRESHOLDS, prices: {} };
