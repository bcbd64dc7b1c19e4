import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// Not `new URL("../traces/…", import.meta.url)`: bundlers (the panel's Turbopack) turn that pattern
// into an asset URL that fileURLToPath refuses, and loading this module would throw.
const traces = join(dirname(fileURLToPath(import.meta.url)), "..", "traces");

/** Paths of the traces shipped in packages/workload/traces (see its README for provenance). */
export const BUNDLED_TRACES = {
  conv: join(traces, "AzureLLMInferenceTrace_conv.csv"),
  code: join(traces, "AzureLLMInferenceTrace_code.csv"),
} as const;
