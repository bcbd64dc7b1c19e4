import { describe, expect, it } from "vitest";
import { CliError } from "./parse-flags.ts";
import { parseServeArgs } from "./serve-args.ts";

const error = (argv: string[]) => {
  try {
    parseServeArgs(argv);
  } catch (e) {
    if (e instanceof CliError) return e.message;
    throw e;
  }
  throw new Error("expected a CliError");
};

describe("parseServeArgs", () => {
  it("defaults like the README: qwen2.5-0.5b on h100-sxm, 127.0.0.1:8000, flavor vllm, seed 0, engine defaults left to the simulator", () => {
    const a = parseServeArgs([]);
    expect(a).toMatchObject({ host: "127.0.0.1", port: 8000, flavor: "vllm", seed: 0, dcgmPort: undefined });
    expect(a.engine).toMatchObject({ model: "qwen2.5-0.5b-instruct", gpu: "h100-sxm", maxNumSeqs: undefined, enablePrefixCaching: undefined });
  });

  it("accepts the model as a simulator id, an HF name (any case) or vllm serve's positional", () => {
    expect(parseServeArgs(["--model", "meta-llama/Llama-3.1-8B-Instruct"]).engine.model).toBe("llama-3.1-8b-instruct");
    expect(parseServeArgs(["qwen/qwen2.5-0.5b-instruct"]).engine.model).toBe("qwen2.5-0.5b-instruct");
    expect(parseServeArgs(["--model", "llama-3.1-70b-instruct"]).engine.model).toBe("llama-3.1-70b-instruct");
  });

  it("maps every engine flag to the EngineConfig field", () => {
    const a = parseServeArgs([
      "--served-model-name", "m", "--max-num-seqs", "64", "--max-num-batched-tokens", "4096", "--gpu-memory-utilization", "0.8",
      "--max-model-len", "8k", "--block-size", "32", "--no-enable-prefix-caching", "--no-enable-chunked-prefill",
      "--tensor-parallel-size", "2", "--data-parallel-size", "3", "--gpu", "a100-80gb", "--flavor", "tgi", "--seed", "42",
      "--host", "0.0.0.0", "--port", "0", "--dcgm-port", "9400",
    ]);
    expect(a.engine).toEqual({
      model: "qwen2.5-0.5b-instruct", gpu: "a100-80gb", servedModelName: "m", maxNumSeqs: 64, maxNumBatchedTokens: 4096,
      gpuMemoryUtilization: 0.8, maxModelLen: 8000, blockSize: 32, enablePrefixCaching: false, enableChunkedPrefill: false,
      tensorParallelSize: 2, dataParallelSize: 3,
    });
    expect(a).toMatchObject({ flavor: "tgi", seed: 42, host: "0.0.0.0", port: 0, dcgmPort: 9400 });
  });

  it("reads --max-model-len in vLLM's human-readable form (1k = 1000, 1K = 1024)", () => {
    expect(parseServeArgs(["--max-model-len", "32K"]).engine.maxModelLen).toBe(32768);
    expect(parseServeArgs(["--max-model-len", "25.6k"]).engine.maxModelLen).toBe(25600);
  });

  it("lets the last of --enable-x / --no-enable-x win, as argparse's BooleanOptionalAction does", () => {
    expect(parseServeArgs(["--no-enable-prefix-caching", "--enable-prefix-caching"]).engine.enablePrefixCaching).toBe(true);
    expect(parseServeArgs(["--enable-chunked-prefill", "--no-enable-chunked-prefill"]).engine.enableChunkedPrefill).toBe(false);
  });

  it.each([
    [["--foo"], /^unrecognized arguments: --foo$/],
    [["--max-num-seqs", "0"], /^argument --max-num-seqs: must be an integer in \[1, 65536\], got 0$/],
    [["--max-num-seqs", "1.5"], /^argument --max-num-seqs: invalid int value: '1.5'$/],
    [["--port", "70000"], /^argument --port: must be an integer in \[0, 65535\]/],
    [["--port"], /^argument --port: expected one argument$/],
    [["--gpu-memory-utilization", "0"], /^argument --gpu-memory-utilization: must be a number in \(0, 1\]/],
    [["--max-model-len", "lots"], /^argument --max-model-len: invalid int value/],
    [["--gpu", "h200"], /^argument --gpu: invalid choice: 'h200'/],
    [["--flavor", "ollama"], /^argument --flavor: invalid choice: 'ollama'/],
    [["--model", "gpt2"], /^argument --model: unknown model 'gpt2'/],
    [["--enable-prefix-caching=yes"], /^argument --enable-prefix-caching: /],
    [["a", "b"], /^unrecognized arguments: b$/],
  ])("refuses %j naming the flag", (argv, message) => {
    expect(error(argv)).toMatch(message);
  });
});
