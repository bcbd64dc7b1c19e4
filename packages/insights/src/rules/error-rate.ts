import { erroring } from "../conditions.ts";
import { pct } from "../format.ts";
import { valueOf } from "../read.ts";
import type { Rule } from "./types.ts";

/** Failures over the budget (availability SLO or default): no flag fixes this blind, so point the way. */
export const errorRate: Rule = {
  id: "error-rate",
  evaluate(o, { thresholds: t }) {
    const failing = erroring(o, t);
    const e = valueOf(o.current, "error_rate");
    if (!failing || e === null) return null;
    const budget = Number(failing[0]?.threshold);
    const rate = valueOf(o.current, "request_rate");
    const perMinute = rate !== null ? ` (${Math.round(e * rate * 60)} requests per minute)` : "";
    return {
      id: this.id, severity: "critical",
      title: `${pct(e)} of requests fail`,
      evidence: failing,
      hint: {
        flag: null, current: e, suggested: budget,
        effect: `Bring failures${perMinute} under the ${pct(budget)} budget. Aborts count as failures (clients that time out or hang up); ` +
          "HTTP 400s often mean prompts over --max-model-len; for 5xx the engine log has the cause.",
        risk: "Client retries add load while failures last, which can feed a queue or KV pressure.",
      },
    };
  },
};
