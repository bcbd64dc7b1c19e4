import { AT, alertRule, ms, num, pct } from "./alert.ts";
import type { SLO_WINDOWS } from "./records.ts";
import { R } from "./records.ts";
import { burnThreshold, type AlertThresholds } from "./thresholds.ts";
import type { AlertingRule, Severity } from "./types.ts";

type Window = (typeof SLO_WINDOWS)[number];

/** A burn-rate tier: long and short window both above factor × budget (SRE workbook, ch. 5). */
interface Tier { readonly severity: Severity; readonly factor: number; readonly long: Window; readonly short: Window; readonly for: string }

const tiers = (t: AlertThresholds): Tier[] => [
  // The short window ends the alert soon after the burn stops; `for` skips single-evaluation spikes.
  { severity: "critical", factor: t.burnRate.fast, long: "1h", short: "5m", for: "2m" },
  { severity: "warning", factor: t.burnRate.slow, long: "6h", short: "30m", for: "15m" },
];

/** How long a 30-day error budget lasts at this burn rate. */
const lasts = (factor: number) => `${num(+(30 / factor).toFixed(1))} days`;

/** Multi-window multi-burn-rate alerts for the TTFT SLO and availability, per instance and model. */
export function sloAlerts(t: AlertThresholds): AlertingRule[] {
  return tiers(t).flatMap((tier) => {
    const ttft = burnThreshold(tier.factor, t.ttftSlo.objective);
    const errors = burnThreshold(tier.factor, t.availabilitySlo.objective);
    return [
      alertRule({
        alert: "ThrotlTTFTBudgetBurn", severity: tier.severity, for: tier.for,
        expr: `${R.ttftMisses(tier.long)} > ${ttft} and ${R.ttftMisses(tier.short)} > ${ttft}`,
        summary: `TTFT SLO error budget burning ${num(tier.factor)}× on ${AT}`,
        description: `{{ $value | humanizePercentage }} of requests over ${tier.long} waited more than ${ms(t.ttftSlo.seconds)} for the first token (limit ${pct(ttft)}, also over ${tier.short}): the 30-day budget of the ${pct(t.ttftSlo.objective)} SLO lasts ${lasts(tier.factor)} at this rate.`,
        runbook: "Look at --max-num-batched-tokens and --max-num-seqs (how fast prompts are admitted), then the queue and KV-cache alerts for the cause.",
      }),
      alertRule({
        alert: "ThrotlAvailabilityBudgetBurn", severity: tier.severity, for: tier.for,
        expr: `${R.errors(tier.long)} > ${errors} and ${R.errors(tier.short)} > ${errors}`,
        summary: `Error budget burning ${num(tier.factor)}× on ${AT}`,
        description: `{{ $value | humanizePercentage }} of requests over ${tier.long} failed or were aborted (limit ${pct(errors)}, also over ${tier.short}): the 30-day budget of the ${pct(t.availabilitySlo.objective)} SLO lasts ${lasts(tier.factor)} at this rate.`,
        runbook: "Check the engine log for errors; aborts rise when clients give up on slow first tokens (see --max-num-seqs) and when prompts exceed --max-model-len.",
      }),
    ];
  });
}
