import { describe, expect, it } from "vitest";
import { configOf, emptyWatchState, step, type InstanceObservation, type WatchState } from "./change-detect.ts";

const A = "10.0.0.1:8000";
const cfg = (gmu: string, engine = "0") => ({ instance: A, engine, model_name: "m", block_size: "16", gpu_memory_utilization: gmu });
const obs = (gmu: string | null, marker: number | null, instance = A): InstanceObservation => ({ instance, config: gmu === null ? [] : [cfg(gmu)], marker });

/** Polls at 10 s steps from t = 0 with a 60 s window; returns each poll's actions as "kind reason @end". */
function run(polls: (readonly InstanceObservation[])[], kind: "created" | "counter" = "created"): string[][] {
  let state: WatchState = emptyWatchState();
  return polls.map((p, i) => {
    const r = step(state, p, i * 10_000, 60, kind);
    state = r.state;
    return r.actions.map((a) => `${a.kind} ${a.change.reason} ${a.kind === "before" ? a.change.beforeEndMs : a.change.afterEndMs}`);
  });
}

describe("config-change detection", () => {
  it.each([
    ["nothing on the first sight of an instance", [[obs("0.9", 100)]], [[]]],
    ["nothing while labels and marker stay", [[obs("0.9", 100)], [obs("0.9", 100)]], [[], []]],
    ["a changed label: before ends at the previous poll", [[obs("0.9", 100)], [obs("0.5", 100)]], [[], ["before gpu_memory_utilization 0.9 → 0.5 0"]]],
    ["a new _created value is a restart", [[obs("0.9", 100)], [obs("0.9", 200)]], [[], ["before restart 0"]]],
    ["a restart seen after a gap ends the before window at the last poll that saw the old engine",
      [[obs("0.9", 100)], [obs("0.9", 100)], [], [obs("0.9", 300)]], [[], [], [], ["before restart 10000"]]],
    ["a label change wins over a restart in the reason", [[obs("0.9", 100)], [obs("0.5", 200)]], [[], ["before gpu_memory_utilization 0.9 → 0.5 0"]]],
    ["no config series (another backend): only restarts count", [[obs(null, 100)], [obs(null, 100)], [obs(null, 101)]], [[], [], ["before restart 10000"]]],
    ["a marker missing from one poll is no restart", [[obs("0.9", 100)], [obs("0.9", null)], [obs("0.9", 100)]], [[], [], []]],
  ])("%s", (_name, polls, want) => {
    expect(run(polls)).toEqual(want);
  });

  it("a counter going down is a restart; one going up is traffic", () => {
    expect(run([[obs(null, 50)], [obs(null, 80)], [obs(null, 3)]], "counter")).toEqual([[], [], ["before restart 10000"]]);
  });

  it("takes the after snapshot once a full window has passed since detection, once", () => {
    const polls = [[obs("0.9", 1)], [obs("0.9", 2)], ...Array.from({ length: 8 }, () => [obs("0.9", 2)])];
    const actions = run(polls);
    expect(actions[1]).toEqual(["before restart 0"]);
    expect(actions.flat().filter((a) => a.startsWith("after"))).toEqual(["after restart 70000"]);
    expect(actions[7]).toEqual(["after restart 70000"]);
  });

  it("a second change before the after window completes replaces the pending pair", () => {
    const polls = [[obs("0.9", 1)], [obs("0.9", 2)], [obs("0.9", 3)], ...Array.from({ length: 8 }, () => [obs("0.9", 3)])];
    const actions = run(polls).flat();
    expect(actions.filter((a) => a.startsWith("before"))).toHaveLength(2);
    expect(actions.filter((a) => a.startsWith("after"))).toEqual(["after restart 80000"]);
  });

  it("gives the pair one short id, different per change and instance", () => {
    const s0 = step(emptyWatchState(), [obs("0.9", 1), obs("0.9", 1, "b:1")], 0, 60, "created").state;
    const { actions } = step(s0, [obs("0.5", 1), obs("0.5", 1, "b:1")], 10_000, 60, "created");
    expect(actions.map((a) => a.change.id)).toHaveLength(2);
    expect(new Set(actions.map((a) => a.change.id)).size).toBe(2);
    expect(actions[0]!.change.id).toMatch(/^[0-9a-z]{7}$/);
  });

  it("reads an instance's config without the series' identity labels, the same for every DP engine", () => {
    expect(configOf([cfg("0.9", "1"), cfg("0.9", "0")])).toEqual({ block_size: "16", gpu_memory_utilization: "0.9" });
  });
});
