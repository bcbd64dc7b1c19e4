import { resolveConfig, type RequestRecord } from "@throtl/simulator";
import { describe, expect, it } from "vitest";
import { VirtualClock } from "./clock.ts";
import { RealtimeDriver } from "./driver.ts";
import { fanOut } from "./observers.ts";
import type { GenerationListener, ServedRequest } from "./served-request.ts";

const config = resolveConfig({ model: "llama-3.1-8b-instruct", gpu: "h100-sxm", maxModelLen: 4096, dataParallelSize: 2 });

function request(id: string, arrival: number, maxTokens: number, listener?: GenerationListener): ServedRequest {
  return { id, arrival, promptTokens: 100, maxTokens, listener };
}

function finished(driver: RealtimeDriver, n: number, records: RequestRecord[]): Promise<void> {
  return new Promise((resolve) => {
    const poll = () => (records.length >= n ? resolve() : setTimeout(poll, 5));
    poll();
  });
}

describe("RealtimeDriver", () => {
  it("delivers every event at or after its virtual time, in time order per engine", async () => {
    const clock = new VirtualClock();
    const driver = new RealtimeDriver(config, clock);
    const late: number[] = [];
    const lastT = [0, 0];
    const records: RequestRecord[] = [];
    driver.observer = fanOut([{
      onToken: (r, t) => {
        late.push(clock.now() - t);
        expect(t).toBeGreaterThanOrEqual(lastT[r.engine]!);
        lastT[r.engine] = t;
      },
      onFinish: (rec) => records.push(rec),
    }]);
    for (let i = 0; i < 6; i++) driver.submit(request(`r${i}`, clock.now(), 10 + i));
    await finished(driver, 6, records);
    driver.close();
    expect(late).toHaveLength(6 * 10 + 15);
    expect(Math.min(...late)).toBeGreaterThanOrEqual(0);
    expect(new Set(records.map((r) => r.engine))).toEqual(new Set([0, 1]));
  });

  it("hands each token to the request's own listener with its running count", async () => {
    const clock = new VirtualClock();
    const driver = new RealtimeDriver(config, clock);
    const counts: number[] = [];
    const done = new Promise<RequestRecord>((resolve) => driver.submit(request("a", clock.now(), 5, { onToken: (c) => counts.push(c), onFinish: resolve })));
    const rec = await done;
    driver.close();
    expect(counts).toEqual([1, 2, 3, 4, 5]);
    expect(rec.outputTokens).toBe(5);
  });

  it("applies an abort after the in-flight step is delivered, so the record counts exactly the delivered tokens", async () => {
    const clock = new VirtualClock();
    const driver = new RealtimeDriver(config, clock);
    const tokenTimes: number[] = [];
    let engine = -1;
    const rec = await new Promise<RequestRecord>((resolve) => {
      const listener: GenerationListener = {
        onToken: (c, t) => {
          tokenTimes.push(t);
          // As a socket close would: after this delivery, while the next step is in flight.
          if (c === 3) setImmediate(() => driver.abort("x", engine));
        },
        onFinish: resolve,
      };
      const r = driver.submit(request("x", clock.now(), 1000, listener));
      if (!r.rejection) engine = r.engine;
    });
    driver.close();
    expect(rec.finishReason).toBe("abort");
    // The step in flight when the abort came is delivered first: the record counts exactly the delivered tokens.
    expect(tokenTimes).toHaveLength(4);
    expect(rec.outputTokens).toBe(4);
    expect(rec.finishedAt).toBe(tokenTimes.at(-1));
  });

  it("refuses what the engine refuses without queueing it", () => {
    const driver = new RealtimeDriver(config, new VirtualClock());
    const r = driver.submit(request("big", 0, 4000));
    expect(r.rejection?.reason).toBe("max_tokens_too_large");
    expect(driver.cluster.numWaiting).toBe(0);
    driver.close();
  });
});
