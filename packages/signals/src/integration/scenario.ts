// The acceptance run in time: fleet and one Prometheus per partition up, then a steady load on every
// member, a restart of one member early in the load, the evaluation moment a restart + one scrape
// interval + one window later, and a rest period after the load so gauges can be read at rest.
import { monitorEventLoopDelay } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { createPromClient, type PromClient } from "@throtl/prom";
import { startPrometheus, type PrometheusProcess } from "@throtl/prom/testing";
import { startDirectScraper, type DirectScraper } from "./direct-scraper.ts";
import { startFleet, type Fleet, type MemberSpec } from "./fleet.ts";
import { startLoad, type LoadStats, type RunningLoad } from "./load-driver.ts";
import type { RequestClass } from "./load-plan.ts";
import { recordTruth, type TruthRecorder } from "./truth-recorder.ts";

export interface ScenarioConfig {
  readonly members: readonly MemberSpec[];
  readonly classes: readonly RequestClass[];
  readonly ratePerEngine: number;
  readonly windowSeconds: number;
  readonly scrapeMs: number;
  /** Member restarted a few seconds into the load. */
  readonly restart: string;
  /**
   * How long to let gauges settle after the last request: Triton shows GPU use of the last complete
   * 2 s poll (up to 4 s old), and the latest scrape before the rest moment may be a second older.
   */
  readonly restSeconds: number;
}

export interface Partition {
  readonly name: string;
  readonly prom: PrometheusProcess;
  readonly client: PromClient;
  readonly direct: DirectScraper;
}

export interface Scenario {
  readonly fleet: Fleet;
  readonly partitions: readonly Partition[];
  readonly truth: TruthRecorder;
  readonly load: readonly (LoadStats & { readonly name: string })[];
  /** Epoch seconds of each step. */
  readonly timeline: Readonly<Record<"loadStart" | "restartStart" | "restartDone" | "at" | "loadStop" | "rest", number>>;
  /** The test process while the load ran: CPU share and event-loop delay. */
  readonly health: string;
  close(): Promise<void>;
}

export async function runScenario(c: ScenarioConfig): Promise<Scenario> {
  const resources: { close(): Promise<void> }[] = [];
  const close = async () => { for (const r of resources.reverse()) await r.close(); };
  try {
    const fleet = await startFleet(c.members);
    resources.push(fleet);
    const partitions = await Promise.all(fleet.partitions.map(async (name): Promise<Partition> => {
      const prom = await startPrometheus({ scrapeTargets: fleet.scrapeTargets(name), scrapeInterval: `${c.scrapeMs / 1000}s` });
      resources.push({ close: () => prom.stop() });
      const direct = startDirectScraper(fleet.directTargets(name), c.scrapeMs);
      resources.push({ close: () => direct.stop() });
      return { name, prom, client: createPromClient({ baseUrl: prom.url, timeoutMs: 20_000 }), direct };
    }));
    const truth = recordTruth(fleet, 500);
    resources.push({ close: () => truth.stop() });
    const loop = monitorEventLoopDelay({ resolution: 5 });
    loop.enable();
    const cpu0 = process.cpuUsage();
    const load: RunningLoad = startLoad(fleet.members.map((m, k) => ({
      url: m.backend.url, maxInFlight: 256,
      spec: { rate: c.ratePerEngine * (m.spec.engine.dataParallelSize ?? 1), classes: c.classes, seed: k + 1 },
    })));
    resources.push({ close: () => load.stop() });
    const loadStart = Date.now() / 1000;
    const t: Record<string, number> = { loadStart };

    await sleep(3000);
    await truth.poll();
    t.restartStart = Date.now() / 1000;
    await fleet.restart(c.restart);
    t.restartDone = Date.now() / 1000;
    t.at = Math.max(t.restartDone + c.scrapeMs / 1000 + c.windowSeconds + 0.5, loadStart + 4 + c.windowSeconds);
    await sleep((t.at + 1.5) * 1000 - Date.now());
    await load.stop();
    t.loadStop = Date.now() / 1000;
    loop.disable();
    const cpu = process.cpuUsage(cpu0);
    await sleep(c.restSeconds * 1000);
    t.rest = Date.now() / 1000 - 0.2;
    await truth.stop();
    await Promise.all(partitions.map((p) => p.direct.stop()));
    const ms = (ns: number) => (ns / 1e6).toFixed(0);
    return {
      fleet, partitions, truth, close,
      load: load.stats.map((s, k) => ({ name: fleet.members[k]!.spec.name, ...s })),
      timeline: t as Scenario["timeline"],
      health: `test process under load: ${(((cpu.user + cpu.system) / 1e6 / (t.loadStop! - loadStart)) * 100).toFixed(0)} % of a core, ` +
        `event-loop delay p50 ${ms(loop.percentile(50))} ms, p99 ${ms(loop.percentile(99))} ms, max ${ms(loop.max)} ms`,
    };
  } catch (err) {
    await close();
    throw err;
  }
}
