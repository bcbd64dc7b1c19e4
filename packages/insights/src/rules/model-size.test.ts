import { describe, expect, it } from "vitest";
import { bytesPerParam, paramsFromName } from "./model-size.ts";

describe("model size from the served name", () => {
  it.each([
    ["meta-llama/Llama-3.1-8B-Instruct", 8e9], ["Qwen/Qwen2.5-0.5B-Instruct", 0.5e9], ["meta-llama/Llama-3.1-70B-Instruct", 70e9],
    ["mistralai/Mixtral-8x7B-Instruct-v0.1", 56e9], ["gpt2", null], ["my-finetune", null], [undefined, null],
  ])("reads %s as %s parameters", (name, params) => {
    expect(paramsFromName(name)).toBe(params);
  });

  it.each([[undefined, 2], ["none", 2], ["fp8", 1], ["awq", 0.5], ["GPTQ", 0.5]])("stores %s weights in %s bytes", (q, bytes) => {
    expect(bytesPerParam(q)).toBe(bytes);
  });
});
