import { describe, expect, it } from "vitest";
import { parseSimulateArgs } from "./args.ts";

const flagError = (argv: string[]): string => {
  try {
    parseSimulateArgs(argv);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("expected a CliError");
};

describe("parseSimulateArgs", () => {
  it("defaults to Llama-3.1-8B on h100-sxm and passes trace options through", () => {
    const a = parseSimulateArgs(["--trace", "t.csv", "--speedup", "2.5", "--limit", "10", "--skip-rows", "3", "--format", "azure"]);
    expect(a.engine).toMatchObject({ model: "llama-3.1-8b-instruct", gpu: "h100-sxm" });
    expect(a.traceOptions).toEqual({ format: "azure", speedup: 2.5, limit: 10, start: { rows: 3 }, failures: "drop" });
    expect(a.json).toBe(false);
  });

  it("maps engine flags, Hugging Face model names and the last of --x / --no-x", () => {
    const a = parseSimulateArgs(["--trace", "t", "--model", "Qwen/Qwen2.5-0.5B-Instruct", "--gpu", "l4", "--max-num-seqs", "64",
      "--enable-prefix-caching", "--no-enable-prefix-caching", "--tensor-parallel-size", "2", "--data-parallel-size", "3"]);
    expect(a.engine).toMatchObject({ model: "qwen2.5-0.5b-instruct", gpu: "l4", maxNumSeqs: 64, enablePrefixCaching: false, tensorParallelSize: 2, dataParallelSize: 3 });
    expect(parseSimulateArgs(["--trace", "t"]).engine.enablePrefixCaching).toBeUndefined();
  });

  it("reads SLO targets in seconds", () => {
    expect(parseSimulateArgs(["--trace", "t", "--slo-ttft", "2", "--slo-itl", "0.15", "--slo-e2e", "30"]).slo).toEqual({ ttft: 2, itl: 0.15, e2e: 30 });
  });

  it.each([
    [["--speedup", "0"], "argument --speedup: expected a number > 0, got '0'"],
    [["--limit", "1.5"], "argument --limit: expected an integer >= 1, got '1.5'"],
    [["--gpu", "v100"], "argument --gpu: invalid choice: 'v100'"],
    [["--model", "gpt-5"], "argument --model: invalid choice: 'gpt-5'"],
    [["--format", "csv"], "argument --format: invalid choice: 'csv'"],
    [["--slo-ttft", "soon"], "argument --slo-ttft: expected a number > 0"],
    [["--max-num-seqs"], "argument --max-num-seqs: expected one argument"],
    [["--frobnicate"], "unrecognized arguments: --frobnicate"],
    [["extra"], "unrecognized arguments: extra"],
    [["--skip-rows", "2", "--start-seconds", "5"], "argument --start-seconds: not allowed with argument --skip-rows"],
  ])("refuses %j naming the flag", (argv, message) => {
    expect(flagError(["--trace", "t.csv", ...argv])).toContain(message);
  });

  it("requires --trace unless asking for help", () => {
    expect(flagError([])).toBe("argument --trace: a trace file is required");
    expect(parseSimulateArgs(["-h"]).help).toBe(true);
  });
});
