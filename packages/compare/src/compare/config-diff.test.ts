import { describe, expect, it } from "vitest";
import { configFieldSchema, type EngineConfigField } from "../model/snapshot-schema.ts";
import { diffConfig, effectiveConfig } from "./config-diff.ts";

const fields = (...f: [string, EngineConfigField["value"], EngineConfigField["origin"]][]) =>
  f.map(([flag, value, origin]) => configFieldSchema.parse({ flag, value, origin }));

describe("diffConfig", () => {
  it("names changed, added and removed settings by vLLM flag name", () => {
    const base = fields(["max_num_seqs", "256", "cache_config_info"], ["--enforce-eager", true, "launch_args"]);
    const candidate = fields(["max_num_seqs", "512", "cache_config_info"], ["--enable-chunked-prefill", true, "launch_args"]);
    expect(diffConfig(base, candidate).map((c) => [c.kind, c.cli, c.text])).toEqual([
      ["added", "--enable-chunked-prefill", "enable_chunked_prefill (unset) → true"],
      ["removed", "--enforce-eager", "enforce_eager true → (unset)"],
      ["changed", "--max-num-seqs", "max_num_seqs 256 → 512"],
    ]);
  });

  it("treats the same value in different spellings as equal (\"256\" and 256, \"True\" and true)", () => {
    const base = fields(["max_num_seqs", "256", "cache_config_info"], ["enable_prefix_caching", "True", "cache_config_info"]);
    const candidate = fields(["--max-num-seqs", 256, "launch_args"], ["enable_prefix_caching", true, "user"]);
    expect(diffConfig(base, candidate)).toEqual([]);
  });
});

describe("effectiveConfig", () => {
  it("prefers the engine's report over launch args over user input", () => {
    const f = fields(["block_size", 32, "user"], ["block_size", 16, "cache_config_info"], ["block_size", 64, "launch_args"]);
    expect(effectiveConfig(f).get("block_size")).toMatchObject({ value: 16, origin: "cache_config_info" });
  });
});
