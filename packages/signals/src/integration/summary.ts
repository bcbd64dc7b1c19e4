// One table for the log: per source and flavor, the largest rate error, quantile bucket hits, exact
// gauges and refusals, so a run's deviations can be read without digging through results.
import type { LoadStats } from "./load-driver.ts";
import type { CheckResult } from "./run-checks.ts";

/** Skipped checks by reason: ITL without token times, nominal with late scrapes, a failed last scrape. */
function skipped(rs: readonly CheckResult[]): string {
  const s = rs.filter((r) => r.rule === "skipped");
  const n = (p: (r: CheckResult) => boolean) => s.filter(p).length;
  return `itl ${n((r) => r.signal === "itl")}, late ${n((r) => r.detail?.startsWith("nominal") === true)}, failed scrape ${n((r) => r.detail?.startsWith("the last scrape") === true)}`;
}

export function summarize(results: readonly CheckResult[], load: readonly (LoadStats & { name: string })[], timeline: Record<string, number>, wallSeconds: number): string {
  const lines = [`catalog acceptance: ${results.length} checks, ${results.filter((r) => !r.ok).length} failed, wall ${wallSeconds.toFixed(1)} s`];
  const t0 = timeline.loadStart ?? 0;
  lines.push(`timeline (s after load start): ${Object.entries(timeline).map(([k, v]) => `${k} ${(v - t0).toFixed(1)}`).join(", ")}`);
  lines.push(`load: ${load.map((s) => `${s.name} sent ${s.sent} ok ${s.ok} hung-up ${s.hungUp} failed ${s.failed} skipped ${s.skipped}`).join("; ")}`);
  lines.push("rate errors: vs the likeliest truth of what the samples saw (checked: within 5 % of its possible range), and vs the true rate over the window (checked when scrapes were timely)");
  lines.push("source      flavor         max rate err (samples)                      max rate err (window)           quantile hits   gauges exact   refusals   skipped");
  for (const source of ["prometheus", "direct"] as const) {
    for (const flavor of [...new Set(results.map((r) => r.flavor))]) {
      const rs = results.filter((r) => r.source === source && r.flavor === flavor && !["restart", "idle", "at each scrape"].includes(r.stat));
      const worstOf = (rule: CheckResult["rule"]) => rs.filter((r) => r.rule === rule && r.error !== undefined && Number.isFinite(r.error))
        .reduce<CheckResult | undefined>((w, r) => (!w || r.error! > w.error! ? r : w), undefined);
      const describe = (w: CheckResult | undefined) => (w ? `${(w.error! * 100).toFixed(2)} % (${w.signal} ${w.stat} by ${w.by})` : "-");
      const count = (rule: CheckResult["rule"]) => `${rs.filter((r) => r.rule === rule && r.ok).length}/${rs.filter((r) => r.rule === rule).length}`;
      lines.push([
        source.padEnd(11), flavor.padEnd(14),
        describe(worstOf("rate")).padEnd(43), describe(worstOf("nominal")).padEnd(31),
        count("quantile").padEnd(15), count("gauge").padEnd(14), count("refusal").padEnd(10), skipped(rs),
      ].join(" "));
    }
  }
  const restart = results.filter((r) => r.stat === "restart");
  lines.push(`restart: ${restart.length} checks (${restart.filter((r) => r.ok).length} ok), smallest value ${Math.min(...restart.map((r) => r.got ?? 0)).toPrecision(3)}`);
  lines.push(`gauges at each scrape: ${results.filter((r) => r.stat === "at each scrape").map((r) => `${r.flavor} ${r.signal} ${r.got?.toFixed(2)}`).join(", ")}`);
  for (const r of results.filter((x) => !x.ok).slice(0, 40)) {
    lines.push(`FAIL ${r.source} ${r.flavor} ${r.signal} ${r.stat} by ${r.by} [${r.group}] ${r.rule}: got ${r.got} want ${r.want} ${r.detail ?? ""}`);
  }
  return lines.join("\n");
}
