import type { RecordsPage } from "@throtl/fake-backend";
import { distribution } from "@throtl/simulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HttpClient } from "../client/http-client.ts";
import { buildPlan } from "../plan/plan.ts";
import { testSpec } from "../plan/testing.ts";
import { tpotOf } from "../report/gaps.ts";
import { summarizeRun } from "../report/summary.ts";
import { runLoad } from "../run/runner.ts";
import { startFake } from "./fake-server.ts";

/** Llama-3.1-8B on an A100: ~11 ms decode steps, long enough that each token leaves in its own write. */
const ENGINE = { model: "llama-3.1-8b-instruct", gpu: "a100-80gb", maxModelLen: 8192, maxNumSeqs: 16 } as const;
const ms = (s: number) => `${(s * 1000).toFixed(2)} ms`;

export function accuracySuite(): void {
  describe("client-side latencies against the fake backend's ground truth (loopback)", () => {
    let fake: Awaited<ReturnType<typeof startFake>>;
    beforeAll(async () => { fake = await startFake(ENGINE); });
    afterAll(() => fake.close());

    // Retried: on a machine shared with other jobs, CPU starvation (not the client) shifts single runs by ms.
    it("agrees on TTFT, TPOT, ITL and E2E at p50 within 5 ms, request by request through the response id", { retry: 2 }, async () => {
      const spec = testSpec({
        target: { url: fake.url, endpoint: "completions", model: fake.info.config.model.hfName, stream: true },
        workload: { kind: "concurrency", concurrency: 4, lengths: { kind: "fixed", promptTokens: 100, outputTokens: 40 }, stop: { requests: 40 } },
      });
      const client = new HttpClient({ baseUrl: fake.url, timeoutMs: 30_000 });
      const { results } = await runLoad({ spec, plan: buildPlan(spec), sender: client });
      client.close();
      const truth = ((await (await fetch(`${fake.url}/throtl/records?limit=1000`)).json()) as RecordsPage).records;
      expect(summarizeRun(results, 1).requests.failed).toBe(0);
      const byId = new Map(truth.map((r) => [r.id, r]));
      const pairs = results.map((r) => [r, byId.get(r.responseId!)!] as const);
      expect(pairs.every(([r, t]) => t !== undefined && r.outputTokens === t.outputTokens && r.promptTokens === t.promptTokens)).toBe(true);

      const meanGap = (t: (typeof truth)[number]) => (t.finishedAt - t.firstTokenAt) / (t.outputTokens - 1);
      const metrics: Record<string, [number[], number[]]> = {
        TTFT: [pairs.map(([r]) => r.ttft), pairs.map(([, t]) => t.firstTokenAt - t.arrival)],
        TPOT: [pairs.map(([r]) => tpotOf(r)), pairs.map(([, t]) => meanGap(t))],
        E2E: [pairs.map(([r]) => r.e2e), pairs.map(([, t]) => t.finishedAt - t.arrival)],
      };
      const lines: string[] = [];
      for (const [name, [client, server]] of Object.entries(metrics)) {
        const diff = distribution(client.map((c, i) => c - server[i]!));
        const [c, s] = [distribution(client).p50, distribution(server).p50];
        lines.push(`${name.padEnd(5)} client p50 ${ms(c)}, truth p50 ${ms(s)}; per-request difference p50 ${ms(diff.p50)}, p99 ${ms(diff.p99)}`);
        expect(Math.abs(c - s)).toBeLessThan(0.005);
        expect(Math.abs(diff.p50)).toBeLessThan(0.005);
      }
      // The fake's records keep each request's first and last token only, so the truth side of the pooled
      // ITL is each request's mean gap: in this steady load every gap of a request is one decode step.
      const itl = summarizeRun(results, 1).itl.p50;
      const itlTruth = distribution(truth.map(meanGap)).p50;
      lines.push(`ITL   client p50 ${ms(itl)} (every gap), truth p50 ${ms(itlTruth)} (per-request mean gap)`);
      expect(Math.abs(itl - itlTruth)).toBeLessThan(0.005);
      console.log(`loadgen accuracy, ${results.length} requests at concurrency 4:\n  ${lines.join("\n  ")}`);
    });
  });
}
