import { resolveConfig, simulate, type EngineConfig } from "@throtl/simulator";
import { evaluateProbe, type Probe } from "../capacity/probe.ts";
import { buildPlan } from "../plan/plan.ts";
import type { RequestResult } from "../run/result.ts";
import type { RunSpec } from "../spec/run-spec.ts";

/**
 * A capacity probe in virtual time: the same plan the HTTP probe sends, through the simulator, judged
 * by the same rules. What an ideal client would measure, so a search over it gives the known answer.
 */
export function virtualProbe(engine: EngineConfig, spec: RunSpec): (rate: number) => Promise<Probe> {
  const config = resolveConfig(engine);
  const w = spec.workload;
  if (w.kind !== "rate" || !spec.search) throw new Error("a capacity search probes a rate workload");
  const seconds = spec.search.probeSeconds;
  return async (rate) => {
    const probeSpec: RunSpec = { ...spec, workload: { ...w, arrivals: { ...w.arrivals, rate }, stop: { seconds } } };
    const plan = buildPlan(probeSpec);
    if (plan.kind !== "open") throw new Error("a rate workload plans an open loop");
    const inputs = plan.requests.map((r) => ({ id: String(r.index), arrival: r.at, promptTokens: r.promptTokens, maxTokens: r.outputTokens }));
    const { records } = simulate(config, inputs, { recordTokenTimes: true });
    // The HTTP probe cancels what runs past half a probe after the last send.
    const cutoff = seconds * 1.5;
    const results: RequestResult[] = records.map((rec) => {
      const late = rec.finishedAt > cutoff;
      return {
        index: Number(rec.id), scheduled: rec.arrival, sent: rec.arrival,
        ttft: late && rec.firstTokenAt > cutoff ? Number.NaN : rec.firstTokenAt - rec.arrival,
        e2e: Math.min(rec.finishedAt, cutoff) - rec.arrival, tokenTimes: (rec.tokenTimes ?? []).filter((t) => t <= cutoff),
        promptTokens: rec.promptTokens, outputTokens: rec.outputTokens, usageReported: true, status: 200, txBytes: 0, rxBytes: 0,
        ...(late ? { error: { kind: "aborted" as const, message: "cancelled" } } : {}),
      };
    });
    return evaluateProbe(rate, results, seconds, spec.slo);
  };
}
