import { describe, expect, it } from "vitest";
import { parseLaunchFlags, takeSnapshotBody } from "./take-snapshot.ts";

describe("take-snapshot body", () => {
  it("splits tags, trims, and adds the page's model and instance when scoped", () => {
    const body = takeSnapshotBody({ name: " before ", tags: "a, b,,a ", notes: "  ", windowSeconds: 600 }, { model: "m", instance: "127.0.0.1:8000" });
    expect(body).toEqual({ name: "before", tags: ["a", "b"], model: "m", instance: "127.0.0.1:8000", windowSeconds: 600 });
  });

  it("an unscoped page sends no model or instance (all of them)", () => {
    expect(takeSnapshotBody({ name: "x", tags: "", notes: "why", windowSeconds: 300 }, {})).toEqual({ name: "x", notes: "why", tags: [], windowSeconds: 300 });
  });

  it("adds the stated launch flags as engine config", () => {
    const body = takeSnapshotBody({ name: "x", tags: "", notes: "", windowSeconds: 300 }, {}, [{ flag: "max-num-seqs", value: 256 }]);
    expect(body.engineConfig).toEqual([{ flag: "max-num-seqs", value: 256 }]);
  });
});

describe("launch flags as typed", () => {
  it("reads values, --flag=value, numbers and switches", () => {
    expect(parseLaunchFlags(" --max-num-seqs 256 --enable-chunked-prefill --kv-cache-dtype=fp8 --gpu-memory-utilization 0.92 ")).toEqual({
      ok: true,
      flags: [
        { flag: "max-num-seqs", value: 256 }, { flag: "enable-chunked-prefill", value: true },
        { flag: "kv-cache-dtype", value: "fp8" }, { flag: "gpu-memory-utilization", value: 0.92 },
      ],
    });
    expect(parseLaunchFlags("")).toEqual({ ok: true, flags: [] });
  });

  it("names a word that is not after a flag", () => {
    expect(parseLaunchFlags("--max-num-seqs 256 512")).toEqual({ ok: false, error: 'Launch flags: "512" is not a --flag (write e.g. --max-num-seqs 256)' });
    expect(parseLaunchFlags("max_num_seqs=8")).toMatchObject({ ok: false });
  });
});
