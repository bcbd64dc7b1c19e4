// Collects the simulator's ground truth while the load runs: every finished-request record (times
// turned into epoch seconds, as Prometheus stamps samples), the fake's cumulative counters and the
// GPUs' energy counter, sampled every `intervalMs`, separately for each lifetime of each member.
import type { FakeBackend, GroundTruthCounters, RecordsPage, SeqRecord } from "@throtl/fake-backend";
import type { Fleet, Member } from "./fleet.ts";
import type { CounterSample } from "./window.ts";

/**
 * One backend's life. Records keep the simulator's virtual seconds (differences stay exact); add
 * `startEpoch` to place them among scrapes. Counter and energy samples are in epoch seconds.
 */
export interface Lifetime {
  readonly backend: FakeBackend;
  readonly startEpoch: number;
  readonly records: SeqRecord[];
  readonly counters: { readonly t: number; readonly c: GroundTruthCounters }[];
  /** DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION summed over the member's GPUs, mJ. */
  readonly energyMj: CounterSample[];
  /** Triton flavors: nv_energy_consumption summed over GPUs, J. */
  readonly tritonEnergyJ: CounterSample[];
  next: number;
}

export interface TruthRecorder {
  lifetimes(member: Member): readonly Lifetime[];
  /** Samples every live backend now (also what the timer does). */
  poll(): Promise<void>;
  /** Final poll, then no more. */
  stop(): Promise<void>;
}

const ENERGY = /^DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION\{[^}]*\} (\S+)$/gm;
const TRITON_ENERGY = /^nv_energy_consumption\{[^}]*\} (\S+)$/gm;
const sumOf = (text: string, re: RegExp) => [...text.matchAll(re)].reduce((s, m) => s + Number(m[1]), 0);

/** JSON carries a record's NaN times (never scheduled, no token) as null. */
export function fromJson(r: SeqRecord): SeqRecord {
  const t = (x: number | null) => (x === null ? Number.NaN : x);
  return { ...r, arrival: t(r.arrival), scheduledAt: t(r.scheduledAt), firstTokenAt: t(r.firstTokenAt), finishedAt: t(r.finishedAt) };
}

export function recordTruth(fleet: Fleet, intervalMs: number): TruthRecorder {
  const byMember = new Map<Member, Lifetime[]>(fleet.members.map((m) => [m, []]));

  const pollLifetime = async (l: Lifetime, live: boolean) => {
    for (;;) {
      const res = await l.backend.app.request(`/throtl/records?after=${l.next}&limit=10000`);
      const page = (await res.json()) as RecordsPage & { now: number };
      for (const r of page.records) l.records.push(fromJson(r));
      l.counters.push({ t: l.startEpoch + page.now, c: page.counters });
      if (page.next === l.next) break;
      l.next = page.next;
    }
    if (!live) return;
    if (l.backend.info.flavor.startsWith("triton")) {
      const t = l.startEpoch + l.backend.now();
      l.tritonEnergyJ.push({ t, v: sumOf(await (await l.backend.app.request("/metrics")).text(), TRITON_ENERGY) });
    }
    // A member being restarted refuses connections for a moment: that sample is simply missing.
    const text = await fetch(`${l.backend.dcgmUrl}/metrics`).then((r) => r.text(), () => undefined);
    if (text === undefined) return;
    const t = l.startEpoch + l.backend.now();
    l.energyMj.push({ t, v: sumOf(text, ENERGY) });
  };

  const poll = async () => {
    await Promise.all(fleet.members.map(async (m) => {
      const ls = byMember.get(m)!;
      for (const b of m.lifetimes) {
        if (!ls.some((l) => l.backend === b)) ls.push({ backend: b, startEpoch: b.info.startEpochSeconds, records: [], counters: [], energyMj: [], tritonEnergyJ: [], next: 0 });
      }
      // Only the newest lifetime is still serving; older ones answer in-process (their records stay).
      await Promise.all(ls.map((l) => pollLifetime(l, l.backend === m.backend)));
    }));
  };

  let polling: Promise<void> = Promise.resolve();
  const timer = setInterval(() => { polling = polling.then(poll); }, intervalMs);
  return {
    lifetimes: (m) => byMember.get(m) ?? [],
    poll: () => (polling = polling.then(poll)),
    async stop() {
      clearInterval(timer);
      await (polling = polling.then(poll));
    },
  };
}
