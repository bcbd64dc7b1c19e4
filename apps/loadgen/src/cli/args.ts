import { parseArgs } from "node:util";
import { TRACE_FORMATS } from "@throtl/workload";
import { z } from "zod";
import type { RunSpec, Target, Workload } from "../spec/run-spec.ts";
import { CliError } from "./cli-error.ts";
import { FLAG_OPTIONS } from "./flags.ts";
import { workloadFromFlags } from "./workload-flags.ts";
import * as v from "./values.ts";

type TraceWorkload = Extract<Workload, { kind: "trace" }>;
/** A trace workload before its file is hashed (that is IO, done by the caller). */
export type WorkloadDraft = Exclude<Workload, TraceWorkload> | Omit<TraceWorkload, "sha256">;

/** The spec as the flags give it: the model and the trace's hash are filled in at the IO edge. */
export interface SpecDraft extends Omit<RunSpec, "target" | "workload"> {
  readonly target: Omit<Target, "model"> & { readonly model?: string };
  readonly workload: WorkloadDraft;
}

export interface CliArgs {
  readonly help: boolean;
  /** Absent with --replay: the spec comes from the results file. */
  readonly draft?: SpecDraft;
  readonly replay?: string;
  /** Replay only: a different server for the same spec. */
  readonly url?: string;
  readonly apiKey?: string;
  readonly out?: string;
  readonly tui: boolean;
}

const schema = z.object({
  url: v.httpUrl.optional(), endpoint: v.oneOf(["completions", "chat"] as const).default("completions"), model: z.string().min(1).optional(),
  "api-key": z.string().optional(), "no-stream": z.boolean().default(false), timeout: v.duration.default(300),
  rate: v.positive.optional(), arrival: v.oneOf(["constant", "poisson", "gamma"] as const).optional(), burstiness: v.positive.optional(),
  concurrency: v.int(1).optional(), ramp: v.ramp.optional(), trace: z.string().min(1).optional(),
  format: v.oneOf(TRACE_FORMATS).optional(), speedup: v.positive.optional(), start: v.traceStart.optional(), limit: v.int(1).optional(),
  requests: v.int(1).optional(), duration: v.duration.optional(),
  "prompt-tokens": v.int(1).optional(), "output-tokens": v.int(1).optional(), "prompt-format": v.oneOf(["tokens", "text"] as const).optional(),
  temperature: v.nonNegative.default(0), "no-ignore-eos": z.boolean().default(false), "max-concurrency": v.int(1).optional(), seed: v.int(0).default(0),
  "slo-ttft": v.duration.optional(), "slo-itl": v.duration.optional(), "slo-e2e": v.duration.optional(),
  "slo-percentile": v.percentile.default(95), "slo-errors": v.fraction.optional(),
  capacity: z.boolean().default(false), "probe-duration": v.duration.default(20), "rate-min": v.positive.optional(), "rate-max": v.positive.optional(),
  tolerance: v.ratio.default(0.05), "max-probes": v.int(2).default(12),
  out: z.string().min(1).optional(), "no-tui": z.boolean().default(false), replay: z.string().min(1).optional(), help: z.boolean().default(false),
});
export type Flags = z.output<typeof schema>;

/** Flags a replay may change: where to send and where to write, never what or when. */
const REPLAY_FLAGS = new Set(["url", "api-key", "out", "no-tui", "replay", "help"]);

/** argv → CliArgs, or a CliError naming the first bad flag. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const raw = parseRaw(argv);
  const r = schema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new CliError(`--${String(issue.path[0])}`, issue.message);
  }
  const f = r.data;
  const common = { help: f.help, apiKey: f["api-key"], out: f.out, tui: !f["no-tui"] };
  if (f.help) return common;
  if (f.replay !== undefined) {
    const extra = Object.keys(raw).find((k) => raw[k] !== undefined && !REPLAY_FLAGS.has(k));
    if (extra) throw new CliError(`--${extra}`, "not allowed with argument --replay (the results file fixes the workload)");
    return { ...common, replay: f.replay, url: f.url };
  }
  return { ...common, draft: draftOf(f) };
}

function draftOf(f: Flags): SpecDraft {
  const chat = f.endpoint === "chat";
  const promptFormat = f["prompt-format"] ?? (chat ? "text" : "tokens");
  if (chat && promptFormat === "tokens") throw new CliError("--prompt-format", "the chat endpoint takes text messages: use --prompt-format text");
  if (f["max-concurrency"] !== undefined && f.concurrency !== undefined) throw new CliError("--max-concurrency", "not allowed with argument --concurrency (a closed loop has its own)");
  const slo = { ttft: f["slo-ttft"], itl: f["slo-itl"], e2e: f["slo-e2e"], percentile: f["slo-percentile"], errorRate: f["slo-errors"] };
  const search = f.capacity ? { probeSeconds: f["probe-duration"], rateMin: f["rate-min"], rateMax: f["rate-max"], tolerance: f.tolerance, maxProbes: f["max-probes"] } : undefined;
  if (search && slo.ttft === undefined && slo.itl === undefined && slo.e2e === undefined && slo.errorRate === undefined) {
    throw new CliError("--capacity", "needs at least one SLO target (--slo-ttft, --slo-itl, --slo-e2e or --slo-errors)");
  }
  if (search && search.rateMin !== undefined && search.rateMax !== undefined && search.rateMin >= search.rateMax) throw new CliError("--rate-max", "must be above --rate-min");
  return {
    version: 1,
    target: { url: f.url ?? "http://127.0.0.1:8000", endpoint: f.endpoint, model: f.model, stream: !f["no-stream"] },
    workload: workloadFromFlags(f),
    request: { promptFormat, temperature: f.temperature, ignoreEos: !f["no-ignore-eos"] },
    seed: f.seed,
    maxConcurrency: f["max-concurrency"],
    timeoutSeconds: f.timeout,
    slo,
    search,
  };
}

/** Strict node:util parse: unknown flags and positionals are refused as argparse refuses them. */
function parseRaw(argv: readonly string[]): Record<string, string | boolean | undefined> {
  try {
    return { ...parseArgs({ args: [...argv], options: FLAG_OPTIONS, strict: true, allowPositionals: false }).values };
  } catch (e) {
    const err = e as Error & { code?: string };
    const flag = /'(-{1,2}[^' ]+)/.exec(err.message)?.[1];
    if (err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw new CliError(undefined, `unrecognized arguments: ${flag ?? err.message}`);
    if (err.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") throw new CliError(undefined, `unrecognized arguments: ${err.message.replace(/^.*'(.*)'.*$/s, "$1")}`);
    if (err.message.includes("argument is ambiguous")) throw new CliError(flag, "expected one argument (write --flag=-VALUE for a value starting with '-')");
    throw new CliError(flag, err.message.includes("argument missing") ? "expected one argument" : err.message);
  }
}
