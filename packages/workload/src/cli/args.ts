import { parseArgs } from "node:util";
import { GPU_IDS, MODEL_IDS, MODEL_PROFILES, type EngineConfig, type GpuId, type ModelId, type SloTargets } from "@throtl/simulator";
import { z } from "zod";
import type { TraceOptions } from "../options.ts";
import { TRACE_FORMATS } from "../types.ts";
import { CliError } from "./cli-error.ts";
import { FLAG_OPTIONS } from "./flags.ts";

export interface SimulateArgs {
  readonly trace: string;
  readonly traceOptions: TraceOptions;
  readonly engine: EngineConfig;
  readonly slo: SloTargets;
  readonly json: boolean;
  readonly help: boolean;
}

const int = (min: number) => z.string().transform((s, ctx) => {
  if (!/^\d+$/.test(s) || Number(s) < min) {
    ctx.addIssue({ code: "custom", message: `expected an integer >= ${min}, got '${s}'` });
    return z.NEVER;
  }
  return Number(s);
});
const positive = z.string().transform((s, ctx) => {
  const v = Number(s);
  if (s.trim() === "" || !(v > 0 && Number.isFinite(v))) {
    ctx.addIssue({ code: "custom", message: `expected a number > 0, got '${s}'` });
    return z.NEVER;
  }
  return v;
});
const nonNegative = positive.or(z.literal("0").transform(() => 0));
const oneOf = <T extends string>(values: readonly T[]) =>
  z.string().refine((v): v is T => (values as readonly string[]).includes(v), { error: (i) => `invalid choice: '${String(i.input)}' (choose from ${values.join(", ")})` });

const modelByName = new Map<string, ModelId>(MODEL_IDS.flatMap((id) => [[id, id], [MODEL_PROFILES[id].hfName.toLowerCase(), id]] as const));
const model = z.string().transform((v, ctx) => {
  const id = modelByName.get(v.toLowerCase());
  if (id) return id;
  ctx.addIssue({ code: "custom", message: `invalid choice: '${v}' (choose from ${MODEL_IDS.join(", ")} or their Hugging Face names)` });
  return z.NEVER;
});

const schema = z.object({
  trace: z.string().min(1, "a trace file is required").optional(),
  format: oneOf(TRACE_FORMATS).optional(),
  speedup: positive.optional(),
  limit: int(1).optional(),
  "skip-rows": int(0).optional(),
  "start-seconds": nonNegative.optional(),
  "keep-failures": z.boolean().optional(),
  model: model.default("llama-3.1-8b-instruct"),
  gpu: oneOf(GPU_IDS).default("h100-sxm"),
  "max-num-seqs": int(1).optional(),
  "max-num-batched-tokens": int(1).optional(),
  "gpu-memory-utilization": positive.optional(),
  "max-model-len": int(1).optional(),
  "block-size": int(1).optional(),
  "enable-prefix-caching": z.boolean().optional(),
  "enable-chunked-prefill": z.boolean().optional(),
  "tensor-parallel-size": int(1).optional(),
  "data-parallel-size": int(1).optional(),
  "slo-ttft": positive.optional(),
  "slo-itl": positive.optional(),
  "slo-e2e": positive.optional(),
  json: z.boolean().default(false),
  help: z.boolean().default(false),
});

/** argv → SimulateArgs, or a CliError naming the first bad flag. Ranges vLLM itself checks are left to resolveConfig. */
export function parseSimulateArgs(argv: readonly string[]): SimulateArgs {
  const raw = parseRaw(argv);
  const r = schema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new CliError(`--${String(issue.path[0])}`, issue.message);
  }
  const f = r.data;
  if (f["skip-rows"] !== undefined && f["start-seconds"] !== undefined) throw new CliError("--start-seconds", "not allowed with argument --skip-rows");
  if (!f.help && f.trace === undefined) throw new CliError("--trace", "a trace file is required");
  const start = f["skip-rows"] !== undefined ? { rows: f["skip-rows"] } : f["start-seconds"] !== undefined ? { seconds: f["start-seconds"] } : undefined;
  return {
    trace: f.trace ?? "",
    traceOptions: { format: f.format, speedup: f.speedup, limit: f.limit, start, failures: f["keep-failures"] ? "keep" : "drop" },
    engine: {
      model: f.model, gpu: f.gpu as GpuId, maxNumSeqs: f["max-num-seqs"], maxNumBatchedTokens: f["max-num-batched-tokens"],
      gpuMemoryUtilization: f["gpu-memory-utilization"], maxModelLen: f["max-model-len"], blockSize: f["block-size"],
      enablePrefixCaching: f["enable-prefix-caching"], enableChunkedPrefill: f["enable-chunked-prefill"],
      tensorParallelSize: f["tensor-parallel-size"], dataParallelSize: f["data-parallel-size"],
    },
    slo: { ttft: f["slo-ttft"], itl: f["slo-itl"], e2e: f["slo-e2e"] },
    json: f.json,
    help: f.help,
  };
}

/** Strict node:util parse; for `--x` / `--no-x` pairs the last one wins (argparse's BooleanOptionalAction). */
function parseRaw(argv: readonly string[]): Record<string, string | boolean | undefined> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: FLAG_OPTIONS, strict: true, allowPositionals: false, tokens: true });
  } catch (e) {
    const err = e as Error & { code?: string };
    const flag = /'(-{1,2}[^' ]+)/.exec(err.message)?.[1];
    if (err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw new CliError(undefined, `unrecognized arguments: ${flag ?? err.message}`);
    if (err.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") throw new CliError(undefined, `unrecognized arguments: ${err.message.replace(/^.*'(.*)'.*$/s, "$1")}`);
    throw new CliError(flag, err.message.includes("argument missing") ? "expected one argument" : err.message);
  }
  const flags: Record<string, string | boolean | undefined> = { ...parsed.values };
  for (const base of ["enable-prefix-caching", "enable-chunked-prefill"]) {
    const last = parsed.tokens.filter((t) => t.kind === "option" && (t.name === base || t.name === `no-${base}`)).pop();
    delete flags[`no-${base}`];
    flags[base] = last?.kind === "option" ? last.name === base : undefined;
  }
  return flags;
}
