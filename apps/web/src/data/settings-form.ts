// The settings form as data: the fields the page renders, and the submitted strings turned into the
// input the shared zod schema validates (so its messages, per field, are the ones shown).
import type { NumericSettingKey, SettingsValues } from "@throtl/db";
import { formatSettingValue } from "./settings-format.ts";
import type { EffectiveSettings, SettingKey, SettingsDefaults } from "./settings.ts";
import { REFRESH_IDS } from "./url-state-schema.ts";

export type FormValues = Readonly<Record<SettingKey, string>>;
export type FieldErrors = Partial<Readonly<Record<SettingKey, string>>>;

export interface FieldView {
  readonly key: SettingKey;
  readonly label: string;
  readonly unit: string;
  readonly help: string;
  /** number: min/max/step for the input; select: the choices. */
  readonly input: { readonly kind: "number"; readonly min: number; readonly max: number; readonly step: string } | { readonly kind: "select"; readonly options: readonly string[] };
  /** What applies when the field is left empty. */
  readonly fallback: string;
}

type Limits = Readonly<Record<NumericSettingKey, { readonly min: number; readonly max: number; readonly integer?: boolean }>>;

const TEXT: Readonly<Record<SettingKey, { label: string; unit: string; help: string }>> = {
  ttftP95Seconds: { label: "TTFT p95 target", unit: "s", help: "Time to first token; the SLO attainment tile and the latency health state use it." },
  itlP95Seconds: { label: "ITL p95 target", unit: "s", help: "Inter-token latency; the SLO attainment tile and the latency health state use it." },
  availability: { label: "Availability target", unit: "", help: "Share of requests that must succeed, 0.9–0.99999; sets the error budget of the ERRORS state." },
  gpuHourlyUsd: { label: "GPU price", unit: "$/h per GPU", help: "With the GPU count, gives cost per 1K tokens." },
  gpuCount: { label: "GPU count", unit: "GPUs", help: "GPUs of the whole deployment, 1–1024." },
  refresh: { label: "Default refresh", unit: "", help: "The overview's auto-refresh when the URL does not choose one." },
};

export function settingsFields(limits: Limits, defaults: SettingsDefaults): FieldView[] {
  return (Object.keys(TEXT) as SettingKey[]).map((key) => {
    const fallback = defaults[key] === null ? "not set" : `${formatSettingValue(key, defaults[key])} (environment)`;
    if (key === "refresh") return { key, ...TEXT[key], fallback, input: { kind: "select", options: REFRESH_IDS } };
    const { min, max, integer } = limits[key];
    return { key, ...TEXT[key], fallback, input: { kind: "number", min, max, step: integer ? "1" : "any" } };
  });
}

/** The form's strings for stored values: "" where nothing is saved (the environment applies). */
export function formValues(stored: SettingsValues | null): FormValues {
  const out = {} as Record<SettingKey, string>;
  for (const key of Object.keys(TEXT) as SettingKey[]) out[key] = stored?.[key] == null ? "" : String(stored[key]);
  return out;
}

/** The effective values as text, for the read-only view. */
export function effectiveText(e: EffectiveSettings): Readonly<Record<SettingKey, string>> {
  const out = {} as Record<SettingKey, string>;
  for (const key of Object.keys(TEXT) as SettingKey[]) out[key] = e.values[key] === null ? "not set" : formatSettingValue(key, e.values[key]);
  return out;
}

/**
 * Submitted strings → schema input: empty means "not set"; a numeric string becomes a number; any
 * other text is passed on as text, so the schema answers "must be a number" for that field.
 */
export function formInput(submitted: Readonly<Record<string, string | undefined>>): Record<SettingKey, unknown> {
  const out = {} as Record<SettingKey, unknown>;
  for (const key of Object.keys(TEXT) as SettingKey[]) {
    const raw = (submitted[key] ?? "").trim();
    out[key] = raw === "" ? null : key === "refresh" ? raw : /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(raw) ? Number(raw) : raw;
  }
  return out;
}

/** The first issue per field; issues without a known field are returned apart. */
export function fieldErrors(issues: readonly { readonly path: string; readonly message: string }[]): { fields: FieldErrors; other: string[] } {
  const fields: Partial<Record<SettingKey, string>> = {};
  const other: string[] = [];
  for (const i of issues) {
    if (i.path in TEXT) fields[i.path as SettingKey] ??= i.message;
    else other.push(`${i.path || "settings"}: ${i.message}`);
  }
  return { fields, other };
}
