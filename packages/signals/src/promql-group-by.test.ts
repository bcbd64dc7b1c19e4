import { describe, expect, it } from "vitest";
import { div, gauge, m, rate } from "./catalog/dsl.ts";
import { renderPromQL, RenderError, type RenderContext } from "./promql.ts";

// The recording-rule options: group by instance and model at once, and keep a dialect's series only.
const rules = (modelLabel: string | undefined): RenderContext =>
  ({ scope: { by: "instance" }, modelLabel, window: "1m", groupBy: modelLabel ? ["instance", modelLabel] : ["instance"], requireModelLabel: true });

describe("renderPromQL for recording rules", () => {
  it("groups by instance and model and requires the model label on engine series", () => {
    expect(renderPromQL(rate(m("vllm:prompt_tokens_total")), rules("model_name")))
      .toBe('sum by (instance, model_name) (rate(vllm:prompt_tokens_total{model_name!=""}[1m]))');
  });

  it("requires the flavor's own model label (Triton's model), so vLLM-named series without it stay out", () => {
    expect(renderPromQL(gauge(m("nv_inference_pending_request_count"), "sum"), rules("model")))
      .toBe('sum by (instance, model) (nv_inference_pending_request_count{model!=""})');
  });

  it("requires nothing of GPU series at instance level", () => {
    const perToken = div(rate(m("DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION")), rate(m("vllm:generation_tokens_total")));
    expect(renderPromQL(perToken, { ...rules("model_name"), groupBy: ["instance"] }))
      .toBe('(sum by (instance) (rate(DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION[1m]))) / (sum by (instance) (rate(vllm:generation_tokens_total{model_name!=""}[1m])) > 0)');
  });

  it("refuses to group GPU series by the model label they do not carry", () => {
    expect(() => renderPromQL(gauge(m("DCGM_FI_DEV_GPU_UTIL"), "avg"), rules("model_name"))).toThrow(RenderError);
  });
});
