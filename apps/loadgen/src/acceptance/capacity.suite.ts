import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { probeLine } from "../capacity/format-curve.ts";
import { searchCapacity } from "../capacity/search-loop.ts";
import type { ResultsFile } from "../report/results-file.ts";
import type { RunSpec } from "../spec/run-spec.ts";
import { cli } from "./cli-harness.ts";
import { startFake } from "./fake-server.ts";
import { virtualProbe } from "./virtual-probe.ts";

/** Llama-3.1-8B on an A100 with 8 sequences at most: about 30 req/s of 64 in / 20 out tokens. */
const ENGINE = { model: "llama-3.1-8b-instruct", gpu: "a100-80gb", maxModelLen: 8192, maxNumSeqs: 8 } as const;
const FLAGS = ["--arrival", "constant", "--prompt-tokens", "64", "--output-tokens", "20", "--slo-ttft", "500ms", "--slo-errors", "1%", "--probe-duration", "3s"];

export function capacitySuite(): void {
  describe("capacity search against a fake backend whose capacity the simulator knows", () => {
    let fake: Awaited<ReturnType<typeof startFake>>;
    beforeAll(async () => { fake = await startFake(ENGINE); });
    afterAll(() => fake.close());

    it("finds the highest rate meeting the SLO within 10 % of the simulator's answer in virtual time", async () => {
      const spec: RunSpec = {
        version: 1, target: { url: fake.url, endpoint: "completions", model: "m", stream: true },
        workload: { kind: "rate", arrivals: { kind: "constant", rate: 1 }, lengths: { kind: "fixed", promptTokens: 64, outputTokens: 20 }, stop: { seconds: 3 } },
        request: { promptFormat: "tokens", temperature: 0, ignoreEos: true }, seed: 0, timeoutSeconds: 30,
        slo: { ttft: 0.5, errorRate: 0.01, percentile: 95 }, search: { probeSeconds: 3, tolerance: 0.01, maxProbes: 30 },
      };
      const known = await searchCapacity(spec.search!, 1, virtualProbe(ENGINE, spec));
      const start = (known.capacity / 2).toFixed(2);
      const r = await cli(["--url", fake.url, "--capacity", "--rate", start, ...FLAGS, "--no-tui"]);
      expect(r.err).toBe("");
      expect(r.code).toBe(0);
      const file = JSON.parse(readFileSync(`${r.prefix}.json`, "utf8")) as ResultsFile;
      const found = file.capacity!;
      console.log(`capacity: found ${found.capacity.toFixed(2)} req/s (${found.reason}), simulator ${known.capacity.toFixed(2)} req/s ` +
        `(${((found.capacity / known.capacity - 1) * 100).toFixed(1)} %)\n  ${found.curve.map((p, i) => probeLine(p, i, 95)).join("\n  ")}`);
      expect(Math.abs(found.capacity / known.capacity - 1)).toBeLessThanOrEqual(0.1);
      expect(found.curve.some((p) => !p.pass)).toBe(true);
      expect(readFileSync(`${r.prefix}.csv`, "utf8").split("\n")[0]).toMatch(/^rate,achieved_rate,/);
    });
  });
}
