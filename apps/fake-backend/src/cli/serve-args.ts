import { GPU_IDS, MODEL_IDS, MODEL_PROFILES, type EngineConfig, type GpuId, type ModelId } from "@throtl/simulator";
import { z } from "zod";
import { FLAVORS, type Flavor } from "../flavors.ts";
import { CliError, parseFlags, type RawFlags } from "./parse-flags.ts";

/** A validated command line: the simulator's engine config plus where and how to serve it. */
export interface ServeArgs {
  readonly engine: EngineConfig;
  readonly host: string;
  readonly port: number;
  readonly dcgmPort: number | undefined;
  readonly flavor: Flavor;
  readonly seed: number;
  /** The flags as given (after parsing), for /throtl/config. */
  readonly flags: RawFlags;
  readonly help: boolean;
}

const DEFAULT_MODEL: ModelId = "qwen2.5-0.5b-instruct";

function int(min: number, max: number) {
  const range = { error: (i: { input: unknown }) => `must be an integer in [${min}, ${max}], got ${String(i.input)}` };
  return z.string()
    .regex(/^\d+$/, { error: (i) => `invalid int value: '${String(i.input)}'` })
    .transform(Number)
    .pipe(z.number().min(min, range).max(max, range));
}

/** vLLM's human-readable lengths: 1k = 1000, 1K = 1024, 25.6k = 25,600. */
const humanInt = z.string().transform((s, ctx) => {
  const m = /^(\d+(?:\.\d+)?)([kmgKMG]?)$/.exec(s);
  const mult = m ? ({ "": 1, k: 1e3, m: 1e6, g: 1e9, K: 1024, M: 1024 ** 2, G: 1024 ** 3 } as const)[m[2] as "k"] : 0;
  const v = m ? Number(m[1]) * mult : Number.NaN;
  if (!Number.isInteger(v) || v < 1) {
    ctx.addIssue({ code: "custom", message: `invalid int value: '${s}'` });
    return z.NEVER;
  }
  return v;
});

const unitFloat = z.string().transform((s, ctx) => {
  const v = Number(s);
  if (s.trim() === "" || !(v > 0 && v <= 1)) {
    ctx.addIssue({ code: "custom", message: `must be a number in (0, 1], got '${s}'` });
    return z.NEVER;
  }
  return v;
});

const modelByName = new Map<string, ModelId>();
for (const id of MODEL_IDS) {
  modelByName.set(id, id);
  modelByName.set(MODEL_PROFILES[id].hfName.toLowerCase(), id);
}
const oneOf = (values: readonly string[]) =>
  z.string().refine((v) => values.includes(v), { error: (i) => `invalid choice: '${String(i.input)}' (choose from ${values.join(", ")})` });

const flagsSchema = z.object({
  model: z.string().optional().transform((v, ctx) => {
    const id = modelByName.get((v ?? DEFAULT_MODEL).toLowerCase());
    if (!id) {
      ctx.addIssue({ code: "custom", message: `unknown model '${v}' (simulated: ${MODEL_IDS.map((m) => `${m} / ${MODEL_PROFILES[m].hfName}`).join(", ")})` });
      return z.NEVER;
    }
    return id;
  }),
  "served-model-name": z.string().min(1).optional(),
  "max-num-seqs": int(1, 65536).optional(),
  "max-num-batched-tokens": int(1, 1 << 22).optional(),
  "gpu-memory-utilization": unitFloat.optional(),
  "max-model-len": humanInt.optional(),
  "block-size": int(1, 128).optional(),
  "enable-prefix-caching": z.boolean().optional(),
  "no-enable-prefix-caching": z.boolean().optional(),
  "enable-chunked-prefill": z.boolean().optional(),
  "no-enable-chunked-prefill": z.boolean().optional(),
  "tensor-parallel-size": int(1, 8).optional(),
  "data-parallel-size": int(1, 64).optional(),
  host: z.string().min(1).default("127.0.0.1"),
  port: int(0, 65535).default(8000),
  gpu: oneOf(GPU_IDS).default("h100-sxm"),
  flavor: oneOf(FLAVORS).default("vllm"),
  seed: int(0, 0xffffffff).default(0),
  "dcgm-port": int(0, 65535).optional(),
  help: z.boolean().default(false),
});

/** argv → ServeArgs, or a CliError naming the first bad flag. */
export function parseServeArgs(argv: readonly string[]): ServeArgs {
  const raw = parseFlags(argv);
  const r = flagsSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new CliError(`--${String(issue.path[0])}`, issue.message);
  }
  const f = r.data;
  const bool = (on: boolean | undefined, off: boolean | undefined) => (on ? true : off ? false : undefined);
  return {
    engine: {
      model: f.model, gpu: f.gpu as GpuId, servedModelName: f["served-model-name"], maxNumSeqs: f["max-num-seqs"],
      maxNumBatchedTokens: f["max-num-batched-tokens"], gpuMemoryUtilization: f["gpu-memory-utilization"],
      maxModelLen: f["max-model-len"], blockSize: f["block-size"],
      enablePrefixCaching: bool(f["enable-prefix-caching"], f["no-enable-prefix-caching"]),
      enableChunkedPrefill: bool(f["enable-chunked-prefill"], f["no-enable-chunked-prefill"]),
      tensorParallelSize: f["tensor-parallel-size"], dataParallelSize: f["data-parallel-size"],
    },
    host: f.host, port: f.port, dcgmPort: f["dcgm-port"], flavor: f.flavor as Flavor, seed: f.seed, flags: raw, help: f.help,
  };
}
