// Bench row (f): the panel's load time against Prometheus' own time for the same requests. For each
// scenario: a real Prometheus with 2 h of history (remote-written, overview-remote-write.ts) and live
// scrapes; one panel behind a recording proxy to learn what a load asks; then the built panel and a
// replay of those requests straight to Prometheus, in alternating rounds after a warm-up.
import { type PrometheusProcess, type ScrapeTarget, startPrometheus } from "@throtl/prom/testing";
import { setTimeout as sleep } from "node:timers/promises";
import { type Capture, replay, slowest, startRecordingProxy } from "./overview-capture.ts";
import { type Exposition, parseExposition } from "./overview-exposition.ts";
import { cpuMs, groupPids, pidsByCmdline } from "./overview-cpu.ts";
import { startFleet } from "./overview-fleet.ts";
import { startBenchPanel } from "./overview-panel.ts";
import { backfill, type HistorySeries } from "./overview-remote-write.ts";

/** prometheus/prometheus.yml's interval, for the 1-instance scenario. */
export const SCRAPE_INTERVAL_MS = 5_000;
/**
 * The fleet is scraped at Prometheus' default 15 s: 256 instances' history at 5 s (≈150 M samples)
 * takes over 10 min to write on two shared cores. Fewer samples per rate window make Prometheus'
 * side cheaper, so the ratio is, if anything, harder to meet.
 */
export const FLEET_SCRAPE_INTERVAL_MS = 15_000;
/** The default range (1 h) compares with the hour before: 2 h, plus the charts' first rate window. */
export const HISTORY_MS = 2 * 3_600_000 + 10 * 60_000;
/** Warm-up and measured rounds per page: fewer for the fleet, whose loads take seconds on two shared cores. */
const ROUNDS = { one: { warmup: 2, measured: 11 }, fleet: { warmup: 1, measured: 3 } } as const;
type Rounds = (typeof ROUNDS)[keyof typeof ROUNDS];

export interface PageTiming {
  readonly path: string;
  readonly panelMs: readonly number[];
  readonly rawMs: readonly number[];
  readonly requests: number;
  readonly waves: string;
  /** Replayed requests Prometheus did not answer with 200, over all rounds. */
  readonly rawErrors: number;
  /** CPU ms per load, medians: the panel's process, Prometheus while serving it, Prometheus serving the replay. */
  readonly cpu: { readonly panel: number; readonly promForPanel: number; readonly promForRaw: number };
  readonly slowest: string;
  /** What the panel's answer says about itself (status, tiles with numbers), to show it did the work. */
  readonly check: string;
}

export interface Scenario {
  readonly label: string;
  readonly setup: string;
  readonly pages: readonly PageTiming[] | string;
  /** The PromQL every captured page sent (to know which series the fleet's history needs). */
  readonly promql?: readonly string[];
}

export interface Templates {
  readonly engine: string;
  readonly dcgm: string;
  readonly atMs: number;
}

export function expositions(t: Templates): { engine: Exposition; dcgm: Exposition } {
  const zeroMs = t.atMs - HISTORY_MS - 5 * 60_000;
  return { engine: parseExposition(t.engine, t.atMs, zeroMs), dcgm: parseExposition(t.dcgm, t.atMs, zeroMs) };
}

