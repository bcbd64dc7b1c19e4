// The run manager against a real fake vLLM in this process (127.0.0.1, free port): progress, the
// summary against the load generator's own, cancel, one run per endpoint, bad and dead endpoints.
import { createServer, type Server, type Socket } from "node:net";
import { createFakeBackend, type FakeBackend } from "@throtl/fake-backend";
import { summarizeRun, type RunOutcome } from "@throtl/loadgen";
import { freePort } from "@throtl/prom/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EndpointUnavailableError, InvalidRunRequestError, RunConflictError } from "./errors.ts";
import { LoadRunManager } from "./run-manager.ts";
import type { LoadRunView } from "./run-view.ts";

let fake: FakeBackend;
let silent: Server;
const sockets = new Set<Socket>();
let deadUrl = "";
let silentUrl = "";
const outcomes = new Map<string, RunOutcome>();

beforeAll(async () => {
  fake = createFakeBackend({ engine: { model: "llama-3.1-8b-instruct", gpu: "h100-sxm", maxModelLen: 4096 }, tokenizer: "approx", port: 0, host: "127.0.0.1", seed: 5 });
  await fake.start();
  deadUrl = `http://127.0.0.1:${await freePort()}`;
  // Accepts connections and never answers: the preflight must give up on its own.
  silent = createServer((s) => { sockets.add(s); s.on("close", () => sockets.delete(s)); });
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  silentUrl = `http://127.0.0.1:${(silent.address() as { port: number }).port}`;
});

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((resolve) => silent?.close(resolve));
  await fake?.close();
});

function manager(): LoadRunManager {
  return new LoadRunManager({
    targets: [{ name: "fake", url: fake.url }, { name: "dead", url: deadUrl }, { name: "silent", url: silentUrl }],
    preflightMs: 500,
    onOutcome: (run, outcome) => outcomes.set(run.id, outcome),
  });
}

const small = { promptTokens: 16, outputTokens: 8 };
const rateRun = (over: object = {}) => ({ endpoint: "fake", workload: { kind: "constant", rate: 20, ...small }, durationSeconds: 1.5, maxRequests: 100, ...over });
const longLoop = { endpoint: "fake", workload: { kind: "concurrency", concurrency: 2, promptTokens: 16, outputTokens: 64 }, durationSeconds: 120, maxRequests: 10_000 };

/** Polls `get` until `ok` holds (bounded; never a timing assertion). */
async function until(m: LoadRunManager, id: string, ok: (v: LoadRunView) => boolean): Promise<LoadRunView> {
  for (let i = 0; i < 600; i++) {
    const v = m.get(id);
    if (ok(v)) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`run ${id} never reached the condition: ${JSON.stringify(m.get(id).progress)}`);
}

