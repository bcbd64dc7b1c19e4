import { idle } from "../conditions.ts";
import { usd } from "../format.ts";
import { matchGpu, priceOf } from "../gpus/gpu-table.ts";
import { gpuCountOf } from "../read.ts";
import type { Rule } from "./types.ts";

/** No traffic in this window and the one before: one quiet window is a lull, two are a pattern. */
export const idleServer: Rule = {
  id: "idle-server",
  evaluate(o, { thresholds: t, prices }) {
    const now = idle(o, t);
    const before = idle(o, t, "previous");
    if (!now || !before) return null;
    const gpus = gpuCountOf(o);
    const gpu = matchGpu(o.config.gpuModel);
    const hourly = o.settings.gpuHourlyUsd ?? (gpu ? priceOf(gpu, prices) : undefined);
    const perDay = gpus !== null && hourly !== undefined ? gpus * hourly * 24 : null;
    return {
      id: this.id, severity: "info",
      title: "Idle server: a scale-to-zero candidate",
      evidence: [...now, ...before],
      hint: {
        flag: null, current: gpus ?? null, suggested: 0,
        effect: perDay !== null
          ? `Releasing its ${gpus} GPU${gpus === 1 ? "" : "s"} saves about ${usd(perDay)} per day while idle.`
          : "Releasing its GPUs saves their cost while idle (set the GPU price and count in Settings to see how much).",
        risk: "The next request waits for a cold start: loading the weights takes from tens of seconds to minutes.",
      },
    };
  },
};
