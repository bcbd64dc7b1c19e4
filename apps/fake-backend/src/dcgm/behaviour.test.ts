import { simulate } from "@throtl/simulator";
import { describe, expect, it } from "vitest";
import { createDcgmExporter } from "./exporter.ts";
import { POWER_MODEL, stepWatts } from "./power-model.ts";
import { exporterFor, step, valueOf } from "./testing.ts";

const MiB = 1024 * 1024;

describe("fake DCGM behaviour", () => {
  it("reads utilization 0 and idle power on an idle GPU, with energy = idle watts x time since boot", () => {
    const { dcgm, config } = exporterFor();
    const t = dcgm.render(100);
    expect(valueOf(t, "DCGM_FI_DEV_GPU_UTIL")).toBe(0);
    expect(valueOf(t, "DCGM_FI_PROF_GR_ENGINE_ACTIVE")).toBe(0);
    expect(valueOf(t, "DCGM_FI_DEV_POWER_USAGE")).toBe(config.gpu.idleWatts);
    expect(valueOf(t, "DCGM_FI_DEV_SM_CLOCK")).toBe(config.gpu.idleSmClockMhz);
    expect(valueOf(t, "DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION")).toBe(config.gpu.idleWatts * (POWER_MODEL.uptimeAtStartSeconds + 100) * 1000);
  });

  it("reads ~100 % utilization, max SM clock and the tensor/DRAM shares when back-to-back steps fill the 1 s window", () => {
    const { dcgm, config } = exporterFor();
    for (let i = 0; i < 300; i++) dcgm.onStep(step(0, i * 0.01, 0.01, 0.002, 0.008));
    const t = dcgm.render(3);
    expect(valueOf(t, "DCGM_FI_DEV_GPU_UTIL")).toBe(100);
    expect(valueOf(t, "DCGM_FI_PROF_GR_ENGINE_ACTIVE")).toBeCloseTo(1, 6);
    expect(valueOf(t, "DCGM_FI_PROF_PIPE_TENSOR_ACTIVE")).toBeCloseTo(0.2, 6);
    expect(valueOf(t, "DCGM_FI_PROF_DRAM_ACTIVE")).toBeCloseTo(0.8, 6);
    expect(valueOf(t, "DCGM_FI_DEV_MEM_COPY_UTIL")).toBe(80);
    expect(valueOf(t, "DCGM_FI_DEV_SM_CLOCK")).toBe(config.gpu.maxSmClockMhz);
    // activity 0.3 + 0.7 x 0.2 + 0.3 x 0.8 = 0.68 of the idle-to-TDP range
    expect(valueOf(t, "DCGM_FI_DEV_POWER_USAGE")).toBeCloseTo(70 + 630 * 0.68, 4);
  });

  it("averages utilization over the last second only: a 0.25 s burst 0.5 s ago reads 25 %, 2 s later 0", () => {
    const { dcgm } = exporterFor();
    dcgm.onStep(step(0, 0.25, 0.25, 0.1, 0.1));
    expect(valueOf(dcgm.render(1), "DCGM_FI_DEV_GPU_UTIL")).toBe(25);
    expect(valueOf(dcgm.render(3), "DCGM_FI_DEV_GPU_UTIL")).toBe(0);
  });

  it("increases energy by exactly the integral of power between scrapes (to the mJ)", () => {
    const { dcgm, config } = exporterFor();
    const e0 = valueOf(dcgm.render(10), "DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION");
    let joules = 0;
    let t = 10;
    for (let i = 0; i < 500; i++) {
      const s = step(0, t + 0.001, 0.004 + (i % 7) * 0.001, 0.001 * (i % 5), 0.003);
      dcgm.onStep(s);
      joules += config.gpu.idleWatts * 0.001 + stepWatts(config.gpu, s) * s.duration;
      t = s.start + s.duration;
    }
    joules += config.gpu.idleWatts * (20 - t);
    const e1 = valueOf(dcgm.render(20), "DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION");
    expect(Math.abs(e1 - e0 - joules * 1000)).toBeLessThanOrEqual(1);
  });

  it("matches the energy of a simulated run step by step, so joules per output token can be checked", () => {
    const { dcgm, config } = exporterFor();
    const inputs = Array.from({ length: 40 }, (_, i) => ({ id: `r${i}`, arrival: i * 0.05, promptTokens: 500, maxTokens: 64 }));
    const r = simulate(config, inputs, { recordSteps: true, observer: { onStep: (s) => dcgm.onStep(s) } });
    const end = Math.ceil(r.endTime) + 1;
    const busy = r.steps.reduce((a, s) => a + s.duration, 0);
    const expected = config.gpu.idleWatts * (end - busy) + r.steps.reduce((a, s) => a + stepWatts(config.gpu, s) * s.duration, 0);
    const e0 = config.gpu.idleWatts * POWER_MODEL.uptimeAtStartSeconds * 1000;
    const joules = (valueOf(dcgm.render(end), "DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION") - e0) / 1000;
    expect(joules).toBeCloseTo(expected, 2);
    expect(joules / (40 * 64)).toBeGreaterThan(0);
  });

  it("warms toward a power-dependent steady state with a first-order lag, then cools back", () => {
    const { dcgm } = exporterFor();
    const idleTemp = valueOf(dcgm.render(0), "DCGM_FI_DEV_GPU_TEMP");
    const temps: number[] = [];
    for (let sec = 0; sec < 300; sec++) {
      for (let i = 0; i < 100; i++) dcgm.onStep(step(0, sec + i * 0.01, 0.01, 0.009, 0.002));
      if (sec % 60 === 59) temps.push(valueOf(dcgm.render(sec + 1), "DCGM_FI_DEV_GPU_TEMP"));
    }
    expect(temps).toEqual([...temps].sort((a, b) => a - b));
    expect(temps[0]! - idleTemp).toBeGreaterThan(0.5 * (temps.at(-1)! - idleTemp)); // ~63 % of the way after one tau
    expect(temps.at(-1)!).toBeLessThanOrEqual(POWER_MODEL.atTdpC);
    expect(valueOf(dcgm.render(900), "DCGM_FI_DEV_GPU_TEMP")).toBe(idleTemp);
  });

  it("drives GPUs e*tp .. e*tp+tp-1 from engine e and leaves the other engine's GPUs idle", () => {
    const { dcgm } = exporterFor({ tensorParallelSize: 2, dataParallelSize: 2 });
    for (let i = 0; i < 100; i++) dcgm.onStep(step(1, i * 0.01, 0.01, 0.005, 0.005));
    const t = dcgm.render(1);
    expect([0, 1, 2, 3].map((g) => valueOf(t, "DCGM_FI_DEV_GPU_UTIL", g))).toEqual([0, 0, 100, 100]);
  });

  it("shows the memory plan's pre-allocated use as FB_USED, with used + free + reserved = the board's memory", () => {
    const { dcgm, config } = exporterFor();
    const t = dcgm.render(1);
    expect(valueOf(t, "DCGM_FI_DEV_FB_USED")).toBe(Math.round(config.memory.usedBytes / MiB));
    expect(["FB_USED", "FB_FREE", "FB_RESERVED"].reduce((a, f) => a + valueOf(t, `DCGM_FI_DEV_${f}`), 0)).toBe(config.gpu.memBytes / MiB);
  });

  it("renders the same text for the same steps (no randomness)", () => {
    const a = exporterFor().dcgm;
    const b = exporterFor().dcgm;
    for (const d of [a, b]) for (let i = 0; i < 50; i++) d.onStep(step(0, i * 0.03, 0.02, 0.01, 0.015));
    expect(a.render(2)).toBe(b.render(2));
  });

  it("refuses a context whose GPU count is not a multiple of the TP size, and steps from unknown engines", () => {
    const { ctx, dcgm } = exporterFor();
    expect(() => createDcgmExporter({ ...ctx, numGpus: 3, tensorParallelSize: 2 })).toThrow(/numGpus \(3\) must be a positive multiple of tensorParallelSize \(2\)/);
    expect(() => createDcgmExporter({ ...ctx, hostname: 'a"b' })).toThrow(/hostname/);
    expect(() => dcgm.onStep(step(3, 0, 1, 0, 0))).toThrow(/step for engine 3, but only 1 engines/);
  });
});
