import { describe, expect, it } from "vitest";
import { CATALOG } from "./catalog/index.ts";
import { resolveSignal } from "./resolve.ts";
import type { EngineFlavor } from "./types.ts";

const slo = (flavor: EngineFlavor, signal: "ttft" | "e2e" | "tpot" | "queue_time", sloSeconds: number) =>
  resolveSignal(CATALOG[flavor], { signal, sloSeconds });

describe("resolveSignal: SLO attainment from buckets", () => {
  it.each([
    ["vllm", "ttft", 0.5, 0.5, undefined],
    ["vllm", "ttft", 0.3, 0.25, "0.3 s is not a bucket boundary: counted requests ≤ 0.25 s, a lower bound of the true share"],
    ["tgi", "e2e", 0.5, 0.49878850951194753, "0.5 s is not a bucket boundary: counted requests ≤ 0.498789 s, a lower bound of the true share"],
    // Triton's first-response histogram is in ms: the threshold scales before it meets a bound.
    ["triton-trtllm", "ttft", 2, 2000, undefined],
    ["triton-trtllm", "ttft", 1, 500, "1 s is not a bucket boundary: counted requests ≤ 0.5 s, a lower bound of the true share"],
    ["sglang", "queue_time", 0.05, 0, "0.05 s is not a bucket boundary: counted requests ≤ 0 s, a lower bound of the true share"],
  ] as const)("%s %s ≤ %s s counts the bucket le=%s", (flavor, signal, seconds, le, note) => {
    const r = slo(flavor, signal, seconds);
    expect(r.ok && r.expr).toMatchObject({ kind: "histogram_share_le", le });
    if (!r.ok) return;
    const sloNotes = r.notes.filter((n) => n.includes("bucket boundary"));
    expect(sloNotes).toEqual(note ? [note] : []);
  });

  it.each([
    ["triton-vllm", "e2e", 0.5, "SLO threshold 0.5 s is below the smallest bucket (1 s)"],
    ["triton-trtllm", "e2e", 1, "Triton (TensorRT-LLM backend) has no latency histogram here: SLO attainment needs buckets"],
    ["vllm-legacy", "tpot", 1, "not exported by vLLM (V0 engine): V0 has no per-request TPOT histogram; its time_per_output_token_seconds is the per-token gap (see ITL)"],
  ] as const)("%s %s ≤ %s s: %s", (flavor, signal, seconds, reason) => {
    expect(slo(flavor, signal, seconds)).toEqual({ ok: false, reason });
  });
});
