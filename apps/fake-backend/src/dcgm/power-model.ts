import type { GpuProfile, StepStats } from "@throtl/simulator";

/**
 * The formulas the fake exporter uses, each an assumption stated once. A step's tensor share is
 * computeTime / duration and its DRAM share memoryTime / duration (the roofline bound each would take
 * alone); both lie in [0, 1] because a step lasts at least as long as either bound.
 */
export const POWER_MODEL = {
  /** DCGM/NVML average utilization over this sampling window, seconds. */
  windowSeconds: 1,
  /** activity = min(1, base + tensor x tensorShare + dram x dramShare): clocks up and SMs issuing cost `base`. */
  base: 0.3,
  tensor: 0.7,
  dram: 0.3,
  /** Steady temperature: ambient + (atTdp - ambient) x P / TDP, °C. */
  ambientC: 30,
  atTdpC: 75,
  /** First-order thermal lag of a cooled GPU, seconds. */
  thermalTauSeconds: 60,
  /** HBM runs a few degrees above the die sensor. */
  memoryOffsetC: 4,
  /** The GPU sat idle this long between boot and the server start: the energy counter starts there. */
  uptimeAtStartSeconds: 3600,
  /** Host↔GPU traffic per step: ~4 int32 per scheduled token in (ids, positions, slots), one int64 per sequence out. */
  pcieRxBytesPerToken: 16,
  pcieTxBytesPerSeq: 8,
  /** Driver reservation shown as FB_RESERVED: total = used + free + reserved. */
  reservedShare: 0.005,
} as const;

/** Power while a step runs: idle + (tdp - idle) x activity, watts. */
export function stepWatts(gpu: GpuProfile, s: Pick<StepStats, "duration" | "computeTime" | "memoryTime">): number {
  const m = POWER_MODEL;
  const activity = Math.min(1, m.base + (m.tensor * s.computeTime + m.dram * s.memoryTime) / s.duration);
  return gpu.idleWatts + (gpu.tdpWatts - gpu.idleWatts) * activity;
}

/** Temperature the GPU settles at under constant power `watts`, °C. */
export function steadyTempC(gpu: GpuProfile, watts: number): number {
  return POWER_MODEL.ambientC + ((POWER_MODEL.atTdpC - POWER_MODEL.ambientC) * watts) / gpu.tdpWatts;
}

/** First-order lag: `dt` seconds at constant power from temperature `t0`. */
export function lagTempC(gpu: GpuProfile, t0: number, watts: number, dt: number): number {
  const ss = steadyTempC(gpu, watts);
  return ss + (t0 - ss) * Math.exp(-dt / POWER_MODEL.thermalTauSeconds);
}
