import { describe, expect, it } from "vitest";
import { sleepUntil } from "./timer.ts";

describe("sleepUntil", () => {
  it("resolves from a read the sender reports once the due time has passed, and stops watching", async () => {
    let hook: ((now: number) => void) | undefined;
    const due = performance.now() + 60_000;
    let resolved = false;
    const sleep = sleepUntil(due, undefined, (h) => (hook = h)).then(() => (resolved = true));
    hook!(due - 1);
    await Promise.resolve();
    expect(resolved).toBe(false);
    hook!(due);
    await sleep;
    expect(resolved).toBe(true);
    // The 60 s timer is cleared with it, or this test would hold the process open until then.
    expect(hook).toBeUndefined();
  });

  it("resolves at once when already due (without watching reads) or when the signal aborts mid-wait", async () => {
    let watched = false;
    await sleepUntil(performance.now() - 1, undefined, () => (watched = true));
    expect(watched).toBe(false);
    const stop = new AbortController();
    const sleep = sleepUntil(performance.now() + 60_000, stop.signal);
    stop.abort();
    await sleep; // not the 60 s timer: vitest's 5 s test timeout would fail it first
  });
});
