import { renderPromQL, RenderError } from "../promql.ts";
import { boundAtOrBelow, resolveSignal } from "../resolve.ts";
import type { EngineFlavor, Expr, FlavorCatalog } from "../types.ts";
import { MODEL_LABEL, type RecordSpec } from "./records.ts";

/**
 * Which flavor's branch wins where two could answer for the same series: one whose server exposes a
 * superset of another's names goes first. vLLM V1 still answers V0's names (V0 fills the gaps);
 * Triton TRT-LLM's batcher gauges beat the Triton core counts that the vLLM backend shares.
 */
export const BRANCH_ORDER: readonly EngineFlavor[] = ["vllm", "vllm-legacy", "triton-trtllm", "triton-vllm", "tgi", "sglang"];

/** One distinct expression of a record and the flavors it serves. */
export interface Branch {
  readonly flavors: readonly EngineFlavor[];
  readonly promql: string;
  /** Caveats worth a line in the rule file (an SLO threshold between bucket bounds). */
  readonly caveats: readonly string[];
}

/**
 * The record's expression on every flavor that exports the signal, identical ones merged, in
 * BRANCH_ORDER. Every branch groups by the same labels and names the model `model_name`.
 */
export function branchesOf(catalog: Readonly<Record<EngineFlavor, FlavorCatalog>>, spec: RecordSpec): Branch[] {
  const byPromql = new Map<string, { flavors: EngineFlavor[]; caveats: Set<string> }>();
  for (const flavor of BRANCH_ORDER) {
    const promql = render(catalog[flavor], spec);
    if (promql === undefined) continue;
    const entry = byPromql.get(promql) ?? { flavors: [], caveats: new Set() };
    entry.flavors.push(flavor);
    for (const c of sloCaveat(catalog[flavor], spec)) entry.caveats.add(c);
    byPromql.set(promql, entry);
  }
  return [...byPromql].map(([promql, { flavors, caveats }]) => ({ flavors, promql, caveats: [...caveats] }));
}

function render(flavor: FlavorCatalog, spec: RecordSpec): string | undefined {
  const resolved = resolveSignal(flavor, spec.query);
  if (!resolved.ok) return undefined;
  const expr: Expr = spec.complement ? { kind: "binary", op: "-", left: { kind: "scalar", value: 1 }, right: resolved.expr } : resolved.expr;
  const model = spec.level === "instance_model" ? flavor.modelLabel : undefined;
  try {
    const promql = renderPromQL(expr, {
      scope: { by: "instance" }, modelLabel: flavor.modelLabel, window: spec.window,
      groupBy: model === undefined ? ["instance"] : ["instance", model], requireModelLabel: true,
    });
    // Triton's `model` becomes model_name, so every flavor's series of one record look alike.
    return model === undefined || model === MODEL_LABEL ? promql
      : `sum without (${model}) (label_replace(${promql}, "${MODEL_LABEL}", "$1", "${model}", "(.*)"))`;
  } catch (e) {
    // Not expressible at this level on this flavor (GPU metrics per model, a Settings parameter).
    if (e instanceof RenderError) return undefined;
    throw e;
  }
}

function sloCaveat(flavor: FlavorCatalog, spec: RecordSpec): string[] {
  const seconds = spec.query.sloSeconds;
  const source = flavor.signals[spec.query.signal];
  if (seconds === undefined || source.kind !== "histogram") return [];
  const scale = source.scale ?? 1;
  const bound = boundAtOrBelow(source.buckets, seconds / scale);
  if (bound === undefined || Math.abs(bound * scale - seconds) <= seconds * 1e-9) return [];
  return [`no ${seconds} s bucket: counts ≤ ${+(bound * scale).toPrecision(6)} s as good (misses overstated)`];
}

/**
 * One expression from the branches: PromQL `or` keeps the first branch's series and adds a later
 * branch's only where no earlier one has the same labels, so no two flavors write one series.
 */
export function orChain(branches: readonly Branch[]): string {
  const [only] = branches;
  if (branches.length === 1 && only!.caveats.length === 0) return only!.promql;
  return branches.map((b) => [`# ${b.flavors.join(", ")}`, ...b.caveats.map((c) => `# ${c}`), b.promql].join("\n")).join("\nor\n");
}
