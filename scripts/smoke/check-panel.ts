// What both smokes check, through the panel's own API: live numbers and a recommendation.
import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";

// Only the parts of /api/overview read here (apps/web/src/server/overview/load-overview.ts).
const overviewSchema = z.object({
  status: z.object({ kind: z.string() }),
  source: z.object({ mode: z.string(), flavor: z.string() }),
  health: z.object({ state: z.string() }),
  tiles: z.array(z.object({ id: z.string(), status: z.string(), primary: z.object({ text: z.string() }).loose() }).loose()),
  recommendations: z.array(z.object({ id: z.string(), severity: z.string(), title: z.string(), flag: z.string().nullable(), suggested: z.string() }).loose()),
}).loose();
export type Overview = z.infer<typeof overviewSchema>;

export interface PanelVerdict {
  readonly ok: boolean;
  /** One line per fact checked, for the smoke's output. */
  readonly lines: readonly string[];
}

/** Live status, a generated-tokens number above 0, and at least one recommendation. Pure. */
export function judgeOverview(o: Overview): PanelVerdict {
  const tokens = o.tiles.find((t) => t.id === "generation_tokens_rate");
  const requests = o.tiles.find((t) => t.id === "request_rate");
  const value = (text: string | undefined) => Number.parseFloat((text ?? "").replace(/,/g, ""));
  const live = o.status.kind === "live";
  const numbers = tokens?.status === "ok" && value(tokens.primary.text) > 0;
  const advice = o.recommendations.length > 0;
  return {
    ok: live && numbers && advice,
    lines: [
      `status ${o.status.kind} (${o.source.mode}, flavor ${o.source.flavor}); health: ${o.health.state}`,
      `generated tokens/s ${tokens?.primary.text ?? "missing"} [${tokens?.status ?? "-"}], requests/s ${requests?.primary.text ?? "missing"} [${requests?.status ?? "-"}]`,
      ...(advice ? o.recommendations.map((r) => `recommendation (${r.severity}): ${r.title}${r.flag ? ` — ${r.flag} → ${r.suggested}` : ""}`) : ["no recommendation yet"]),
    ],
  };
}

/** Polls GET <panel>/api/overview until the verdict is ok or `timeoutMs` passes; returns the last verdict. */
export async function waitForPanel(panelUrl: string, timeoutMs: number, log: (line: string) => void = () => {}): Promise<PanelVerdict> {
  const deadline = Date.now() + timeoutMs;
  let last: PanelVerdict = { ok: false, lines: ["the panel never answered"] };
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${panelUrl}/api/overview?range=5m`, { signal: AbortSignal.timeout(15_000) });
      if (res.ok) last = judgeOverview(overviewSchema.parse(await res.json()));
      else last = { ok: false, lines: [`GET /api/overview: HTTP ${res.status}`] };
    } catch (e) {
      last = { ok: false, lines: [`GET /api/overview: ${(e as Error).message}`] };
    }
    if (last.ok) return last;
    log(`  waiting for the panel: ${last.lines.join("; ")}`);
    await sleep(5000);
  }
  return last;
}
