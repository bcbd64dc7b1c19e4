import type { HttpClient } from "../client/http-client.ts";
import { buildPlan } from "../plan/plan.ts";
import { runLoad } from "../run/runner.ts";
import type { RunSpec } from "../spec/run-spec.ts";
import { evaluateProbe, type Probe } from "./probe.ts";

/** Pause between probes so the server finishes cancelling the last one's stragglers. */
const SETTLE_MS = 500;

/**
 * A probe over HTTP: the spec's rate workload at `rate` for the probe's length; requests still running
 * half a probe after the last send are cancelled (a saturated server would otherwise hold the search).
 */
export function httpProbe(spec: RunSpec, client: HttpClient, stop?: AbortSignal): (rate: number) => Promise<Probe> {
  const w = spec.workload;
  if (w.kind !== "rate" || !spec.search) throw new Error("a capacity search probes a rate workload");
  const seconds = spec.search.probeSeconds;
  return async (rate) => {
    const probeSpec: RunSpec = { ...spec, workload: { ...w, arrivals: { ...w.arrivals, rate }, stop: { seconds } } };
    const outcome = await runLoad({ spec: probeSpec, plan: buildPlan(probeSpec), sender: client, stop, drainMs: (seconds * 1000) / 2 });
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    return evaluateProbe(rate, outcome.results, seconds, spec.slo);
  };
}
