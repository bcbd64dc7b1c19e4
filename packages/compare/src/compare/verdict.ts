// Direction-aware verdicts. A change counts only when it is both statistically clear (the 95 %
// interval excludes 0) and large enough to matter (the practical floor).
import type { Better } from "@throtl/signals";
import type { Interval } from "../stats/intervals.ts";

/** better/worse read SignalDef.better; "changed" is a clear change of a signal with no good direction. */
export type Verdict = "better" | "worse" | "changed" | "no_significant_change" | "not_comparable";

export interface VerdictFloors {
  /** With an interval: the smallest relative change reported (bucket interpolation and scrape alignment add error counting does not see). */
  readonly minEffect: number;
  /** Without an interval (a single value, no spread): only changes at least this large count. */
  readonly thresholdOnly: number;
}

export const DEFAULT_FLOORS: VerdictFloors = { minEffect: 0.02, thresholdOnly: 0.05 };

export interface Decision {
  readonly verdict: Exclude<Verdict, "not_comparable">;
  /** One sentence: why the change does or does not count. */
  readonly why: string;
}

export function decide(better: Better, base: number, delta: number, interval: Interval | null, floors: VerdictFloors): Decision {
  const relative = base !== 0 ? Math.abs(delta / base) : delta === 0 ? 0 : Number.POSITIVE_INFINITY;
  let significant: boolean;
  let why: string;
  if (interval) {
    const clear = interval.low > 0 || interval.high < 0;
    const large = relative >= floors.minEffect;
    significant = clear && large;
    why = !clear ? "The interval includes 0: the change may be noise." : !large ? `Below the ${floors.minEffect * 100} % practical floor.` : "The interval excludes 0.";
  } else {
    significant = relative >= floors.thresholdOnly;
    why = `Without an interval only changes of ${floors.thresholdOnly * 100} % or more count; this one is ${significant ? "" : "not "}that large.`;
  }
  if (!significant) return { verdict: "no_significant_change", why };
  if (better === "neutral") return { verdict: "changed", why };
  const up = delta > 0;
  return { verdict: up === (better === "higher") ? "better" : "worse", why };
}
