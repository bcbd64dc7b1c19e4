// The /api/load-runs handlers called as Next calls them (Request in, Response out), against a real
// fake vLLM on 127.0.0.1 named in THROTL_LOAD_TARGETS.
import { createFakeBackend, type FakeBackend } from "@throtl/fake-backend";
import { freePort } from "@throtl/prom/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LoadRunView } from "../../../server/load-runs/run-view.ts";
import { DELETE, GET as getOne } from "./[id]/route.ts";
import { GET as list, POST } from "./route.ts";

let fake: FakeBackend;
beforeAll(async () => {
  fake = createFakeBackend({ engine: { model: "llama-3.1-8b-instruct", gpu: "h100-sxm", maxModelLen: 4096 }, tokenizer: "approx", port: 0, host: "127.0.0.1", seed: 9 });
  await fake.start();
  // Read once, on the first getEnv() of this test file's module graph.
  process.env.THROTL_LOAD_TARGETS = `fake=${fake.url},dead=http://127.0.0.1:${await freePort()}`;
});
afterAll(async () => {
  await fake?.close();
});

const post = (body: unknown) => POST(new Request("http://panel/api/load-runs", { method: "POST", body: typeof body === "string" ? body : JSON.stringify(body) }));
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const one = (id: string) => getOne(new Request(`http://panel/api/load-runs/${id}`), ctx(id));
const loop = { endpoint: "fake", workload: { kind: "concurrency", concurrency: 2, promptTokens: 16, outputTokens: 64 }, durationSeconds: 120, maxRequests: 10_000 };

describe("/api/load-runs", () => {
  it("POST answers 400 for a body that is not JSON, and names each bad field", async () => {
    const notJson = await post("{nope");
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { error: string }).error).toMatch(/not JSON/);
    const res = await post({ endpoint: "fake", workload: { kind: "poisson" }, durationSeconds: 0, maxRequests: 20_000, stream: "yes" });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { issues: { path: string }[] };
    expect(body.issues.map((i) => i.path).sort()).toEqual(["durationSeconds", "maxRequests", "stream", "workload.rate"]);
  });

  it("POST refuses a URL or unknown name as endpoint (400), and reports an unreachable one (502)", async () => {
    const url = await post({ ...loop, endpoint: fake.url });
    expect(url.status).toBe(400);
    expect(((await url.json()) as { issues: { path: string }[] }).issues[0]!.path).toBe("endpoint");
    const dead = await post({ ...loop, endpoint: "dead" });
    expect(dead.status).toBe(502);
    expect(((await dead.json()) as { error: string }).error).toMatch(/cannot reach .*\/v1\/models.*nothing was sent/);
  });

  it("POST 202 starts a run; a second on the endpoint is 409; GET shows progress; DELETE cancels with a partial summary", async () => {
    const res = await post(loop);
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    expect(res.headers.get("location")).toBe(`/api/load-runs/${id}`);
    const again = await post(loop);
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ runId: id });
    let view: LoadRunView;
    for (let i = 0; ; i++) {
      view = (await (await one(id)).json()) as LoadRunView;
      if ((view.progress?.completed ?? 0) >= 1 || i > 400) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(view.status).toBe("running");
    expect(view.progress!.completed).toBeGreaterThanOrEqual(1);
    const listed = (await list().json()) as { runs: LoadRunView[]; endpoints: string[] };
    expect(listed.endpoints).toEqual(["fake", "dead"]);
    expect(listed.runs.map((r) => r.id)).toContain(id);
    const cancelled = await DELETE(new Request(`http://panel/api/load-runs/${id}`, { method: "DELETE" }), ctx(id));
    expect(cancelled.status).toBe(200);
    const ended = (await cancelled.json()) as LoadRunView;
    expect(ended.status).toBe("cancelled");
    expect(ended.summary!.requests.completed).toBeGreaterThanOrEqual(1);
    expect((await DELETE(new Request(`http://panel/x`, { method: "DELETE" }), ctx(id))).status).toBe(409);
  });

  it("GET and DELETE of an unknown id are 404", async () => {
    expect((await one("nope")).status).toBe(404);
    expect((await DELETE(new Request("http://panel/x", { method: "DELETE" }), ctx("nope"))).status).toBe(404);
  });
});
