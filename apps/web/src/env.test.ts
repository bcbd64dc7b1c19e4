import { describe, expect, it } from "vitest";
import { parseEnv } from "./env.ts";

describe("parseEnv", () => {
  it("defaults to direct mode on 127.0.0.1:8000 with the vLLM flavor", () => {
    const env = parseEnv({});
    expect(env.PROMETHEUS_URL).toBeUndefined();
    expect(env.THROTL_TARGETS).toEqual(["127.0.0.1:8000"]);
    expect(env.THROTL_DCGM_TARGETS).toEqual([]);
    expect(env.THROTL_FLAVOR).toBe("vllm");
    expect(env.THROTL_DEFAULT_RANGE).toBe("1h");
  });

  it("parses target lists and DCGM exporters with an optional engine instance", () => {
    const env = parseEnv({ THROTL_TARGETS: " 127.0.0.1:8000, 127.0.0.1:8001 ,", THROTL_DCGM_TARGETS: "127.0.0.1:9400=127.0.0.1:8001,127.0.0.1:9401" });
    expect(env.THROTL_TARGETS).toEqual(["127.0.0.1:8000", "127.0.0.1:8001"]);
    expect(env.THROTL_DCGM_TARGETS).toEqual([{ address: "127.0.0.1:9400", instance: "127.0.0.1:8001" }, { address: "127.0.0.1:9401", instance: undefined }]);
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ PROMETHEUS_URL: "", THROTL_FLAVOR: " " }).THROTL_FLAVOR).toBe("vllm");
  });

  it("names the variable when a value is invalid", () => {
    expect(() => parseEnv({ THROTL_FLAVOR: "ollama" })).toThrow(/THROTL_FLAVOR/);
    expect(() => parseEnv({ PROMETHEUS_URL: "ftp://x" })).toThrow(/PROMETHEUS_URL/);
    expect(() => parseEnv({ THROTL_TARGETS: "localhost" })).toThrow(/THROTL_TARGETS.*host:port/s);
    expect(() => parseEnv({ THROTL_GPU_HOURLY_USD: "-2" })).toThrow(/THROTL_GPU_HOURLY_USD/);
  });

  it("coerces numbers", () => {
    const env = parseEnv({ THROTL_GPU_HOURLY_USD: "2.5", THROTL_GPU_COUNT: "8", THROTL_SLO_TTFT_SECONDS: "1" });
    expect(env).toMatchObject({ THROTL_GPU_HOURLY_USD: 2.5, THROTL_GPU_COUNT: 8, THROTL_SLO_TTFT_SECONDS: 1 });
  });
});
