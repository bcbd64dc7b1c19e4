import { HttpClient } from "../client/http-client.ts";
import { buildPlan } from "../plan/plan.ts";
import { resultsCsv } from "../report/csv.ts";
import { formatSummary } from "../report/format-summary.ts";
import { toJson, type ResultsFile } from "../report/results-file.ts";
import { summarizeRun } from "../report/summary.ts";
import { runLoad } from "../run/runner.ts";
import type { RunSpec } from "../spec/run-spec.ts";
import type { CliArgs } from "./args.ts";
import { defaultOutPrefix, type CliDeps } from "./cli-deps.ts";
import { liveOutput } from "./live-output.ts";
import type { ResolvedRun } from "./resolve-spec.ts";

export const hasSlo = (s: RunSpec["slo"]) => s.ttft !== undefined || s.itl !== undefined || s.e2e !== undefined || s.errorRate !== undefined;

/** One run: send the plan, then write PREFIX.json (spec + summary) and PREFIX.csv (per request). */
export async function runOnce({ spec, trace }: ResolvedRun, args: CliArgs, deps: CliDeps): Promise<number> {
  const plan = buildPlan(spec, trace);
  const client = new HttpClient({ baseUrl: spec.target.url, apiKey: args.apiKey, timeoutMs: spec.timeoutSeconds * 1000 });
  const view = liveOutput(spec, plan, args.tui, deps.out);
  const startedAt = deps.now();
  view?.start();
  const outcome = await runLoad({ spec, plan, sender: client, stop: deps.stop, hooks: view?.hooks });
  view?.stop();
  client.close();
  const summary = summarizeRun(outcome.results, outcome.durationSeconds, hasSlo(spec.slo) ? spec.slo : undefined);
  const prefix = args.out ?? defaultOutPrefix(startedAt);
  const file: ResultsFile = { tool: "throtl-load", version: 1, startedAt: startedAt.toISOString(), interrupted: outcome.interrupted, spec, summary };
  deps.writeText(`${prefix}.json`, toJson(file));
  deps.writeText(`${prefix}.csv`, resultsCsv(outcome.results));
  const files = [`${prefix}.json`, `${prefix}.csv`];
  if (args.tui) deps.out.write(formatSummary(summary, files));
  else deps.out.write(`${JSON.stringify({ type: "summary", interrupted: outcome.interrupted, files, summary })}\n`);
  if (outcome.interrupted) {
    deps.err(`throtl-load: interrupted after ${outcome.results.length} requests; partial results written\n`);
    return 130;
  }
  return summary.slo && !summary.slo.pass ? 1 : 0;
}
