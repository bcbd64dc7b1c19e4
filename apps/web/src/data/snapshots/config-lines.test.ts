import { diffConfig } from "@throtl/compare";
import { describe, expect, it } from "vitest";
import { configDiffLines, configRows } from "./config-lines.ts";

describe("config lines", () => {
  it("one line per differing flag, with both values and where they came from", () => {
    const changes = diffConfig(
      [{ flag: "max_num_seqs", value: "128", origin: "cache_config_info" }, { flag: "block_size", value: 16, origin: "launch_args" }, { flag: "enforce_eager", value: true, origin: "user" }],
      [{ flag: "max_num_seqs", value: "256", origin: "cache_config_info" }, { flag: "block_size", value: "16", origin: "cache_config_info" }, { flag: "max_model_len", value: 4096, origin: "launch_args" }],
    );
    expect(configDiffLines(changes)).toEqual([
      { flag: "enforce_eager", cli: "--enforce-eager", kind: "removed", text: "enforce_eager true → (unset)", base: "true", candidate: "(unset)", origin: "user" },
      { flag: "max_model_len", cli: "--max-model-len", kind: "added", text: "max_model_len (unset) → 4096", base: "(unset)", candidate: "4096", origin: "launch_args" },
      { flag: "max_num_seqs", cli: "--max-num-seqs", kind: "changed", text: "max_num_seqs 128 → 256", base: "128", candidate: "256", origin: "cache_config_info" },
    ]);
  });

  it("shows each setting once with the winning origin and what it overrode", () => {
    const rows = configRows([
      { flag: "max_num_seqs", value: 128, origin: "launch_args" },
      { flag: "max_num_seqs", value: "256", origin: "cache_config_info" },
      { flag: "gpu_memory_utilization", value: null, origin: "user" },
    ]);
    expect(rows).toEqual([
      { flag: "gpu_memory_utilization", cli: "--gpu-memory-utilization", value: "None", origin: "user", overridden: [] },
      { flag: "max_num_seqs", cli: "--max-num-seqs", value: "256", origin: "cache_config_info", overridden: ["launch_args: 128"] },
    ]);
  });
});
