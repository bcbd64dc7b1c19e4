import { createFakeBackend, type FakeBackend } from "@throtl/fake-backend";
import { afterEach, describe, expect, it } from "vitest";
import { startBackgroundLoad } from "./background-load.ts";

let backend: FakeBackend | undefined;
afterEach(async () => { await backend?.close(); });

describe("demo background load against a real fake backend on 127.0.0.1", () => {
  it("sends Poisson arrivals of the phase's exact lengths, bounded in flight, and stops cleanly", async () => {
    backend = createFakeBackend({ engine: { model: "qwen2.5-0.5b-instruct", gpu: "h100-sxm" }, port: 0, tokenizer: "approx" });
    const url = await backend.start();
    const phases = [{ name: "test", seconds: 60, rate: 40, promptTokens: 64, outputTokens: 8, sharedPrefixTokens: 32 }];
    const entered: string[] = [];
    let seed = 1;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    const load = startBackgroundLoad({ url, model: backend.config.servedModelName, phases, maxInFlight: 4, random, onPhase: (p) => entered.push(p.name) });
    // Until 20 requests finished (not a fixed time: the machine may be busy), at most 30 s.
    for (let waited = 0; load.stats.ok < 20 && waited < 30_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    await load.stop();
    const s = load.stats;
    expect(entered).toEqual(["test"]);
    expect(s.failed).toBe(0);
    expect(s.ok).toBeGreaterThanOrEqual(20);
    expect(s.inFlight).toBe(0);
    expect(s.sent).toBeGreaterThanOrEqual(s.ok);
    const page = (await (await fetch(`${url}/throtl/records?limit=1000`)).json()) as { records: { promptTokens: number; outputTokens: number }[] };
    expect(page.records.length).toBeGreaterThanOrEqual(s.ok);
    for (const r of page.records.slice(0, s.ok)) expect([r.promptTokens, r.outputTokens]).toEqual([64, 8]);
  });
});
