import type { Expr, SignalId, SignalSource } from "../types.ts";
import { add, div, gauge, m, mul, param, rate, scalar, value } from "./dsl.ts";

/** The GPU signals; engines without GPU metrics of their own take them from dcgm-exporter. */
export type GpuSignalId = Extract<SignalId, "gpu_util" | "vram_used" | "vram_total" | "power" | "temperature" | "energy_per_token" | "cost_per_1k_tokens">;

const MiB = 1048576;

/** dcgm-exporter default-counters.csv fields (metrics-catalog §5a), in their units. */
export const DCGM = {
  util: m("DCGM_FI_DEV_GPU_UTIL"),
  fbUsed: m("DCGM_FI_DEV_FB_USED"),
  fbFree: m("DCGM_FI_DEV_FB_FREE"),
  fbReserved: m("DCGM_FI_DEV_FB_RESERVED"),
  power: m("DCGM_FI_DEV_POWER_USAGE"),
  temp: m("DCGM_FI_DEV_GPU_TEMP"),
  energy: m("DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION"),
} as const;

/**
 * GPU cost of the window's output tokens: $/GPU-hour × GPUs (Settings) over generated tokens/s.
 * The GPU count is the deployment's, so per-model or per-instance values charge every GPU to that group.
 */
export function costPer1kTokens(generationRate: Expr): SignalSource {
  const dollarsPerSecond = div(mul(param("gpu_hourly_usd"), param("gpu_count")), scalar(3600));
  return value(mul(div(dollarsPerSecond, generationRate), scalar(1000)),
    "gpu_hourly_usd × gpu_count from Settings, for the whole deployment: narrower scopes charge all GPUs to their tokens");
}

/**
 * GPU sources from dcgm-exporter, for flavors with no GPU metrics of their own. `generationRate` is the
 * flavor's generated tokens/s, the denominator of energy and cost per token.
 */
export function dcgmSignals(generationRate: Expr): Readonly<Record<GpuSignalId, SignalSource>> {
  return {
    gpu_util: value(div(gauge(DCGM.util, "avg"), scalar(100)),
      "DCGM_FI_DEV_GPU_UTIL is 0–100 % and not reported under MIG; averaged over GPUs"),
    vram_used: value(mul(gauge(DCGM.fbUsed, "sum"), scalar(MiB)), "DCGM_FI_DEV_FB_USED MiB → bytes"),
    // There is no FB_TOTAL by default: used + free + reserved is the card's framebuffer.
    vram_total: value(mul(add(add(gauge(DCGM.fbUsed, "sum"), gauge(DCGM.fbFree, "sum")), gauge(DCGM.fbReserved, "sum")), scalar(MiB)),
      "FB_USED + FB_FREE + FB_RESERVED (MiB → bytes); an exporter configured without FB_RESERVED gives no value"),
    power: value(gauge(DCGM.power, "sum"), "DCGM_FI_DEV_POWER_USAGE, summed over GPUs (W)"),
    temperature: value(gauge(DCGM.temp, "max"), "hottest GPU"),
    energy_per_token: value(div(div(rate(DCGM.energy), scalar(1000)), generationRate),
      "DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION is mJ: the GPUs' J/s over the generated tokens/s of the same group"),
    cost_per_1k_tokens: costPer1kTokens(generationRate),
  };
}
