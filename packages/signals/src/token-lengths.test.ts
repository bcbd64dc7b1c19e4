import { beforeAll, describe, expect, it } from "vitest";
import { TOKEN_LENGTH_KINDS, TOKEN_LENGTHS } from "./catalog/token-lengths.ts";
import { linesOf, readExposition, type Exposition } from "./catalog/testing/exposition.ts";
import { scrapeUnderLoad } from "./catalog/testing/fake-scrape.ts";
import { START_MARKERS } from "./start-markers.ts";
import { resolveTokenLength, tokenLengthQuery } from "./token-lengths.ts";
import { ENGINE_FLAVORS, type EngineFlavor } from "./types.ts";

describe("token-length statistics", () => {
  it("render as histogram_quantile and mean over the flavor's token histogram", () => {
    expect(tokenLengthQuery("vllm", { kind: "prompt", stat: "p95" }, { scope: { by: "total" }, window: "5m" }))
      .toEqual({ ok: true, promql: "histogram_quantile(0.95, sum by (le) (rate(vllm:request_prompt_tokens_bucket[5m])))", notes: [] });
    const mean = tokenLengthQuery("tgi", { kind: "output", stat: "mean" }, { scope: { by: "instance" }, window: "1m" });
    expect(mean.ok && mean.promql).toBe("(sum by (instance) (rate(tgi_request_generated_tokens_sum[1m])) / (sum by (instance) (rate(tgi_request_generated_tokens_count[1m])) > 0))");
  });

  it("say why a flavor has none (SGLang without --collect-tokens-histogram), and refuse a model scope TGI cannot give", () => {
    expect(resolveTokenLength("sglang", { kind: "output", stat: "p99" })).toMatchObject({ ok: false, reason: expect.stringContaining("SGLang") });
    expect(tokenLengthQuery("tgi", { kind: "prompt", stat: "p50" }, { scope: { by: "model" }, window: "1m" })).toMatchObject({ ok: false });
  });
});

describe.each(ENGINE_FLAVORS)(
  "token-length histograms and the start marker of %s exist in the fake backend's /metrics under load",
  (flavor: EngineFlavor) => {
    let x: Exposition;
    beforeAll(async () => {
      x = readExposition((await scrapeUnderLoad(flavor)).engine);
    });
    it("start marker", () => {
      const { expr } = START_MARKERS[flavor];
      const name = expr.kind === "gauge" ? expr.metric.names[0] : "";
      expect(linesOf(x, name).length, name).toBeGreaterThan(0);
    });
    it.each(TOKEN_LENGTH_KINDS.filter((k) => TOKEN_LENGTHS[flavor][k].kind === "histogram"))("%s tokens", (kind) => {
      const s = TOKEN_LENGTHS[flavor][kind];
      if (s.kind !== "histogram") return;
      const name = s.histogram.names[0];
      expect(x.types.get(name), name).toBe("histogram");
      for (const suffix of ["_bucket", "_sum", "_count"]) expect(linesOf(x, name + suffix, s.histogram.match ?? {}).length, name + suffix).toBeGreaterThan(0);
    });
  },
);
