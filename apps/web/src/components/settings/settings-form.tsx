"use client";
// The editable settings: one input per field, the schema's message beside a refused field. Works
// without JavaScript too (a plain form post to the server action).
import { useActionState } from "react";
import type { FieldView } from "../../data/settings-form.ts";
import type { SettingsFormState } from "./settings-form-state.ts";

type Action = (previous: SettingsFormState, form: FormData) => Promise<SettingsFormState>;

const INPUT = "rounded border bg-panel px-2 py-1 text-fg";

export function SettingsForm({ fields, initial, action }: { fields: readonly FieldView[]; initial: SettingsFormState; action: Action }) {
  const [state, submit, pending] = useActionState(action, initial);
  return (
    // Keyed by the values: React resets a form after its action, so remount it with the new ones.
    <form key={JSON.stringify(state.values)} action={submit} noValidate className="flex flex-col gap-4" data-settings-form={state.status}>
      {state.message && (
        <p role={state.status === "saved" ? "status" : "alert"} data-form-message={state.status}
          className={`rounded-lg border bg-panel px-3 py-2 text-sm ${state.status === "saved" ? "border-good" : "border-bad"}`}>
          {state.message}
        </p>
      )}
      {fields.map((f) => {
        const error = state.errors[f.key];
        const id = `setting-${f.key}`;
        const border = error ? "border-bad" : "border-line";
        return (
          <div key={f.key} className="grid grid-cols-[12rem_auto_1fr] items-start gap-x-3 gap-y-1">
            <label htmlFor={id} className="pt-1 text-sm font-medium">{f.label}</label>
            <span className="flex items-center gap-2">
              {f.input.kind === "number" ? (
                <input id={id} name={f.key} type="number" inputMode="decimal" min={f.input.min} max={f.input.max} step={f.input.step}
                  defaultValue={state.values[f.key]} placeholder={f.fallback} aria-invalid={error ? true : undefined}
                  aria-describedby={`${id}-help${error ? ` ${id}-error` : ""}`} className={`${INPUT} w-40 ${border}`} />
              ) : (
                <select id={id} name={f.key} defaultValue={state.values[f.key]} aria-invalid={error ? true : undefined}
                  aria-describedby={`${id}-help${error ? ` ${id}-error` : ""}`} className={`${INPUT} w-56 ${border}`}>
                  <option value="">{`Default: ${f.fallback}`}</option>
                  {f.input.options.map((o) => <option key={o} value={o}>{o}</option>)}
                </select>
              )}
              {f.unit && <span className="text-xs text-muted">{f.unit}</span>}
            </span>
            <span className="text-sm">
              {error && <span id={`${id}-error`} role="alert" data-error-for={f.key} className="block font-medium text-bad">{error}</span>}
              <span id={`${id}-help`} className="block text-xs text-muted">{f.help} Empty: {f.fallback}.</span>
            </span>
          </div>
        );
      })}
      <div>
        <button type="submit" disabled={pending} className="rounded border border-line px-3 py-1 text-sm hover:text-fg disabled:opacity-50">
          {pending ? "Saving…" : "Save settings"}
        </button>
      </div>
    </form>
  );
}
