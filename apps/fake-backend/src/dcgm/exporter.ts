import type { GpuId, StepStats } from "@throtl/simulator";
import { defaultGpuUuid } from "../metrics/core/host.ts";
import { ActivityTrack } from "./activity-track.ts";
import { DCGM_FIELDS, type GpuSample } from "./fields.ts";
import { goFloat, goInt } from "./go-format.ts";
import { DCGM_GPU, DRIVER_VERSION, pciBusId } from "./gpu-constants.ts";
import { POWER_MODEL } from "./power-model.ts";
import type { DcgmContext, DcgmExporter } from "./types.ts";

const MiB = 1024 * 1024;

/**
 * A fake NVIDIA dcgm-exporter 4.x (`Hostname` label as in every tag up to 4.5.3-4.8.2, plus
 * `pci_bus_id`). Engine e drives GPUs e*tp .. e*tp+tp-1, which show the same activity; values are a
 * pure function of the steps seen and `now`, so two runs render the same text.
 */
export function createDcgmExporter(ctx: DcgmContext): DcgmExporter {
  if (!Number.isInteger(ctx.numGpus) || ctx.numGpus < 1 || !Number.isInteger(ctx.tensorParallelSize) || ctx.tensorParallelSize < 1 || ctx.numGpus % ctx.tensorParallelSize !== 0) {
    throw new RangeError(`createDcgmExporter: numGpus (${ctx.numGpus}) must be a positive multiple of tensorParallelSize (${ctx.tensorParallelSize})`);
  }
  if (/["\\\n]/.test(ctx.hostname)) throw new RangeError(`createDcgmExporter: hostname ${JSON.stringify(ctx.hostname)} cannot be a label value unescaped`);
  const tp = ctx.tensorParallelSize;
  const tracks = Array.from({ length: ctx.numGpus / tp }, () => new ActivityTrack(ctx.gpu));
  const extra = DCGM_GPU[ctx.gpu.id as GpuId];
  const totalMiB = Math.round(ctx.gpu.memBytes / MiB);
  const fbReservedMiB = Math.round(totalMiB * POWER_MODEL.reservedShare);
  // vLLM allocates its KV cache at start-up, so framebuffer use is flat from then on.
  const fbUsedMiB = Math.min(totalMiB - fbReservedMiB, Math.round(ctx.memory.usedBytes / MiB));
  const labels = Array.from({ length: ctx.numGpus }, (_, g) =>
    `gpu="${g}",UUID="${defaultGpuUuid(g)}",pci_bus_id="${pciBusId(g)}",device="nvidia${g}",modelName="${ctx.gpu.modelName}"` +
    `${ctx.hostname ? `,Hostname="${ctx.hostname}"` : ""},DCGM_FI_DRIVER_VERSION="${DRIVER_VERSION}"`);

  return {
    onStep(s: StepStats): void {
      const track = tracks[s.engine];
      if (!track) throw new RangeError(`createDcgmExporter: step for engine ${s.engine}, but only ${tracks.length} engines have GPUs`);
      track.add(s);
    },
    render(now: number): string {
      const samples: GpuSample[] = tracks.map((t) => {
        const r = t.read(now);
        return {
          ...r, smClockMhz: Math.round(ctx.gpu.idleSmClockMhz + (ctx.gpu.maxSmClockMhz - ctx.gpu.idleSmClockMhz) * r.busy),
          memClockMhz: extra.memClockMhz, hbm: extra.hbm, fbUsedMiB, fbReservedMiB, fbFreeMiB: totalMiB - fbUsedMiB - fbReservedMiB,
        };
      });
      let out = "";
      for (const f of DCGM_FIELDS) {
        let lines = "";
        for (let g = 0; g < ctx.numGpus; g++) {
          const v = f.value(samples[Math.floor(g / tp)]!);
          if (v !== undefined) lines += `${f.name}{${labels[g]}} ${f.kind === "int" ? goInt(v) : goFloat(v)}\n`;
        }
        if (lines) out += `# HELP ${f.name} ${f.help}\n# TYPE ${f.name} ${f.type}\n${lines}`;
      }
      return out;
    },
  };
}