/** Every template series of one instance, labelled as Prometheus would label its scrapes. */
export function instanceHistory(e: Exposition, job: string, instance: string, scale: number): HistorySeries[] {
  return e.series.map((s, index) => ({ exposition: e, index, scale, labels: [...s.labels.filter(([k]) => k !== "job" && k !== "instance"), ["job", job], ["instance", instance]] }));
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
export const medianMs = median;

async function timed(fn: () => Promise<void>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

async function getOk(url: string): Promise<string> {
  const res = await fetch(url, { signal: AbortSignal.timeout(300_000) });
  const body = await res.text();
  if (!res.ok) throw new Error(`GET ${url}: HTTP ${res.status}`);
  return body;
}

function checkOf(path: string, body: string): string {
  if (!path.startsWith("/api/")) return `${Math.round(body.length / 1024)} KiB HTML`;
  const v = JSON.parse(body) as { status?: { kind?: string }; tiles?: { status?: string }[]; instances?: unknown[]; total?: number; rows?: unknown[] };
  if (v.tiles) return `status ${v.status?.kind}, ${v.tiles.filter((t) => t.status === "ok").length}/${v.tiles.length} tiles with numbers, ${v.instances?.length} instances`;
  return `status ${v.status?.kind}, ${v.total} instances, ${v.rows?.length} rows`;
}

/** Learns each page's requests from a panel behind the recording proxy (after two warm-up loads). */
async function capture(prom: PrometheusProcess, paths: readonly string[]): Promise<Map<string, { capture: Capture; atMs: number }>> {
  const proxy = await startRecordingProxy(prom.url);
  const panel = await startBenchPanel(proxy.url).catch(async (e: unknown) => { await proxy.close(); throw e; });
  try {
    const out = new Map<string, { capture: Capture; atMs: number }>();
    for (const path of paths) {
      await getOk(`${panel.url}${path}`);
      await getOk(`${panel.url}${path}`);
      const atMs = Date.now();
      const rec = proxy.record();
      await getOk(`${panel.url}${path}`);
      out.set(path, { capture: rec.stop(), atMs });
    }
    return out;
  } finally {
    await panel.stop();
    await proxy.close();
  }
}

async function measure(prom: PrometheusProcess, paths: readonly string[], rounds: Rounds, alsoCapture: readonly string[] = []): Promise<{ pages: PageTiming[]; promql: string[] }> {
  const captures = await capture(prom, [...paths, ...alsoCapture]);
  const promql = [...captures.values()].flatMap(({ capture: c }) => c.requests.flatMap((r) => r.params.filter(([k]) => k === "query").map(([, v]) => v)));
  const panel = await startBenchPanel(prom.url);
  const promPids = pidsByCmdline(prom.dir);
  const panelPids = groupPids(panel.pgid);
  try {
    const out: PageTiming[] = [];
    for (const path of paths) {
      const { capture: c, atMs } = captures.get(path)!;
      const panelMs: number[] = [], rawMs: number[] = [];
      let body = "";
      let rawErrors = 0;
      const cpu = { panel: [] as number[], promForPanel: [] as number[], promForRaw: [] as number[] };
      const panelRound = async () => {
        const [a, b] = [cpuMs(panelPids), cpuMs(promPids)];
        const ms = await timed(async () => { body = await getOk(`${panel.url}${path}`); });
        cpu.panel.push(cpuMs(panelPids) - a);
        cpu.promForPanel.push(cpuMs(promPids) - b);
        return ms;
      };
      const rawRound = async () => {
        const b = cpuMs(promPids);
        const ms = await timed(async () => { rawErrors += await replay(prom.url, c, Date.now() - atMs); });
        cpu.promForRaw.push(cpuMs(promPids) - b);
        return ms;
      };
      for (let round = 0; round < rounds.warmup + rounds.measured; round++) {
        // Alternate who goes first, so neither always meets a warmer (or busier) Prometheus.
        let p: number, r: number;
        if (round % 2 === 0) {
          p = await panelRound();
          r = await rawRound();
        } else {
          r = await rawRound();
          p = await panelRound();
        }
        if (round >= rounds.warmup) {
          panelMs.push(p);
          rawMs.push(r);
        }
      }
      out.push({ path, panelMs, rawMs, requests: c.requests.length, waves: c.waves.map((w) => `${w.requests.length}@${w.concurrency}`).join(" then "),
        rawErrors, slowest: slowest(c), check: checkOf(path, body),
        cpu: { panel: median(cpu.panel.slice(rounds.warmup)), promForPanel: median(cpu.promForPanel.slice(rounds.warmup)), promForRaw: median(cpu.promForRaw.slice(rounds.warmup)) } });
    }
    return { pages: out, promql };
  } finally {
    await panel.stop();
  }
}

/** Prometheus with the history written, then the live targets scraped twice. */
async function prometheusWith(history: readonly HistorySeries[], targets: readonly ScrapeTarget[], intervalMs: number): Promise<{ prom: PrometheusProcess; note: string }> {
  const prom = await startPrometheus({ scrapeInterval: `${intervalMs / 1000}s`, extraArgs: ["--web.enable-remote-write-receiver"], waitForTargets: "none" });
  try {
    const to = Math.floor(Date.now() / intervalMs) * intervalMs;
    const started = performance.now();
    const samples = await backfill(prom.url, history, to - HISTORY_MS, to, intervalMs);
    const seconds = (performance.now() - started) / 1000;
    await prom.reload({ scrapeTargets: targets });
    // Scraped at least once (up or not): 512 targets on busy cores may take a few tries each.
    await prom.waitForTargets("scraped", 300_000);
    await sleep(2 * intervalMs);
    return { prom, note: `scraped every ${intervalMs / 1000} s; ${history.length.toLocaleString("en-US")} series with ${(samples / 1e6).toFixed(1)} M samples of history remote-written in ${seconds.toFixed(0)} s` };
  } catch (e) {
    await prom.stop();
    throw e;
  }
}

export interface FakeTargets {
  /** The real fake vLLM and its fake DCGM exporter, "host:port". */
  readonly engine: string;
  readonly dcgm: string;
}

/** (f1): the real fake backend and its DCGM exporter, scraped live, with its own template as history. */
export async function singleInstance(fake: FakeTargets, t: Templates, paths: readonly string[], alsoCapture: readonly string[]): Promise<Scenario> {
  const e = expositions(t);
  const history = [...instanceHistory(e.engine, "throtl-engine", fake.engine, 1), ...instanceHistory(e.dcgm, "dcgm", fake.engine, 1)];
  const { prom, note } = await prometheusWith(history, [
    { job: "throtl-engine", targets: [fake.engine] }, { job: "dcgm", targets: [fake.dcgm], labels: { instance: fake.engine } },
  ], SCRAPE_INTERVAL_MS);
  try {
    const { pages, promql } = await measure(prom, paths, ROUNDS.one, alsoCapture);
    return { label: "1 instance", setup: `a fake vLLM (${fake.engine}) and its fake DCGM under a steady load; ${note}`, pages, promql };
  } finally {
    await prom.stop();
  }
}

/**
 * (f256): the fleet process, each instance's /metrics and /dcgm a separate target. History only for
 * the series the panel's PromQL names (`promql`, captured in the 1-instance run): the others cost a
 * query nothing (Prometheus finds series by name first) and would triple the write.
 */
export async function fleetInstances(count: number, t: Templates, paths: readonly string[], promql: readonly string[]): Promise<Scenario> {
  const e = expositions(t);
  const fleet = await startFleet(count, e.engine, e.dcgm);
  try {
    const named = (h: HistorySeries) => promql.some((q) => q.includes(h.exposition.series[h.index]!.name));
    const history = fleet.addresses.flatMap((a, i) => [
      ...instanceHistory(e.engine, "throtl-engine", a, fleet.scales[i]!), ...instanceHistory(e.dcgm, "dcgm", a, fleet.scales[i]!),
    ]).filter(named);
    const { prom, note } = await prometheusWith(history, [
      { job: "throtl-engine", targets: fleet.addresses }, { job: "dcgm", targets: fleet.addresses, metricsPath: "/dcgm" },
    ], FLEET_SCRAPE_INTERVAL_MS);
    try {
      const setup = `${count} simulated instances: one process, one port each, serving the fake's /metrics and DCGM bodies ` +
        `with counters advancing in time at 0.5–1.5× its pace; ${note}`;
      return { label: `${count} instances`, setup, pages: (await measure(prom, paths, ROUNDS.fleet)).pages };
    } finally {
      await prom.stop();
    }
  } finally {
    await fleet.close();
  }
}
