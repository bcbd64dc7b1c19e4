import type { ArrivalModel } from "@throtl/workload";
import type { Flags, WorkloadDraft } from "./args.ts";
import { CliError } from "./cli-error.ts";

const KINDS = ["rate", "concurrency", "ramp", "trace"] as const;
const TRACE_ONLY = ["format", "speedup", "start", "limit"] as const;

/** The one workload the flags choose, with the combinations that make no sense refused by name. */
export function workloadFromFlags(f: Flags): WorkloadDraft {
  const given = KINDS.filter((k) => f[k] !== undefined);
  if (given.length > 1) throw new CliError(`--${given[1]}`, `not allowed with argument --${given[0]}`);
  const kind = given[0];
  if (f.capacity && kind !== undefined && kind !== "rate") throw new CliError(`--${kind}`, "not allowed with argument --capacity (it probes --rate workloads)");
  if (f.requests !== undefined && f.duration !== undefined) throw new CliError("--duration", "not allowed with argument --requests");
  for (const k of TRACE_ONLY) if (f[k] !== undefined && kind !== "trace") throw new CliError(`--${k}`, "only with --trace");
  if ((f.arrival !== undefined || f.burstiness !== undefined) && (kind === "concurrency" || kind === "trace")) {
    throw new CliError(f.arrival !== undefined ? "--arrival" : "--burstiness", `not allowed with argument --${kind}`);
  }
  const lengths = { kind: "fixed" as const, promptTokens: f["prompt-tokens"] ?? 200, outputTokens: f["output-tokens"] ?? 200 };
  const stop = f.duration !== undefined ? { seconds: f.duration } : { requests: f.requests ?? (kind === undefined ? 10 : 100) };
  if (f.capacity) {
    for (const k of ["requests", "duration"] as const) if (f[k] !== undefined) throw new CliError(`--${k}`, "not allowed with argument --capacity (use --probe-duration)");
    return { kind: "rate", arrivals: arrivals(f, f.rate ?? f["rate-min"] ?? 1), lengths, stop: { seconds: f["probe-duration"] } };
  }
  switch (kind) {
    case "rate": return { kind: "rate", arrivals: arrivals(f, f.rate!), lengths, stop };
    case "ramp": {
      if (f.duration === undefined) throw new CliError("--ramp", "needs --duration (the ramp's length)");
      const a = arrivals(f, 1);
      return { kind: "ramp", ...f.ramp!, seconds: f.duration, shape: a.kind === "gamma" ? { kind: "gamma", burstiness: a.burstiness } : { kind: a.kind }, lengths };
    }
    case "trace": {
      for (const k of ["requests", "duration", "prompt-tokens", "output-tokens"] as const) {
        if (f[k] !== undefined) throw new CliError(`--${k}`, `not allowed with argument --trace (the trace gives it${k === "requests" ? "; use --limit" : ""})`);
      }
      return { kind: "trace", file: f.trace!, format: f.format, speedup: f.speedup ?? 1, start: f.start, limit: f.limit };
    }
    default:
      return { kind: "concurrency", concurrency: f.concurrency ?? 1, lengths, stop };
  }
}

function arrivals(f: Flags, rate: number): ArrivalModel {
  const kind = f.arrival ?? (f.burstiness !== undefined ? "gamma" : "poisson");
  if (f.burstiness !== undefined && kind !== "gamma") throw new CliError("--burstiness", `only with --arrival gamma (got --arrival ${kind})`);
  return kind === "gamma" ? { kind, rate, burstiness: f.burstiness ?? 1 } : { kind, rate };
}
