import { describe, expect, it } from "vitest";
import { ENGINE_FLAVORS } from "../types.ts";
import { dashboardQueries, undefinedReferences, variableSelector } from "./check.ts";
import { dashboardJson } from "./grafana-json.ts";
import { DASHBOARDS, generateDashboardFiles } from "./index.ts";
import { DATASOURCE_UID } from "./variables.ts";

type Json = Record<string, unknown> & { panels: ({ id: number; type: string; title: string; datasource?: unknown; gridPos: { x: number; w: number }; targets?: { datasource: unknown; expr: string }[] })[] };
const json = (i: number) => dashboardJson(DASHBOARDS[i]!) as Json;

describe("generated dashboards", () => {
  it("are Token path, GPU, Triton and Fleet with stable uids", () => {
    expect(DASHBOARDS.map((d) => d.uid)).toEqual(["throtl-token-path", "throtl-gpu", "throtl-triton", "throtl-fleet"]);
    expect(Object.keys(generateDashboardFiles())).toEqual(DASHBOARDS.map((d) => `${d.uid}.json`));
  });

  it.each(DASHBOARDS.map((d, i) => [d.uid, i] as const))("%s: id null, the datasource, instance and model variables, panels on $datasource", (_, i) => {
    const d = json(i);
    expect(d.id).toBeNull();
    const vars = (d.templating as { list: { name: string; type: string; current?: { value: unknown } }[] }).list;
    expect(vars.map((v) => [v.name, v.type])).toEqual([["datasource", "datasource"], ["instance", "query"], ["model", "query"]]);
    expect(vars[0]!.current?.value).toBe(DATASOURCE_UID);
    const ids = d.panels.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of d.panels.filter((p) => p.type !== "row")) {
      expect(p.datasource, p.title).toEqual({ type: "prometheus", uid: "${datasource}" });
      expect(p.gridPos.x + p.gridPos.w).toBeLessThanOrEqual(24);
      for (const t of p.targets ?? []) expect(t.datasource).toEqual({ type: "prometheus", uid: "${datasource}" });
    }
  });

  it.each(DASHBOARDS.map((d, i) => [d.uid, i] as const))("%s reads only catalog series and recording rules", (_, i) => {
    const queries = dashboardQueries(json(i));
    expect(queries.length).toBeGreaterThan(5);
    expect(undefinedReferences(json(i))).toEqual([]);
  });

  it("reports a query of a metric nobody defines, and a record the rules do not write", () => {
    const d = json(0);
    const panel = d.panels.find((p) => p.targets?.length)!;
    panel.targets![0]!.expr = 'rate(vllm:made_up_total[5m]) + instance_model:throtl_nothing:rate5m{instance=~"$instance"}';
    expect(undefinedReferences(d).map((r) => r.name)).toEqual(["vllm:made_up_total", "instance_model:throtl_nothing:rate5m"]);
  });

  it("reads label_values variable queries", () => {
    expect(variableSelector('label_values({__name__=~"a|b"}, instance)')).toBe('{__name__=~"a|b"}');
    expect(variableSelector("label_values(instance)")).toBeUndefined();
    expect(() => variableSelector("query_result(up)")).toThrow(/unsupported/);
  });

  it.each(DASHBOARDS.map((d) => [d.uid, d] as const))("%s: every query claims flavors of the dashboard, and every flavor is answered", (_, d) => {
    const targets = d.rows.flatMap((r) => r.panels.flatMap((p) => p.targets));
    for (const t of targets) {
      expect(t.flavors.length, t.expr).toBeGreaterThan(0);
      expect(t.flavors.every((f) => d.flavors.includes(f))).toBe(true);
      expect(t.missing.every((m) => !t.flavors.includes(m.flavor))).toBe(true);
    }
    for (const f of d.flavors) expect(targets.filter((t) => t.flavors.includes(f)).length, f).toBeGreaterThan(3);
  });

  it("names every engine flavor on Token path, GPU and Fleet, the two Triton backends on Triton", () => {
    expect(DASHBOARDS.map((d) => d.flavors.length)).toEqual([ENGINE_FLAVORS.length, ENGINE_FLAVORS.length, 2, ENGINE_FLAVORS.length]);
  });

  it("says in the panel where a query has no value and why", () => {
    const tpot = DASHBOARDS[0]!.rows[0]!.panels.find((p) => p.title.startsWith("TPOT"))!;
    expect(tpot.description).toMatch(/No value here:\n- not exported by vLLM \(V0 engine\)/);
  });
});
