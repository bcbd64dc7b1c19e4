// For the log: where a flavor's documented definition (truth-table.ts) differs from the signal's
// canonical one (vLLM V1's), how far apart the two are under this load, so the cost of "assert the
// documented behaviour" is visible rather than hidden.
import type { SignalId } from "../types.ts";
import { expectedValue, type Context, type MemberTruth } from "./expected.ts";
import { TRUTH } from "./truth-table.ts";

const COMPARED: readonly SignalId[] = ["request_rate", "error_rate", "prompt_tokens_rate", "generation_tokens_rate"];

export function canonicalGaps(members: readonly MemberTruth[], ctx: Context): string[] {
  const out: string[] = [];
  for (const m of members) {
    for (const signal of COMPARED) {
      const own = TRUTH[m.flavor][signal];
      const canonical = TRUTH.vllm[signal];
      if (!own || !canonical || JSON.stringify({ ...own, doc: undefined }) === JSON.stringify({ ...canonical, doc: undefined })) continue;
      const one = (flavor: MemberTruth["flavor"]) => {
        const c = { ...ctx, members: new Map([[m.instance, { ...m, flavor }]]) };
        return expectedValue(flavor, signal, { engine: new Set([m.instance]), gpu: new Set() }, c)?.value;
      };
      const [documented, canon] = [one(m.flavor), one("vllm")];
      if (documented === undefined || canon === undefined) continue;
      out.push(`${m.flavor} ${signal}: documented ${documented.toPrecision(4)} vs canonical ${canon.toPrecision(4)} (${(((documented - canon) / canon) * 100).toFixed(1)} %)${"doc" in own && own.doc ? `: ${own.doc}` : ""}`);
    }
  }
  return out;
}
