// The load page's form: text fields as typed → the POST /api/load-runs body, and the API's field
// issues → a message per form field. Pure; the server validates (zod), the form only shows why.
export const WORKLOAD_KINDS = ["constant", "poisson", "concurrency", "trace"] as const;
export type WorkloadKind = (typeof WORKLOAD_KINDS)[number];

export interface LoadFormValues {
  readonly endpoint: string;
  readonly kind: WorkloadKind;
  readonly rate: string;
  readonly concurrency: string;
  readonly trace: "conv" | "code";
  readonly speedup: string;
  readonly limit: string;
  readonly promptTokens: string;
  readonly outputTokens: string;
  readonly durationSeconds: string;
  readonly maxRequests: string;
  readonly stream: boolean;
  readonly api: "completions" | "chat";
  readonly sloTtft: string;
  readonly sloItl: string;
  readonly sloE2e: string;
}

export type LoadFormField = keyof LoadFormValues;

export function defaultFormValues(endpoint: string, slo: { ttft: number; itl: number }): LoadFormValues {
  return {
    endpoint, kind: "poisson", rate: "2", concurrency: "4", trace: "conv", speedup: "10", limit: "",
    promptTokens: "200", outputTokens: "200", durationSeconds: "30", maxRequests: "1000",
    stream: true, api: "completions", sloTtft: String(slo.ttft), sloItl: String(slo.itl), sloE2e: "",
  };
}

/** Blank optional fields are left out; numbers stay text, so the server names what is not a number. */
export function toRunBody(v: LoadFormValues): Record<string, unknown> {
  const opt = (s: string) => (s.trim() === "" ? undefined : s.trim());
  const lengths = { promptTokens: opt(v.promptTokens), outputTokens: opt(v.outputTokens) };
  const workload =
    v.kind === "trace" ? { kind: v.kind, trace: v.trace, speedup: opt(v.speedup), limit: opt(v.limit) }
    : v.kind === "concurrency" ? { kind: v.kind, concurrency: v.concurrency.trim(), ...lengths }
    : { kind: v.kind, rate: v.rate.trim(), ...lengths };
  return {
    endpoint: v.endpoint, workload, durationSeconds: v.durationSeconds.trim(), maxRequests: v.maxRequests.trim(),
    stream: v.stream, api: v.api, slo: { ttft: opt(v.sloTtft), itl: opt(v.sloItl), e2e: opt(v.sloE2e) },
  };
}

const PATHS: Readonly<Record<string, LoadFormField>> = {
  "workload.kind": "kind", "slo.ttft": "sloTtft", "slo.itl": "sloItl", "slo.e2e": "sloE2e",
};

const FIELD_SET: Record<string, true> = Object.fromEntries(Object.keys(defaultFormValues("", { ttft: 0, itl: 0 })).map((k) => [k, true]));

/** Issue paths of the API ("workload.rate", "slo.ttft") → form fields; the rest → `form`. */
export function fieldErrors(issues: readonly { path: string; message: string }[]): Partial<Record<LoadFormField | "form", string>> {
  const out: Partial<Record<LoadFormField | "form", string>> = {};
  for (const { path, message } of issues) {
    const last = path.split(".").at(-1) ?? "";
    const field = PATHS[path] ?? (last in FIELD_SET ? (last as LoadFormField) : "form");
    out[field] ??= field === "form" ? `${path}: ${message}` : message;
  }
  return out;
}
