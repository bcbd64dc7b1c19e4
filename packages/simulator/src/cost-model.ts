import type { ResolvedEngineConfig } from "./config.ts";
import { bodyParams } from "./profiles/models.ts";

/**
 * Roofline step time: a step is bound by tensor-core compute or by memory traffic (weights once per
 * step, plus the KV cache every sequence reads), plus a fixed CPU/launch overhead. The efficiency
 * factors and overheads are assumptions documented in docs/simulator.md.
 */
export const COST_CONSTANTS = {
  /** Share of peak BF16 FLOP/s large GEMMs reach in practice (prefill). */
  computeEfficiency: 0.65,
  /** Share of peak memory bandwidth weight/KV streaming reaches (decode). */
  memoryEfficiency: 0.8,
  /** Scheduler, input prep, sampling and kernel-launch overhead per step (CUDA graphs on), seconds. */
  stepOverhead: 1.5e-3,
  /** Per-sequence cost of sampling and output processing, seconds. */
  perSeqOverhead: 25e-6,
  /** Latency of one all-reduce launch in tensor parallelism, seconds. */
  allReduceLatency: 8e-6,
} as const;

export interface StepWork {
  /** Tokens processed this step (prefill chunks + one per decoding sequence). */
  tokens: number;
  /** Sequences scheduled this step. */
  seqs: number;
  /** Sequences that sample a token this step (pay the LM head). */
  sampled: number;
  /** Sum over sequences of newTokens x (context before + newTokens/2): attention score work. */
  attnTerm: number;
  /** Sum over sequences of KV tokens read (context before + new tokens). */
  kvTokensRead: number;
}

export interface StepCost {
  duration: number;
  computeTime: number;
  memoryTime: number;
  flops: number;
  bytes: number;
}

/** Precomputed per-config constants so the hot loop does a handful of multiplications. */
export class CostModel {
  private readonly flopsPerToken: number;
  private readonly flopsPerSample: number;
  private readonly flopsPerAttn: number;
  private readonly weightBytes: number;
  private readonly kvBytes: number;
  private readonly flopRate: number;
  private readonly byteRate: number;
  private readonly commPerToken: number;
  private readonly commFixed: number;

  constructor(c: ResolvedEngineConfig) {
    const m = c.model;
    const tp = c.tensorParallelSize;
    this.flopsPerToken = (2 * bodyParams(m)) / tp;
    this.flopsPerSample = (2 * m.vocab * m.hidden) / tp;
    this.flopsPerAttn = (4 * m.layers * m.heads * m.headDim) / tp;
    this.weightBytes = c.memory.weightBytes;
    this.kvBytes = c.kvBytesPerTokenPerGpu;
    this.flopRate = c.gpu.peakFlops * COST_CONSTANTS.computeEfficiency;
    this.byteRate = c.gpu.memBandwidth * COST_CONSTANTS.memoryEfficiency;
    // Ring all-reduce of the hidden states, twice per layer (attention and MLP outputs).
    const arPerStep = tp > 1 ? 2 * m.layers : 0;
    this.commPerToken = tp > 1 ? (arPerStep * 2 * ((tp - 1) / tp) * m.hidden * m.dtypeBytes) / c.gpu.interconnectBandwidth : 0;
    this.commFixed = arPerStep * COST_CONSTANTS.allReduceLatency;
  }

  cost(w: StepWork, out: StepCost): StepCost {
    const flops = this.flopsPerToken * w.tokens + this.flopsPerSample * w.sampled + this.flopsPerAttn * w.attnTerm;
    const bytes = this.weightBytes + this.kvBytes * (w.kvTokensRead + w.tokens);
    const computeTime = flops / this.flopRate;
    const memoryTime = bytes / this.byteRate;
    out.flops = flops;
    out.bytes = bytes;
    out.computeTime = computeTime;
    out.memoryTime = memoryTime;
    out.duration =
      (computeTime > memoryTime ? computeTime : memoryTime) +
      COST_CONSTANTS.stepOverhead + COST_CONSTANTS.perSeqOverhead * w.seqs +
      this.commFixed + this.commPerToken * w.tokens;
    return out;
  }
}
