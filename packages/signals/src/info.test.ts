import { describe, expect, it } from "vitest";
import { INFO_SOURCES, infoMatchers, infoSelector } from "./info.ts";

describe("info series", () => {
  it("reads vLLM's cache_config_info, and no config family where a backend exports none", () => {
    expect(INFO_SOURCES.vllm.engine).toBe("vllm:cache_config_info");
    expect(INFO_SOURCES.tgi.engine).toBeUndefined();
  });

  it("narrows by instance and model, but GPU series by instance only (they carry no model)", () => {
    const scope = { by: "total", instance: "127.0.0.1:8000", model: "m\"x" } as const;
    expect(infoSelector("vllm:cache_config_info", infoMatchers("vllm", scope, false)))
      .toBe('vllm:cache_config_info{instance="127.0.0.1:8000",model_name="m\\"x"}');
    expect(infoSelector("DCGM_FI_DEV_FB_USED", infoMatchers("vllm", scope, true))).toBe('DCGM_FI_DEV_FB_USED{instance="127.0.0.1:8000"}');
    expect(infoSelector("x", infoMatchers("tgi", { by: "total", model: "m" }, false))).toBe("x");
  });
});
