import { describe, expect, it } from "vitest";
import { readFixture } from "../metrics/testing/exposition.ts";
import { promtoolProblems } from "../metrics/testing/promtool.ts";
import { exporterFor, step } from "./testing.ts";

describe("promtool check metrics", () => {
  it("finds no problem in the fake exporter's output that the real dcgm-exporter sample does not also have", () => {
    const allowed = promtoolProblems(readFixture("dcgm-exporter-3.x-datadog-fixture.prom"));
    const { dcgm } = exporterFor({ dataParallelSize: 2 });
    const idle = dcgm.render(5);
    for (let t = 5; t < 8; t += 0.02) dcgm.onStep(step(1, t, 0.02, 0.01, 0.015));
    for (const text of [idle, dcgm.render(8)]) expect([...promtoolProblems(text)].filter((p) => !allowed.has(p))).toEqual([]);
  });
});
