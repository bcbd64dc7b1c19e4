// The fleet under test: fake backends (one per flavor, vLLM with two data-parallel engines and a
// second vLLM instance), each with its fake dcgm-exporter, all on 127.0.0.1, split over Prometheus
// servers (partitions). A member can be restarted on the same ports, which resets its counters.
import { createFakeBackend, type FakeBackend } from "@throtl/fake-backend";
import type { ScrapeTarget as PromTarget } from "@throtl/prom/testing";
import type { EngineConfig } from "@throtl/simulator";
import type { ScrapeTarget } from "../direct/index.ts";
import type { EngineFlavor } from "../types.ts";

export interface MemberSpec {
  /** Short name for messages, e.g. "vllm-b". */
  readonly name: string;
  readonly flavor: EngineFlavor;
  readonly engine: EngineConfig;
  readonly seed: number;
  /** Which Prometheus (and direct-mode store) scrapes it. */
  readonly partition: string;
}

export interface Member {
  readonly spec: MemberSpec;
  /** The `instance` label of its engine series and, by the scrape config, of its GPU series. */
  readonly instance: string;
  /** host:port of its dcgm-exporter. */
  readonly gpuAddress: string;
  /** The live backend; a restart replaces it. */
  readonly backend: FakeBackend;
  /** Backends in start order: the counters' lifetimes. */
  readonly lifetimes: readonly FakeBackend[];
}

export interface Fleet {
  readonly members: readonly Member[];
  readonly partitions: readonly string[];
  member(name: string): Member;
  /** Engine jobs are named by flavor; GPU jobs `dcgm-<member>`, one each to carry its engine's instance. */
  scrapeTargets(partition: string): PromTarget[];
  /** The same targets for direct mode: a GPU target names the instance of its engine. */
  directTargets(partition: string): ScrapeTarget[];
  /** Closes the member's backend and starts a fresh one on the same ports. */
  restart(name: string): Promise<void>;
  close(): Promise<void>;
}

export const isGpuJob = (job: string) => job.startsWith("dcgm-");
const hostPort = (url: string) => new URL(url).host;

export async function startFleet(specs: readonly MemberSpec[]): Promise<Fleet> {
  const create = (s: MemberSpec, port: number, dcgmPort: number) =>
    createFakeBackend({ engine: s.engine, flavor: s.flavor, port, dcgmPort, tokenizer: "approx", seed: s.seed });
  const state = specs.map((spec) => ({ spec, lifetimes: [create(spec, 0, 0)] }));
  await Promise.all(state.map((m) => m.lifetimes[0]!.start()));
  const members: Member[] = state.map((m) => ({
    spec: m.spec,
    instance: hostPort(m.lifetimes[0]!.url),
    gpuAddress: hostPort(m.lifetimes[0]!.dcgmUrl!),
    get backend() { return m.lifetimes.at(-1)!; },
    get lifetimes() { return m.lifetimes; },
  }));
  const member = (name: string) => {
    const found = members.find((m) => m.spec.name === name);
    if (!found) throw new Error(`no fleet member ${name}`);
    return found;
  };
  const inPartition = (p: string) => members.filter((m) => m.spec.partition === p);
  return {
    members,
    partitions: [...new Set(specs.map((s) => s.partition))],
    member,
    scrapeTargets: (p) => [
      ...[...new Set(inPartition(p).map((m) => m.spec.flavor))].map((flavor) => ({
        job: flavor, targets: inPartition(p).filter((m) => m.spec.flavor === flavor).map((m) => m.instance),
      })),
      ...inPartition(p).map((m) => ({ job: `dcgm-${m.spec.name}`, targets: [m.gpuAddress], labels: { instance: m.instance } })),
    ],
    directTargets: (p) => inPartition(p).flatMap((m) => [{ address: m.instance }, { address: m.gpuAddress, instance: m.instance }]),
    async restart(name) {
      const m = member(name);
      const old = m.backend;
      await old.close();
      const fresh = create(m.spec, Number(new URL(old.url).port), Number(new URL(old.dcgmUrl!).port));
      state.find((s) => s.spec === m.spec)!.lifetimes.push(fresh);
      await fresh.start();
    },
    close: async () => { await Promise.all(members.map((m) => m.backend.close())); },
  };
}
