import type { EngineFlavor, FlavorCatalog } from "../types.ts";
import { sglang } from "./sglang.ts";
import { tgi } from "./tgi.ts";
import { tritonTrtllm } from "./triton-trtllm.ts";
import { tritonVllm } from "./triton-vllm.ts";
import { vllmLegacy } from "./vllm-legacy.ts";
import { vllm } from "./vllm.ts";

/** Every flavor's sources, the single description every generator reads. */
export const CATALOG: Readonly<Record<EngineFlavor, FlavorCatalog>> = {
  vllm,
  "vllm-legacy": vllmLegacy,
  "triton-vllm": tritonVllm,
  "triton-trtllm": tritonTrtllm,
  tgi,
  sglang,
};
