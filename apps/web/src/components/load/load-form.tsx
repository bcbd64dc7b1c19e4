"use client";
import type { ReactNode } from "react";
import { WORKLOAD_KINDS, type LoadFormField, type LoadFormValues, type WorkloadKind } from "../../data/load/load-form.ts";

const KIND_LABEL: Record<WorkloadKind, string> = { constant: "Constant rate", poisson: "Poisson", concurrency: "Closed loop (concurrency)", trace: "Azure trace replay" };
type Errors = Partial<Record<LoadFormField | "form", string>>;

interface Props {
  readonly endpoints: readonly string[];
  readonly values: LoadFormValues;
  readonly errors: Errors;
  readonly busy: boolean;
  readonly onChange: (v: LoadFormValues) => void;
  readonly onSubmit: () => void;
}

/** The run form; renders what it is given, every field with its own error line. */
export function LoadForm({ endpoints, values: v, errors, busy, onChange, onSubmit }: Props) {
  const set = <K extends LoadFormField>(k: K, value: LoadFormValues[K]) => onChange({ ...v, [k]: value });
  const text = (k: LoadFormField, label: string, hint?: string) => (
    <Field id={k} label={label} error={errors[k]} hint={hint}>
      <input id={`load-${k}`} name={k} inputMode="decimal" value={String(v[k])} onChange={(e) => set(k, e.target.value as never)}
        aria-invalid={errors[k] ? true : undefined} className="w-full rounded border border-line bg-bg px-2 py-1 text-sm tabular-nums" />
    </Field>
  );
  return (
    <form className="grid grid-cols-2 gap-3 rounded-lg border border-line bg-panel p-4 md:grid-cols-4" data-load-form
      onSubmit={(e) => { e.preventDefault(); onSubmit(); }}>
      <Field id="endpoint" label="Endpoint" error={errors.endpoint}>
        <select id="load-endpoint" name="endpoint" value={v.endpoint} onChange={(e) => set("endpoint", e.target.value)} className="w-full rounded border border-line bg-bg px-2 py-1 text-sm">
          {endpoints.map((name) => <option key={name} value={name}>{name}</option>)}
        </select>
      </Field>
      <Field id="kind" label="Workload" error={errors.kind}>
        <select id="load-kind" name="kind" value={v.kind} onChange={(e) => set("kind", e.target.value as WorkloadKind)} className="w-full rounded border border-line bg-bg px-2 py-1 text-sm">
          {WORKLOAD_KINDS.map((k) => <option key={k} value={k}>{KIND_LABEL[k]}</option>)}
        </select>
      </Field>
      {(v.kind === "constant" || v.kind === "poisson") && text("rate", "Rate (req/s)")}
      {v.kind === "concurrency" && text("concurrency", "Concurrency")}
      {v.kind === "trace" ? (
        <>
          <Field id="trace" label="Trace" error={errors.trace}>
            <select id="load-trace" name="trace" value={v.trace} onChange={(e) => set("trace", e.target.value as "conv" | "code")} className="w-full rounded border border-line bg-bg px-2 py-1 text-sm">
              <option value="conv">Azure conversation (2023)</option>
              <option value="code">Azure code (2023)</option>
            </select>
          </Field>
          {text("speedup", "Speedup (×)")}
          {text("limit", "Rows (blank: all)")}
        </>
      ) : (
        <>
          {text("promptTokens", "Prompt tokens")}
          {text("outputTokens", "Output tokens")}
        </>
      )}
      {text("durationSeconds", "Duration (s)")}
      {text("maxRequests", "Max requests")}
      <Field id="api" label="API" error={errors.api}>
        <select id="load-api" name="api" value={v.api} onChange={(e) => set("api", e.target.value as "completions" | "chat")} className="w-full rounded border border-line bg-bg px-2 py-1 text-sm">
          <option value="completions">/v1/completions</option>
          <option value="chat">/v1/chat/completions</option>
        </select>
      </Field>
      <Field id="stream" label="Streaming" error={errors.stream}>
        <label className="flex items-center gap-2 py-1 text-sm">
          <input id="load-stream" type="checkbox" checked={v.stream} onChange={(e) => set("stream", e.target.checked)} /> stream tokens
        </label>
      </Field>
      {text("sloTtft", "SLO TTFT (s)", "blank: none")}
      {text("sloItl", "SLO TPOT (s)", "mean gap per request")}
      {text("sloE2e", "SLO E2E (s)", "blank: none")}
      <div className="col-span-2 flex items-end gap-3 md:col-span-4">
        <button type="submit" disabled={busy || endpoints.length === 0} className="rounded bg-accent px-4 py-1.5 text-sm font-medium text-white disabled:opacity-50">Start load run</button>
        {errors.form && <p role="alert" className="text-sm text-bad" data-form-error>{errors.form}</p>}
      </div>
    </form>
  );
}

function Field({ id, label, error, hint, children }: { id: string; label: string; error?: string; hint?: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1" data-field={id}>
      <label htmlFor={`load-${id}`} className="text-xs font-medium uppercase tracking-wide text-muted">{label}</label>
      {children}
      {error ? <p className="text-xs text-bad" data-field-error={id}>{error}</p> : hint ? <p className="text-xs text-muted">{hint}</p> : null}
    </div>
  );
}
