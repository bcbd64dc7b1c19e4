// The settings page: the form when the database answers; otherwise the values in effect, read-only,
// with what to do about it. Render-only.
import type { FieldView } from "../../data/settings-form.ts";
import type { SettingKey, SettingOrigin } from "../../data/settings.ts";
import { SettingsForm } from "./settings-form.tsx";
import type { SettingsFormState } from "./settings-form-state.ts";

export interface SettingsScreenProps {
  readonly kind: "stored" | "not_configured" | "unavailable";
  readonly message?: string;
  readonly fields: readonly FieldView[];
  readonly effective: Readonly<Record<SettingKey, string>>;
  readonly origins: Readonly<Record<SettingKey, SettingOrigin>>;
  readonly env: Readonly<Record<SettingKey, string | null>>;
  readonly initial: SettingsFormState;
  readonly action: (previous: SettingsFormState, form: FormData) => Promise<SettingsFormState>;
}

const ORIGIN_TEXT: Readonly<Record<SettingOrigin, string>> = { saved: "saved here", environment: "environment", unset: "not set" };

export function SettingsScreen(p: SettingsScreenProps) {
  return (
    <div className="flex max-w-4xl flex-col gap-4 pt-4">
      <h1 className="text-lg font-semibold">Settings</h1>
      <p className="text-sm text-muted">SLO targets, GPU cost and the default refresh. A value saved here overrides the environment&apos;s; an empty field uses it.</p>
      {p.message && (
        <div role="status" data-settings-notice={p.kind} className={`rounded-lg border bg-panel px-3 py-2 text-sm ${p.kind === "unavailable" ? "border-bad" : "border-warn"}`}>
          {p.message}
        </div>
      )}
      {p.kind === "stored" ? (
        <SettingsForm fields={p.fields} initial={p.initial} action={p.action} />
      ) : (
        <table className="text-sm" data-settings-readonly>
          <thead className="text-left text-xs text-muted">
            <tr><th className="py-1 pr-6 font-normal">Setting</th><th className="pr-6 font-normal">In effect</th><th className="pr-6 font-normal">From</th><th className="font-normal">Variable</th></tr>
          </thead>
          <tbody>
            {p.fields.map((f) => (
              <tr key={f.key} className="border-t border-line" data-setting={f.key}>
                <td className="py-1 pr-6">{f.label}</td>
                <td className="pr-6 tabular-nums">{p.effective[f.key]}</td>
                <td className="pr-6 text-muted">{ORIGIN_TEXT[p.origins[f.key]]}</td>
                <td className="font-mono text-xs text-muted">{p.env[f.key] ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
