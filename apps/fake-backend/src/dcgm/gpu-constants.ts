import type { GpuId } from "@throtl/simulator";

/**
 * What the DCGM exporter needs beyond the simulator's GpuProfile. Memory clocks are the datasheet
 * memory clocks as nvidia-smi prints them; GDDR boards report no memory temperature (the field is blank
 * and dcgm-exporter skips it).
 */
export const DCGM_GPU: Readonly<Record<GpuId, { readonly memClockMhz: number; readonly hbm: boolean }>> = {
  "h100-sxm": { memClockMhz: 2619, hbm: true },
  "a100-80gb": { memClockMhz: 1593, hbm: true },
  l40s: { memClockMhz: 9001, hbm: false },
  l4: { memClockMhz: 6251, hbm: false },
};

/** A driver of the H100/CUDA 12.4 era; it is a label on every series. */
export const DRIVER_VERSION = "550.127.05";

/**
 * PCI address of each GPU in DCGM's `00000000:18:00.0` form: the 8 slots of an HGX board, one PCI
 * domain per further board of 8 (a DP x TP layout bigger than one node).
 */
const HGX_BUSES = [0x18, 0x2a, 0x3a, 0x5d, 0x9a, 0xab, 0xba, 0xdb];

export function pciBusId(gpu: number): string {
  const hex = (v: number, n: number) => v.toString(16).toUpperCase().padStart(n, "0");
  return `${hex(Math.floor(gpu / 8), 8)}:${hex(HGX_BUSES[gpu % 8]!, 2)}:00.0`;
}
