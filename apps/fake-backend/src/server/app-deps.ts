import type { HttpBindings } from "@hono/node-server";
import type { ResolvedEngineConfig } from "@throtl/simulator";
import type { Flavor } from "../flavors.ts";
import type { FlavorMetrics } from "../metrics/types.ts";
import type { PromptTokenizer, TokenizerMode } from "../tokenizer/index.ts";
import type { GroundTruth } from "./ground-truth.ts";
import type { GenerationDeps } from "./serve-generation.ts";

/** Absent when the app is called in-process through `app.request(...)`. */
export type AppEnv = { Bindings: Partial<HttpBindings> };

/** What `GET /throtl/config` reports: the launch as a deployment's args and cache_config_info would. */
export interface ControlInfo {
  readonly flags: Readonly<Record<string, unknown>>;
  readonly config: ResolvedEngineConfig;
  readonly flavor: Flavor;
  readonly seed: number;
  readonly tokenizer: TokenizerMode;
  readonly startedAt: string;
  readonly startEpochSeconds: number;
  readonly version: string;
}

export interface AppDeps {
  readonly config: ResolvedEngineConfig;
  readonly generation: GenerationDeps;
  readonly tokenizer: () => Promise<PromptTokenizer>;
  readonly metrics: FlavorMetrics;
  readonly truth: GroundTruth;
  readonly info: ControlInfo;
  /** Virtual time, seconds. */
  now(): number;
}

/** The vLLM version the fake reports on /version (the V1-engine metric names it serves date from 0.8+). */
export const FAKE_VLLM_VERSION = "0.11.0";
