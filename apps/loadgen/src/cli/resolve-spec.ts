import type { ParsedTrace } from "@throtl/workload";
import { listModels, TargetError } from "../client/models.ts";
import { specFromResults } from "../report/results-file.ts";
import { InputError, loadTrace } from "../spec/load-trace.ts";
import { runSpecSchema, type RunSpec } from "../spec/run-spec.ts";
import type { CliArgs } from "./args.ts";

export interface ResolvedRun {
  readonly spec: RunSpec;
  readonly trace?: ParsedTrace;
}

/** How long the reachability check may take at most (the request timeout when that is shorter). */
const PREFLIGHT_MS = 10_000;

/**
 * The IO edge between flags and a run: reads the replay file or the trace (both checked before the
 * server is contacted, so bad input sends nothing), then asks the server for its models.
 */
export async function resolveSpec(args: CliArgs, readText: (path: string) => string): Promise<ResolvedRun> {
  let base: RunSpec | undefined;
  if (args.replay !== undefined) {
    let text: string;
    try {
      text = readText(args.replay);
    } catch (e) {
      throw new InputError(`cannot read ${args.replay}: ${(e as Error).message}`, { cause: e });
    }
    try {
      base = specFromResults(text, args.replay);
    } catch (e) {
      throw new InputError((e as Error).message, { cause: e });
    }
    if (args.url) base = { ...base, target: { ...base.target, url: args.url } };
  }
  const draft = base ?? args.draft!;
  let trace: ParsedTrace | undefined;
  let workload: unknown = draft.workload;
  if (draft.workload.kind === "trace") {
    const loaded = loadTrace(draft.workload, base?.workload.kind === "trace" ? base.workload.sha256 : undefined);
    trace = loaded.trace;
    workload = { ...draft.workload, sha256: loaded.sha256 };
  }
  const models = await listModels(draft.target.url, args.apiKey, Math.min(PREFLIGHT_MS, draft.timeoutSeconds * 1000));
  const model = draft.target.model ?? models[0];
  if (model === undefined) throw new TargetError(`${draft.target.url}/v1/models lists no model: pass --model`);
  const parsed = runSpecSchema.safeParse({ ...draft, target: { ...draft.target, model }, workload });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(`invalid run spec ${issue.path.join(".")}: ${issue.message}`);
  }
  return { spec: parsed.data, trace };
}
