import { describe, expect, it } from "vitest";
import { gauge, histogram, m, rate, value } from "../catalog/dsl.ts";
import { ENGINE_FLAVORS } from "../types.ts";
import { BRANCH_ORDER, branchesOf, orChain } from "./branches.ts";
import type { RecordSpec } from "./records.ts";
import { fixtureCatalog } from "./testing/fixture-catalog.ts";

const waiting: RecordSpec = { record: "instance_model:throtl_requests_waiting:sum", level: "instance_model", query: { signal: "waiting" }, window: "5m" };
const sameEverywhere = value(gauge(m("vllm:num_requests_waiting"), "sum"));

describe("branchesOf", () => {
  it("merges flavors whose expressions are identical into one branch", () => {
    const catalog = fixtureCatalog({}, { vllm: { waiting: sameEverywhere }, "vllm-legacy": { waiting: sameEverywhere } });
    expect(branchesOf(catalog, waiting)).toEqual([
      { flavors: ["vllm", "vllm-legacy"], promql: 'sum by (instance, model_name) (vllm:num_requests_waiting{model_name!=""})', caveats: [] },
    ]);
  });

  it("renames Triton's model label to model_name, so every branch writes the same labels", () => {
    const catalog = fixtureCatalog({ "triton-vllm": "model" }, { "triton-vllm": { waiting: value(gauge(m("nv_inference_pending_request_count"), "sum")) } });
    expect(branchesOf(catalog, waiting)[0]!.promql).toBe(
      'sum without (model) (label_replace(sum by (instance, model) (nv_inference_pending_request_count{model!=""}), "model_name", "$1", "model", "(.*)"))');
  });

  it("groups a flavor without a model label (TGI) by instance only", () => {
    const catalog = fixtureCatalog({ tgi: undefined }, { tgi: { waiting: value(gauge(m("tgi_queue_size"), "sum")) } });
    expect(branchesOf(catalog, waiting)[0]!.promql).toBe("sum by (instance) (tgi_queue_size)");
  });

  it("leaves out flavors that do not export the signal, and records nothing when none does", () => {
    expect(branchesOf(fixtureCatalog({}, {}), waiting)).toEqual([]);
  });

  it("leaves out a per-model record of GPU metrics rather than grouping them by a label they lack", () => {
    const catalog = fixtureCatalog({}, { vllm: { waiting: value(gauge(m("DCGM_FI_DEV_GPU_UTIL"), "avg")) } });
    expect(branchesOf(catalog, waiting)).toEqual([]);
  });

  it("notes an SLO threshold between bucket bounds: fewer requests count as good", () => {
    const catalog = fixtureCatalog({}, { sglang: { ttft: histogram(m("x_seconds"), [0.5, 2]) } });
    const spec: RecordSpec = { record: "r:m:o", level: "instance_model", query: { signal: "ttft", sloSeconds: 1 }, window: "5m", complement: true };
    const [branch] = branchesOf(catalog, spec);
    expect(branch!.caveats).toEqual(["no 1 s bucket: counts ≤ 0.5 s as good (misses overstated)"]);
    expect(branch!.promql).toMatch(/^\(1\) - /);
  });

  it("orders branches by BRANCH_ORDER, a permutation of every flavor", () => {
    expect([...BRANCH_ORDER].sort()).toEqual([...ENGINE_FLAVORS].sort());
    const catalog = fixtureCatalog({}, { sglang: { waiting: value(rate(m("b_total"))) }, vllm: { waiting: value(rate(m("a_total"))) } });
    expect(branchesOf(catalog, waiting).map((b) => b.flavors)).toEqual([["vllm"], ["sglang"]]);
  });
});

describe("orChain", () => {
  it("keeps a lone branch on one line", () => {
    expect(orChain([{ flavors: ["vllm"], promql: "a", caveats: [] }])).toBe("a");
  });

  it("joins branches with or, each under a comment naming its flavors and caveats", () => {
    expect(orChain([{ flavors: ["vllm", "vllm-legacy"], promql: "a", caveats: [] }, { flavors: ["tgi"], promql: "b", caveats: ["c"] }]))
      .toBe("# vllm, vllm-legacy\na\nor\n# tgi\n# c\nb");
  });
});
