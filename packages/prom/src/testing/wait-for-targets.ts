// Waits until Prometheus has scraped the configured targets. Matching by job and address (not by a
// count of active targets) keeps it right after a reload, while discovery still shows the old set.
import { setTimeout as sleep } from "node:timers/promises";
import type { PromClient } from "../client.ts";
import { isPromError } from "../errors.ts";
import type { ActiveTarget } from "../types.ts";
import type { PrometheusConfigOptions } from "./prometheus-config.ts";

/** "up": a successful scrape of each target; "scraped": any scrape attempt, up or down. */
export type TargetWait = "up" | "scraped";

export async function waitForTargets(client: PromClient, config: PrometheusConfigOptions, wait: TargetWait, timeoutMs: number): Promise<void> {
  const wanted = (config.scrapeTargets ?? []).flatMap((t) => t.targets.map((address) => ({ job: t.job, address })));
  const deadline = Date.now() + timeoutMs;
  let seen: readonly ActiveTarget[] = [];
  let lastProblem: string;
  for (;;) {
    try {
      seen = (await client.targets("active", { timeoutMs: 2000 })).data.activeTargets;
      lastProblem = "";
    } catch (err) {
      if (!isPromError(err)) throw err;
      lastProblem = `; last /api/v1/targets error: ${err.message}`;
    }
    const done = wanted.every(({ job, address }) => {
      const t = seen.find((s) => s.labels.job === job && s.discoveredLabels.__address__ === address);
      return t !== undefined && (wait === "up" ? t.health === "up" : t.lastScrapeMs !== null);
    });
    if (done) return;
    if (Date.now() >= deadline) break;
    await sleep(200);
  }
  const state = seen.map((t) => `  ${t.labels.job} ${t.scrapeUrl}: ${t.health}${t.lastError ? ` (${t.lastError})` : ""}`).join("\n");
  throw new Error(
    `Prometheus targets not ${wait === "up" ? "up" : "scraped"} within ${timeoutMs} ms; wanted ` +
      `${wanted.map((w) => `${w.job}@${w.address}`).join(", ")}${lastProblem}\nactive targets:\n${state || "  (none discovered yet)"}`,
  );
}
