import type { Server } from "node:http";
import { hostname } from "node:os";
import { resolveConfig, type EngineConfig, type ResolvedEngineConfig } from "@throtl/simulator";
import type { Hono } from "hono";
import type { Flavor } from "../flavors.ts";
import { loadTokenizer, type PromptTokenizer, type TokenizerMode } from "../tokenizer/index.ts";
import { createApp } from "./app.ts";
import { FAKE_VLLM_VERSION, type AppEnv, type ControlInfo } from "./app-deps.ts";
import { VirtualClock } from "./clock.ts";
import { RealtimeDriver } from "./driver.ts";
import { defaultDcgm, defaultMetrics, type DcgmFactory, type MetricsFactory } from "./exporters.ts";
import { GroundTruth } from "./ground-truth.ts";
import { listen, shutdown, urlFor } from "./listen.ts";
import { fanOut } from "./observers.ts";
import { dcgmApp } from "./routes/ops-routes.ts";

export interface FakeBackendOptions {
  /** The `vllm serve` flags the simulator models; resolveConfig throws EngineConfigError on bad ones. */
  readonly engine: EngineConfig;
  readonly flavor?: Flavor;
  readonly seed?: number;
  readonly host?: string;
  /** 0 picks a free port. */
  readonly port?: number;
  /** Also serve the fake dcgm-exporter's /metrics on this port (0: a free one). */
  readonly dcgmPort?: number;
  /** The command-line flags as given, echoed by /throtl/config. */
  readonly flags?: Readonly<Record<string, unknown>>;
  /** "hf" (default): the model's real vocabulary; "approx": the fast approximation. */
  readonly tokenizer?: TokenizerMode;
  /** Finished-request records kept for /throtl/records. */
  readonly recordsCapacity?: number;
  /** Keep every token's time in those records (default true; 8 bytes a token, bounded by the ring). */
  readonly recordTokenTimes?: boolean;
  readonly createMetrics?: MetricsFactory;
  readonly createDcgm?: DcgmFactory;
}

export interface FakeBackend {
  /** The Hono app: call `app.request(...)` in-process, or `start()` to serve it on a port. */
  readonly app: Hono<AppEnv>;
  readonly config: ResolvedEngineConfig;
  readonly info: ControlInfo;
  /** `http://host:port` once started, "" before. */
  readonly url: string;
  readonly dcgmUrl: string | undefined;
  /** Virtual time: seconds since creation, the clock of every record and metric. */
  now(): number;
  /** Resolves once the tokenizer is loaded (start() waits for it too). */
  ready(): Promise<void>;
  start(): Promise<string>;
  close(): Promise<void>;
}

/** The simulator served over HTTP in real time: virtual time 0 is this call. */
export function createFakeBackend(opts: FakeBackendOptions): FakeBackend {
  const config = resolveConfig(opts.engine);
  const flavor = opts.flavor ?? "vllm";
  const seed = opts.seed ?? 0;
  const host = opts.host ?? "127.0.0.1";
  const clock = new VirtualClock();
  const tokenizerMode = opts.tokenizer ?? "hf";
  const tokenizer: Promise<PromptTokenizer> = loadTokenizer(config.model.tokenizer, tokenizerMode);
  tokenizer.catch(() => {}); // surfaced by ready()/start() and by the first request

  const truth = new GroundTruth(opts.recordsCapacity);
  const driver = new RealtimeDriver(config, clock, opts.recordTokenTimes ?? true);
  const metrics = (opts.createMetrics ?? defaultMetrics)(flavor, { config, cluster: driver.cluster, startEpochSeconds: clock.startEpochSeconds });
  const dcgm = opts.dcgmPort === undefined ? undefined : (opts.createDcgm ?? defaultDcgm)({
    gpu: config.gpu, memory: config.memory, numGpus: config.dataParallelSize * config.tensorParallelSize,
    tensorParallelSize: config.tensorParallelSize, hostname: hostname(), startEpochSeconds: clock.startEpochSeconds,
  });
  driver.observer = fanOut([truth, metrics, ...(dcgm ? [{ onStep: dcgm.onStep.bind(dcgm) }] : [])]);

  const info: ControlInfo = {
    flags: opts.flags ?? {}, config, flavor, seed, tokenizer: tokenizerMode,
    startedAt: new Date(clock.startEpochSeconds * 1000).toISOString(), startEpochSeconds: clock.startEpochSeconds, version: FAKE_VLLM_VERSION,
  };
  let requestNumber = 0;
  const app = createApp({
    config, metrics, truth, info, tokenizer: () => tokenizer, now: () => clock.now(),
    generation: {
      driver, seed, engine: config, nextRequestNumber: () => ++requestNumber,
      onArrival: (req, engine) => { truth.onArrival(); metrics.onArrival(req, engine); },
    },
  });

  let server: Server | undefined;
  let dcgmServer: Server | undefined;
  let url = "";
  let dcgmUrl: string | undefined;
  return {
    app, config, info,
    get url() { return url; },
    get dcgmUrl() { return dcgmUrl; },
    now: () => clock.now(),
    ready: async () => { await tokenizer; },
    async start() {
      await tokenizer;
      const main = await listen(app.fetch, host, opts.port ?? 8000);
      server = main.server;
      url = urlFor(host, main.port);
      if (dcgm && opts.dcgmPort !== undefined) {
        const d = await listen(dcgmApp(dcgm, () => clock.now()).fetch, host, opts.dcgmPort);
        dcgmServer = d.server;
        dcgmUrl = urlFor(host, d.port);
      }
      return url;
    },
    async close() {
      driver.close();
      await Promise.all([shutdown(server), shutdown(dcgmServer)]);
    },
  };
}
