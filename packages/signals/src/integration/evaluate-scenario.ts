// Turns a finished scenario into check results: per partition, the Prometheus and the direct-mode
// answer of every check at the evaluation moment, the gauges at rest, and the rates across the restart.
import type { EngineFlavor } from "../types.ts";
import { idleChecks, restartChecks } from "./after-load.ts";
import { directSource, prometheusSource, type SourceOptions } from "./answer-sources.ts";
import type { MemberTruth } from "./expected.ts";
import { isGpuJob } from "./fleet.ts";
import { gaugeSemantics } from "./gauge-semantics.ts";
import { canonicalGaps } from "./canonical-gap.ts";
import { allChecks, runChecks, type CheckResult } from "./run-checks.ts";
import type { Scenario } from "./scenario.ts";
import { sloThresholds } from "./slo-thresholds.ts";

export interface EvaluationConfig {
  readonly windowSeconds: number;
  readonly params: { readonly gpu_hourly_usd: number; readonly gpu_count: number };
  readonly restarted: string;
}

export interface Evaluation {
  readonly results: CheckResult[];
  /** Documented-vs-canonical differences, for the log. */
  readonly notes: string[];
}

export async function evaluateScenario(s: Scenario, c: EvaluationConfig): Promise<Evaluation> {
  const members = new Map<string, MemberTruth>(s.fleet.members.map((m) => [m.instance, { instance: m.instance, flavor: m.spec.flavor, lifetimes: s.truth.lifetimes(m) }]));
  const run = { members, params: c.params, windowLabel: `${c.windowSeconds}s` };
  const options = (atSeconds: number): SourceOptions => ({ atMs: Math.round(atSeconds * 1000), windowSeconds: c.windowSeconds, params: c.params, isGpuJob });
  const results: CheckResult[] = [];
  const notes: string[] = [];
  for (const p of s.partitions) {
    const inPartition = s.fleet.members.filter((m) => m.spec.partition === p.name);
    const flavors = [...new Set(inPartition.map((m) => m.spec.flavor))] as EngineFlavor[];
    const targets = s.fleet.directTargets(p.name);
    const prom = await prometheusSource(p.client, options(s.timeline.at));
    const direct = directSource(p.direct, targets, options(s.timeline.at));
    const checks = allChecks(flavors, sloThresholds(prom, { ...run, timing: prom.timing }));
    results.push(...await runChecks(prom, checks, run), ...await runChecks(direct, checks, run));
    notes.push(...canonicalGaps(inPartition.map((m) => members.get(m.instance)!), { ...run, timing: prom.timing }));
    const engines = (instance: string) => s.fleet.members.find((m) => m.instance === instance)?.spec.engine.dataParallelSize ?? 1;
    results.push(...await gaugeSemantics(p.client, flavors, inPartition.map((m) => members.get(m.instance)!), prom.timing, engines));
    const rest = [await prometheusSource(p.client, options(s.timeline.rest)), directSource(p.direct, targets, options(s.timeline.rest))] as const;
    results.push(...await idleChecks(flavors, rest, c.params));
    if (inPartition.some((m) => m.spec.name === c.restarted)) {
      results.push(...await restartChecks(p.client, p.direct.store, {
        from: s.timeline.restartStart - 2, to: s.timeline.at, windowSeconds: c.windowSeconds, params: c.params, instance: s.fleet.member(c.restarted).instance,
      }));
    }
  }
  return { results, notes };
}
