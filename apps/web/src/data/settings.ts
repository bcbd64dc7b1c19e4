// Effective settings: a value saved in Settings wins over the environment's default, field by field.
// Pure; the loaders in server/settings/ read the stored row and the environment.
import type { SettingsValues } from "@throtl/db";
import type { ParamName } from "@throtl/signals";
import type { RefreshId } from "./url-state-schema.ts";

export type SettingKey = keyof SettingsValues;

export interface SettingsDefaults {
  readonly ttftP95Seconds: number;
  readonly itlP95Seconds: number;
  /** null: insights' default error budget applies. */
  readonly availability: number | null;
  /** null: cost per 1K tokens is not computed (it says so). */
  readonly gpuHourlyUsd: number | null;
  readonly gpuCount: number | null;
  readonly refresh: RefreshId;
}

/** Where a value came from: saved on the settings page, the environment, or nowhere. */
export type SettingOrigin = "saved" | "environment" | "unset";

export interface EffectiveSettings {
  readonly values: SettingsDefaults;
  readonly origins: Readonly<Record<SettingKey, SettingOrigin>>;
}

/** The environment variable behind each setting (the read-only view names them). */
export const SETTING_ENV: Readonly<Record<SettingKey, string | null>> = {
  ttftP95Seconds: "THROTL_SLO_TTFT_SECONDS", itlP95Seconds: "THROTL_SLO_ITL_SECONDS", availability: null,
  gpuHourlyUsd: "THROTL_GPU_HOURLY_USD", gpuCount: "THROTL_GPU_COUNT", refresh: "THROTL_DEFAULT_REFRESH",
};

export function effectiveSettings(stored: SettingsValues | null, defaults: SettingsDefaults): EffectiveSettings {
  const values = { ...defaults };
  const origins = {} as Record<SettingKey, SettingOrigin>;
  for (const key of Object.keys(defaults) as SettingKey[]) {
    const saved = stored?.[key] ?? null;
    if (saved !== null) (values as Record<SettingKey, unknown>)[key] = saved;
    origins[key] = saved !== null ? "saved" : defaults[key] !== null ? "environment" : "unset";
  }
  return { values, origins };
}

/** The catalog's params for cost per 1K tokens; a missing one leaves the signal unrendered. */
export function catalogParams(v: Pick<SettingsDefaults, "gpuHourlyUsd" | "gpuCount">): Partial<Record<ParamName, number>> {
  const params: Partial<Record<ParamName, number>> = {};
  if (v.gpuHourlyUsd !== null) params.gpu_hourly_usd = v.gpuHourlyUsd;
  if (v.gpuCount !== null) params.gpu_count = v.gpuCount;
  return params;
}
