import { describe, expect, it } from "vitest";
import { parseCliArgs } from "./args.ts";

const draft = (...argv: string[]) => parseCliArgs(argv).draft!;
const refusal = (...argv: string[]) => {
  try {
    parseCliArgs(argv);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("accepted");
};

describe("parseCliArgs", () => {
  it("defaults to a short fixed workload: concurrency 1, 10 requests of 200/200 tokens, temperature 0, streamed", () => {
    const d = draft();
    expect(d.workload).toEqual({ kind: "concurrency", concurrency: 1, lengths: { kind: "fixed", promptTokens: 200, outputTokens: 200 }, stop: { requests: 10 } });
    expect(d.request).toEqual({ promptFormat: "tokens", temperature: 0, ignoreEos: true });
    expect(d.target).toEqual({ url: "http://127.0.0.1:8000", endpoint: "completions", model: undefined, stream: true });
    expect(d.timeoutSeconds).toBe(300);
  });

  it("reads a Poisson rate by default and gamma when a burstiness is given", () => {
    expect(draft("--rate", "5").workload).toMatchObject({ kind: "rate", arrivals: { kind: "poisson", rate: 5 }, stop: { requests: 100 } });
    expect(draft("--rate", "5", "--burstiness", "0.5").workload).toMatchObject({ arrivals: { kind: "gamma", rate: 5, burstiness: 0.5 } });
    expect(draft("--rate", "5", "--arrival", "constant", "--duration", "30s").workload).toMatchObject({ arrivals: { kind: "constant" }, stop: { seconds: 30 } });
  });

  it("reads a ramp over --duration and refuses one without it", () => {
    expect(draft("--ramp", "1:20", "--duration", "1m").workload).toMatchObject({ kind: "ramp", from: 1, to: 20, seconds: 60, shape: { kind: "poisson" } });
    expect(refusal("--ramp", "1:20")).toBe("argument --ramp: needs --duration (the ramp's length)");
    expect(refusal("--ramp", "0:0", "--duration", "5")).toMatch(/^argument --ramp: expected FROM:TO/);
  });

  it("reads trace replay options: --start as rows or seconds, --speedup, --limit", () => {
    expect(draft("--trace", "t.csv", "--speedup", "20", "--start", "100", "--limit", "2000").workload).toEqual({
      kind: "trace", file: "t.csv", format: undefined, speedup: 20, start: { rows: 100 }, limit: 2000,
    });
    expect(draft("--trace", "t.csv", "--start", "30s").workload).toMatchObject({ start: { seconds: 30 } });
  });

  it("refuses combinations that make no sense, naming the flag", () => {
    expect(refusal("--rate", "5", "--concurrency", "4")).toBe("argument --concurrency: not allowed with argument --rate");
    expect(refusal("--trace", "t.csv", "--requests", "5")).toBe("argument --requests: not allowed with argument --trace (the trace gives it; use --limit)");
    expect(refusal("--speedup", "2")).toBe("argument --speedup: only with --trace");
    expect(refusal("--concurrency", "2", "--max-concurrency", "4")).toMatch(/^argument --max-concurrency: not allowed/);
    expect(refusal("--endpoint", "chat", "--prompt-format", "tokens")).toMatch(/^argument --prompt-format: the chat endpoint takes text/);
    expect(refusal("--requests", "5", "--duration", "5")).toBe("argument --duration: not allowed with argument --requests");
  });

  it("refuses bad values and unknown flags as argparse does", () => {
    expect(refusal("--rate=-1")).toBe("argument --rate: expected a number > 0, got '-1'");
    expect(refusal("--rate", "-1")).toMatch(/^argument --rate: expected one argument/);
    expect(refusal("--timeout", "soon")).toBe("argument --timeout: expected a duration like 150ms, 2s or 1.5m, got 'soon'");
    expect(refusal("--endpoint", "embeddings")).toBe("argument --endpoint: expected one of completions, chat, got 'embeddings'");
    expect(refusal("--url", "localhost:8000")).toMatch(/^argument --url: expected an http\(s\) URL/);
    expect(refusal("--bogus")).toBe("unrecognized arguments: --bogus");
    expect(refusal("--rate")).toBe("argument --rate: expected one argument");
  });

  it("uses text prompts for chat and reads SLO durations and percentages", () => {
    const d = draft("--endpoint", "chat", "--slo-ttft", "2s", "--slo-itl", "150ms", "--slo-errors", "0.1%");
    expect(d.request.promptFormat).toBe("text");
    expect(d.slo).toEqual({ ttft: 2, itl: 0.15, e2e: undefined, percentile: 95, errorRate: 0.001 });
  });

  it("makes --capacity a search over rate probes and insists on an SLO", () => {
    const d = draft("--capacity", "--slo-ttft", "2s", "--rate", "4", "--probe-duration", "10s", "--arrival", "constant");
    expect(d.search).toEqual({ probeSeconds: 10, rateMin: undefined, rateMax: undefined, tolerance: 0.05, maxProbes: 12 });
    expect(d.workload).toMatchObject({ kind: "rate", arrivals: { kind: "constant", rate: 4 }, stop: { seconds: 10 } });
    expect(refusal("--capacity")).toMatch(/^argument --capacity: needs at least one SLO target/);
    expect(refusal("--capacity", "--slo-ttft", "1", "--concurrency", "4")).toMatch(/^argument --concurrency: not allowed with argument --capacity/);
  });

  it("lets a replay change only where to send and where to write", () => {
    expect(parseCliArgs(["--replay", "r.json", "--url", "http://127.0.0.1:9000", "--no-tui"])).toMatchObject({ replay: "r.json", url: "http://127.0.0.1:9000", tui: false });
    expect(refusal("--replay", "r.json", "--rate", "5")).toBe("argument --rate: not allowed with argument --replay (the results file fixes the workload)");
  });
});
