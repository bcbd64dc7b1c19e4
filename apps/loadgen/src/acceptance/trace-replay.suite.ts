import { BUNDLED_TRACES } from "@throtl/workload";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HttpClient } from "../client/http-client.ts";
import { buildPlan } from "../plan/plan.ts";
import { testSpec } from "../plan/testing.ts";
import { summarizeRun } from "../report/summary.ts";
import { runLoad } from "../run/runner.ts";
import { loadTrace } from "../spec/load-trace.ts";
import { freePort, spawnFake, type SpawnedFake } from "./fake-server.ts";

/** The bench's fake: a small model on an H100 keeps up with the trace, so lateness is the client's. */
const FLAGS = ["--model", "qwen2.5-0.5b-instruct", "--gpu", "h100-sxm", "--max-num-seqs", "1024"];

export function traceReplaySuite(): void {
  describe("replaying the Azure conv trace against a spawned fake backend", () => {
    let fake: SpawnedFake;
    beforeAll(async () => { fake = await spawnFake(FLAGS, await freePort()); });
    afterAll(() => fake.stop());

    it("sends the first 2,000 rows at --speedup 20 on schedule, streamed, with no failures", async () => {
      const w = { kind: "trace" as const, file: BUNDLED_TRACES.conv, speedup: 20, limit: 2000 };
      const { trace, sha256 } = loadTrace(w);
      const spec = testSpec({ target: { url: fake.url, endpoint: "completions", model: "Qwen/Qwen2.5-0.5B-Instruct", stream: true }, workload: { ...w, sha256 }, timeoutSeconds: 120 });
      const client = new HttpClient({ baseUrl: fake.url, timeoutMs: 120_000 });
      const out = await runLoad({ spec, plan: buildPlan(spec, trace), sender: client });
      client.close();
      const s = summarizeRun(out.results, out.durationSeconds);
      const ms = (v: number) => `${(v * 1000).toFixed(2)} ms`;
      console.log(`trace replay lateness (sent − scheduled), ${s.requests.sent} requests over ${out.durationSeconds.toFixed(1)} s: ` +
        `p50 ${ms(s.lateness.p50)}, p90 ${ms(s.lateness.p90)}, p99 ${ms(s.lateness.p99)}; ${Math.round(s.outputTokensPerSecond)} output tok/s streamed`);
      const failures = out.results.filter((r) => r.error).slice(0, 5).map((r) => `#${r.index} ${r.error!.kind}: ${r.error!.message}`);
      if (failures.length > 0) console.log(`failed requests (first 5): ${failures.join(" | ")}`);
      expect(s.requests).toMatchObject({ sent: 2000, completed: 2000, failed: 0 });
      expect(out.results.map((r) => r.index)).toEqual([...Array(2000).keys()]);
      // Target: p99 within 2 ms (bench row d measures it with client and server on their own cores at
      // real-time priority). Here other jobs share the cores, so only a gross scheduling fault fails.
      expect(s.lateness.p50).toBeLessThan(0.05);
      expect(s.lateness.p99).toBeLessThan(1);
    });
  });
}
