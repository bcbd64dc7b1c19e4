import type { GpuReading } from "./activity-track.ts";
import { POWER_MODEL } from "./power-model.ts";

/** Everything a field reads for one GPU at a scrape. */
export interface GpuSample extends GpuReading {
  readonly smClockMhz: number;
  readonly memClockMhz: number;
  readonly fbUsedMiB: number;
  readonly fbFreeMiB: number;
  readonly fbReservedMiB: number;
  readonly hbm: boolean;
}

/** DCGM's field type decides the Go format: int64 → `%d`, double → `%f`. */
export interface DcgmField {
  readonly name: string;
  readonly type: "gauge" | "counter";
  readonly help: string;
  readonly kind: "int" | "float";
  /** undefined: the field is blank on this GPU and the exporter skips it. */
  readonly value: (g: GpuSample) => number | undefined;
}

const zero = () => 0;

/**
 * dcgm-exporter's etc/default-counters.csv (enabled lines, in file order, help verbatim) as of
 * NVIDIA/dcgm-exporter d5e5f510 (catalog §5a). Fields nothing here can drive read 0, as on a healthy GPU.
 */
export const DCGM_FIELDS: readonly DcgmField[] = [
  { name: "DCGM_FI_DEV_SM_CLOCK", type: "gauge", help: "SM clock frequency (in MHz).", kind: "int", value: (g) => g.smClockMhz },
  { name: "DCGM_FI_DEV_MEM_CLOCK", type: "gauge", help: "Memory clock frequency (in MHz).", kind: "int", value: (g) => g.memClockMhz },
  { name: "DCGM_FI_DEV_MEMORY_TEMP", type: "gauge", help: "Memory temperature (in C).", kind: "int", value: (g) => (g.hbm ? Math.round(g.tempC + POWER_MODEL.memoryOffsetC) : undefined) },
  { name: "DCGM_FI_DEV_GPU_TEMP", type: "gauge", help: "GPU temperature (in C).", kind: "int", value: (g) => Math.round(g.tempC) },
  { name: "DCGM_FI_DEV_POWER_USAGE", type: "gauge", help: "Power draw (in W).", kind: "float", value: (g) => g.watts },
  { name: "DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION", type: "counter", help: "Total energy consumption since boot (in mJ).", kind: "int", value: (g) => Math.floor(g.energyJoules * 1000) },
  { name: "DCGM_FI_DEV_PCIE_REPLAY_COUNTER", type: "counter", help: "Total number of PCIe retries.", kind: "int", value: zero },
  { name: "DCGM_FI_DEV_GPU_UTIL", type: "gauge", help: "GPU utilization (in %).", kind: "int", value: (g) => Math.round(100 * g.busy) },
  { name: "DCGM_FI_DEV_MEM_COPY_UTIL", type: "gauge", help: "Memory utilization (in %).", kind: "int", value: (g) => Math.round(100 * g.dram) },
  { name: "DCGM_FI_DEV_ENC_UTIL", type: "gauge", help: "Encoder utilization (in %).", kind: "int", value: zero },
  { name: "DCGM_FI_DEV_DEC_UTIL", type: "gauge", help: "Decoder utilization (in %).", kind: "int", value: zero },
  { name: "DCGM_FI_DEV_XID_ERRORS", type: "gauge", help: "Value of the last XID error encountered.", kind: "int", value: zero },
  { name: "DCGM_FI_DEV_FB_FREE", type: "gauge", help: "Framebuffer memory free (in MiB).", kind: "int", value: (g) => g.fbFreeMiB },
  { name: "DCGM_FI_DEV_FB_USED", type: "gauge", help: "Framebuffer memory used (in MiB).", kind: "int", value: (g) => g.fbUsedMiB },
  { name: "DCGM_FI_DEV_FB_RESERVED", type: "gauge", help: "Framebuffer memory reserved (in MiB).", kind: "int", value: (g) => g.fbReservedMiB },
  { name: "DCGM_FI_DEV_NVLINK_BANDWIDTH_TOTAL", type: "counter", help: "Total number of NVLink bandwidth counters for all lanes.", kind: "int", value: zero },
  { name: "DCGM_FI_DEV_VGPU_LICENSE_STATUS", type: "gauge", help: "vGPU License status", kind: "int", value: zero },
  { name: "DCGM_FI_DEV_UNCORRECTABLE_REMAPPED_ROWS", type: "counter", help: "Number of remapped rows for uncorrectable errors", kind: "int", value: zero },
  { name: "DCGM_FI_DEV_CORRECTABLE_REMAPPED_ROWS", type: "counter", help: "Number of remapped rows for correctable errors", kind: "int", value: zero },
  { name: "DCGM_FI_DEV_ROW_REMAP_FAILURE", type: "gauge", help: "Whether remapping of rows has failed", kind: "int", value: zero },
  { name: "DCGM_FI_PROF_GR_ENGINE_ACTIVE", type: "gauge", help: "Ratio of time the graphics engine is active.", kind: "float", value: (g) => g.busy },
  { name: "DCGM_FI_PROF_PIPE_TENSOR_ACTIVE", type: "gauge", help: "Ratio of cycles the tensor (HMMA) pipe is active.", kind: "float", value: (g) => g.tensor },
  { name: "DCGM_FI_PROF_DRAM_ACTIVE", type: "gauge", help: "Ratio of cycles the device memory interface is active sending or receiving data.", kind: "float", value: (g) => g.dram },
  { name: "DCGM_FI_PROF_PCIE_TX_BYTES", type: "gauge", help: "The rate of data transmitted over the PCIe bus - including both protocol headers and data payloads - in bytes per second.", kind: "int", value: (g) => Math.round(g.pcieTxBytesPerSecond) },
  { name: "DCGM_FI_PROF_PCIE_RX_BYTES", type: "gauge", help: "The rate of data received over the PCIe bus - including both protocol headers and data payloads - in bytes per second.", kind: "int", value: (g) => Math.round(g.pcieRxBytesPerSecond) },
];
