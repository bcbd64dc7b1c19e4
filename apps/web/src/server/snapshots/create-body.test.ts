import { describe, expect, it } from "vitest";
import { parseCreateBody } from "./create-body.ts";

const NOW = Date.UTC(2026, 0, 1, 12);

describe("POST /api/snapshots body", () => {
  it("takes the defaults: a 300 s window ending now, every model and instance, no user config", () => {
    expect(parseCreateBody({ name: "  before  " }, NOW)).toEqual({ ok: true, value: { name: "before", windowSeconds: 300, engineConfig: [], model: null, instance: null } });
  });

  it("keeps every optional field, the end as ms", () => {
    const r = parseCreateBody({
      name: "a", notes: "n", tags: ["t"], model: "m", instance: "h:1", windowSeconds: 60, end: "2026-01-01T11:00:00Z",
      engineConfig: [{ flag: "--max-num-seqs", value: 64 }], loadRun: { rate: 5, spec: ["x"] },
    }, NOW);
    expect(r).toEqual({ ok: true, value: {
      name: "a", notes: "n", tags: ["t"], model: "m", instance: "h:1", windowSeconds: 60, endMs: NOW - 3_600_000,
      engineConfig: [{ flag: "--max-num-seqs", value: 64 }], loadRun: { rate: 5, spec: ["x"] },
    } });
  });

  it.each([
    [{}, "name"],
    [{ name: "a", windowSeconds: 59 }, "windowSeconds"],
    [{ name: "a", windowSeconds: 86_401 }, "windowSeconds"],
    [{ name: "a", windowSeconds: 90.5 }, "windowSeconds"],
    [{ name: "a", end: "yesterday" }, "end"],
    [{ name: "a", end: "2026-01-02T00:00:00Z" }, "end"],
    [{ name: "a", engineConfig: [{ flag: "max_num_seqs", value: 1 }, { flag: "--max-num-seqs", value: 2 }] }, "engineConfig.1.flag"],
    [{ name: "a", engineConfig: [{ flag: "", value: 1 }] }, "engineConfig.0.flag"],
    [{ name: "a", model: 3 }, "model"],
    [{ name: "a", extra: true }, "(body)"],
  ])("refuses %j naming %s", (body, path) => {
    const r = parseCreateBody(body, NOW);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toContain(path);
  });
});
