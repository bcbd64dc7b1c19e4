import type { SearchSpec } from "../spec/run-spec.ts";
import type { Probe } from "./probe.ts";
import { nextStep } from "./search.ts";

export interface CapacityReport {
  /** The highest probed rate that met the SLO without saturating (0 when none did), requests/s. */
  readonly capacity: number;
  readonly reason: string;
  /** Probes in the order they ran. */
  readonly probes: readonly Probe[];
  /** The same probes sorted by rate: the measured curve. */
  readonly curve: readonly Probe[];
}

/** Drives the search: `measure` runs one probe (over HTTP, or in virtual time for the known answer). */
export async function searchCapacity(
  s: SearchSpec, startRate: number, measure: (rate: number) => Promise<Probe>, onProbe?: (p: Probe) => void, stop?: AbortSignal,
): Promise<CapacityReport> {
  const probes: Probe[] = [];
  for (;;) {
    if (stop?.aborted) {
      const passes = probes.filter((p) => p.pass).map((p) => p.rate);
      return { capacity: passes.length > 0 ? Math.max(...passes) : 0, reason: "interrupted", probes, curve: [...probes].sort((a, b) => a.rate - b.rate) };
    }
    const step = nextStep(probes, s, startRate);
    if ("done" in step) {
      return { ...step.done, probes, curve: [...probes].sort((a, b) => a.rate - b.rate) };
    }
    const p = await measure(step.probe);
    probes.push(p);
    onProbe?.(p);
  }
}
