import { curveCsv, probeLine } from "../capacity/format-curve.ts";
import { httpProbe } from "../capacity/http-probe.ts";
import { searchCapacity } from "../capacity/search-loop.ts";
import { HttpClient } from "../client/http-client.ts";
import { toJson, type ResultsFile } from "../report/results-file.ts";
import type { CliArgs } from "./args.ts";
import { defaultOutPrefix, type CliDeps } from "./cli-deps.ts";
import type { ResolvedRun } from "./resolve-spec.ts";

/** `--capacity`: probe rates until the highest one meeting the SLO is bracketed; write the curve. */
export async function runCapacity({ spec }: ResolvedRun, args: CliArgs, deps: CliDeps): Promise<number> {
  const w = spec.workload;
  if (w.kind !== "rate" || !spec.search) throw new Error("a capacity search probes a rate workload");
  const client = new HttpClient({ baseUrl: spec.target.url, apiKey: args.apiKey, timeoutMs: spec.timeoutSeconds * 1000 });
  const startedAt = deps.now();
  const line = (s: string, json: object) => deps.out.write(args.tui ? `${s}\n` : `${JSON.stringify(json)}\n`);
  let probes = 0;
  const report = await searchCapacity(spec.search, w.arrivals.rate, httpProbe(spec, client, deps.stop),
    (p) => line(probeLine(p, probes++, spec.slo.percentile), { type: "probe", ...p }), deps.stop);
  client.close();
  const prefix = args.out ?? defaultOutPrefix(startedAt);
  const interrupted = deps.stop.aborted;
  const file: ResultsFile = { tool: "throtl-load", version: 1, startedAt: startedAt.toISOString(), interrupted, spec, capacity: report };
  deps.writeText(`${prefix}.json`, toJson(file));
  deps.writeText(`${prefix}.csv`, curveCsv(report));
  line(`capacity: ${report.capacity.toFixed(2)} req/s (${report.reason}); wrote ${prefix}.json and ${prefix}.csv`,
    { type: "capacity", capacity: report.capacity, reason: report.reason, files: [`${prefix}.json`, `${prefix}.csv`] });
  return interrupted ? 130 : 0;
}
