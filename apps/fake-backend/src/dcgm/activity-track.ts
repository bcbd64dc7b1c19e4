import type { GpuProfile, StepStats } from "@throtl/simulator";
import { POWER_MODEL, lagTempC, stepWatts, steadyTempC } from "./power-model.ts";

interface StepSpan {
  readonly start: number;
  readonly end: number;
  readonly tensor: number;
  readonly dram: number;
  readonly watts: number;
  readonly rxBytes: number;
  readonly txBytes: number;
}

/** What one engine's GPUs show at a scrape. Window values are averages over the last `windowSeconds`. */
export interface GpuReading {
  /** Busy share of the window, [0, 1]. */
  readonly busy: number;
  readonly tensor: number;
  readonly dram: number;
  readonly watts: number;
  readonly pcieRxBytesPerSecond: number;
  readonly pcieTxBytesPerSecond: number;
  /** ∫ P dt since boot, joules (exact for piecewise-constant power). */
  readonly energyJoules: number;
  readonly tempC: number;
}

/** Steps older than this before the newest one are folded into the totals even without a scrape. */
const HORIZON_SECONDS = 10;

/**
 * One engine's GPU activity from its steps (delivered in time order, not overlapping). Energy and
 * temperature integrate step by step up to a scrape; window averages read the retained recent steps.
 * Scrape times never go backwards: an earlier `now` reads as the latest one.
 */
export class ActivityTrack {
  private steps: StepSpan[] = [];
  private head = 0;
  private pending = 0;
  private extraJoules = 0;
  private tempC: number;
  private tempAt = 0;
  private floor = 0;

  constructor(private readonly gpu: GpuProfile) {
    this.tempC = steadyTempC(gpu, gpu.idleWatts);
  }

  add(s: StepStats): void {
    if (s.duration <= 0) return;
    this.steps.push({
      start: s.start, end: s.start + s.duration, tensor: s.computeTime / s.duration, dram: s.memoryTime / s.duration,
      watts: stepWatts(this.gpu, s), rxBytes: s.numTokens * POWER_MODEL.pcieRxBytesPerToken, txBytes: s.numSeqs * POWER_MODEL.pcieTxBytesPerSeq,
    });
    const settled = s.start - HORIZON_SECONDS;
    if (settled > this.floor) {
      this.floor = settled;
      this.commit(settled);
      this.prune(settled - POWER_MODEL.windowSeconds);
    }
  }

  read(at: number): GpuReading {
    const now = Math.max(at, this.floor);
    this.floor = now;
    this.commit(now);
    const idle = this.gpu.idleWatts;
    let extra = this.extraJoules;
    let temp = this.tempC;
    let tAt = this.tempAt;
    for (let i = this.pending; i < this.steps.length && this.steps[i]!.start < now; i++) {
      const s = this.steps[i]!;
      const end = Math.min(s.end, now);
      extra += (s.watts - idle) * (end - s.start);
      temp = lagTempC(this.gpu, lagTempC(this.gpu, temp, idle, Math.max(0, s.start - tAt)), s.watts, end - s.start);
      tAt = end;
    }
    temp = lagTempC(this.gpu, temp, idle, Math.max(0, now - tAt));
    const w = POWER_MODEL.windowSeconds;
    const lo = now - w;
    let busy = 0, tensor = 0, dram = 0, extraW = 0, rx = 0, tx = 0;
    for (let i = this.steps.length - 1; i >= this.head && this.steps[i]!.end > lo; i--) {
      const s = this.steps[i]!;
      const ov = Math.min(s.end, now) - Math.max(s.start, lo);
      if (ov <= 0) continue;
      const share = ov / (s.end - s.start);
      busy += ov; tensor += ov * s.tensor; dram += ov * s.dram; extraW += ov * (s.watts - idle);
      rx += s.rxBytes * share; tx += s.txBytes * share;
    }
    this.prune(lo);
    return {
      busy: Math.min(1, busy / w), tensor: tensor / w, dram: dram / w, watts: idle + extraW / w,
      pcieRxBytesPerSecond: rx / w, pcieTxBytesPerSecond: tx / w,
      energyJoules: idle * (POWER_MODEL.uptimeAtStartSeconds + now) + extra, tempC: temp,
    };
  }

  /** Folds every step that ended by `t` into the energy and temperature state. */
  private commit(t: number): void {
    for (; this.pending < this.steps.length && this.steps[this.pending]!.end <= t; this.pending++) {
      const s = this.steps[this.pending]!;
      this.tempC = lagTempC(this.gpu, lagTempC(this.gpu, this.tempC, this.gpu.idleWatts, Math.max(0, s.start - this.tempAt)), s.watts, s.end - s.start);
      this.tempAt = s.end;
      this.extraJoules += (s.watts - this.gpu.idleWatts) * (s.end - s.start);
    }
  }

  /** Drops committed steps that ended by `t`; no later window reaches them. */
  private prune(t: number): void {
    while (this.head < this.pending && this.steps[this.head]!.end <= t) this.head++;
    if (this.head > 1024 && this.head * 2 > this.steps.length) {
      this.steps = this.steps.slice(this.head);
      this.pending -= this.head;
      this.head = 0;
    }
  }
}
