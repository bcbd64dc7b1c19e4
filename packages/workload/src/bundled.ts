import { fileURLToPath } from "node:url";

/** Paths of the traces shipped in packages/workload/traces (see its README for provenance). */
export const BUNDLED_TRACES = {
  conv: fileURLToPath(new URL("../traces/AzureLLMInferenceTrace_conv.csv", import.meta.url)),
  code: fileURLToPath(new URL("../traces/AzureLLMInferenceTrace_code.csv", import.meta.url)),
} as const;