describe("LoadRunManager against the fake backend", () => {
  it("shows progress advancing while sending, then the load generator's own summary of the same results", async () => {
    const m = manager();
    const started = await m.start(rateRun({ slo: { ttft: 2, itl: 0.5 } }));
    expect(started.status).toBe("running");
    expect(started.spec?.target).toMatchObject({ url: fake.url, model: "meta-llama/Llama-3.1-8B-Instruct", stream: true });
    const early = await until(m, started.id, (v) => (v.progress?.sent ?? 0) > 0);
    const later = await until(m, started.id, (v) => (v.progress?.completed ?? 0) > early.progress!.completed && v.progress!.sent > early.progress!.sent);
    expect(later.progress!.planned).toBe(30);
    expect(later.progress!.fraction).toBeGreaterThan(early.progress!.fraction);
    const done = await m.settled(started.id);
    expect(done.status).toBe("finished");
    expect(done.progress).toMatchObject({ fraction: 1, sent: 30, completed: 30, failed: 0, inFlight: 0, etaSeconds: null });
    const outcome = outcomes.get(started.id)!;
    expect(done.summary).toEqual(summarizeRun(outcome.results, outcome.durationSeconds, done.spec!.slo));
    expect(done.summary!.requests).toMatchObject({ sent: 30, completed: 30, failed: 0 });
    expect(done.summary!.slo?.attainment).toBeGreaterThan(0);
    expect(done.summary!.slo?.goodput).toBeGreaterThan(0);
    expect(m.list().map((r) => r.id)).toEqual([started.id]);
  });

  it("writes the request cap into the spec: a rate run stops at maxRequests", async () => {
    const m = manager();
    const { id, spec } = await m.start(rateRun({ workload: { kind: "poisson", rate: 50, ...small }, durationSeconds: 30, maxRequests: 6 }));
    expect(spec?.workload).toMatchObject({ kind: "rate", stop: { requests: 6 } });
    expect((await m.settled(id)).summary!.requests.sent).toBe(6);
  });

  it("replays the bundled Azure conversation trace with its token counts", async () => {
    const m = manager();
    const { id, spec } = await m.start({ endpoint: "fake", workload: { kind: "trace", trace: "conv", speedup: 20, limit: 3 }, durationSeconds: 60, maxRequests: 50 });
    expect(spec?.workload).toMatchObject({ kind: "trace", limit: 3, speedup: 20, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const done = await m.settled(id);
    expect(done.summary!.requests).toMatchObject({ sent: 3, completed: 3 });
    expect(done.summary!.inputTokens).toBeGreaterThan(300);
  });

  it("cancel stops the run and keeps a partial summary, status cancelled", async () => {
    const m = manager();
    const { id } = await m.start(longLoop);
    await until(m, id, (v) => (v.progress?.completed ?? 0) >= 2);
    const cancelled = await m.cancel(id);
    expect(cancelled.status).toBe("cancelled");
    expect(cancelled.summary!.requests.completed).toBeGreaterThanOrEqual(2);
    expect(cancelled.summary!.requests.sent).toBe(cancelled.summary!.requests.completed + cancelled.summary!.requests.cancelled + cancelled.summary!.requests.failed);
    expect(m.result(id).interrupted).toBe(true);
    await expect(m.cancel(id)).rejects.toThrow(RunConflictError);
  });

  it("refuses a second run on the same endpoint while one is active (409), and allows it after", async () => {
    const m = manager();
    const first = await m.start(longLoop);
    await expect(m.start(rateRun())).rejects.toSatisfy((e) => e instanceof RunConflictError && e.runId === first.id);
    expect(() => m.result(first.id)).toThrow(/still running/);
    await m.cancel(first.id);
    const second = await m.start(rateRun({ durationSeconds: 0.2 }));
    expect((await m.settled(second.id)).status).toBe("finished");
  });

  it("refuses an endpoint that is not configured, and a bad body, naming the fields (400)", async () => {
    const m = manager();
    await expect(m.start(rateRun({ endpoint: "http://evil.example:80" }))).rejects.toSatisfy((e) =>
      e instanceof InvalidRunRequestError && e.issues[0]!.path === "endpoint" && /only its configured endpoints \(fake, dead, silent\)/.test(e.message));
    const bad = await m.start({ endpoint: "fake", workload: { kind: "constant", rate: -1 }, durationSeconds: 100_000, maxRequests: 0 }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(InvalidRunRequestError);
    expect((bad as InvalidRunRequestError).issues.map((i) => i.path).sort()).toEqual(["durationSeconds", "maxRequests", "workload.rate"]);
    expect(m.list()).toEqual([]);
  });

  it("reports an unreachable endpoint clearly, within the preflight timeout, and sends nothing", async () => {
    const m = manager();
    await expect(m.start(rateRun({ endpoint: "dead" }))).rejects.toThrow(new RegExp(`dead: cannot reach ${deadUrl}/v1/models: .*refused.*nothing was sent`, "i"));
    const silentErr = await m.start(rateRun({ endpoint: "silent" })).catch((e: unknown) => e);
    expect(silentErr).toBeInstanceOf(EndpointUnavailableError);
    expect((silentErr as Error).message).toMatch(/no answer within 0.5 s/);
    expect(m.list()).toEqual([]);
    // The slot is free again.
    await expect(m.start(rateRun({ endpoint: "dead" }))).rejects.toThrow(EndpointUnavailableError);
  });
});
