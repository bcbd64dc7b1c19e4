// Reads the settings for the settings page, the API and the overview. Stored values override the
// environment's; without DATABASE_URL or with the database down, the environment's apply and the
// state says why (the rest of the panel never waits on or fails with the database).
import { getSettings, type StoredSettings } from "@throtl/db";
import { type Env, getEnv } from "../../env.ts";
import { effectiveSettings, type EffectiveSettings, type SettingsDefaults } from "../../data/settings.ts";
import { databaseConfigured, getDb } from "../db/db.ts";

export type SettingsState =
  | { readonly kind: "stored"; readonly stored: StoredSettings; readonly defaults: SettingsDefaults; readonly effective: EffectiveSettings }
  | { readonly kind: "not_configured" | "unavailable"; readonly message: string; readonly defaults: SettingsDefaults; readonly effective: EffectiveSettings };

/** A read that takes longer (a database host that drops packets) counts as unavailable; the first read also loads Prisma's wasm client. */
const READ_TIMEOUT_MS = 5_000;

export const NOT_CONFIGURED_MESSAGE =
  "No database: these settings come from the environment and are read-only here. Set DATABASE_URL to a postgresql:// URL to edit and store them.";

export function settingsDefaults(env: Env = getEnv()): SettingsDefaults {
  return {
    ttftP95Seconds: env.THROTL_SLO_TTFT_SECONDS, itlP95Seconds: env.THROTL_SLO_ITL_SECONDS, availability: null,
    gpuHourlyUsd: env.THROTL_GPU_HOURLY_USD ?? null, gpuCount: env.THROTL_GPU_COUNT ?? null, refresh: env.THROTL_DEFAULT_REFRESH,
  };
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

export function stateOf(stored: StoredSettings, defaults: SettingsDefaults = settingsDefaults()): SettingsState {
  return { kind: "stored", stored, defaults, effective: effectiveSettings(stored, defaults) };
}

export async function readSettingsState(): Promise<SettingsState> {
  const defaults = settingsDefaults();
  const fallback = effectiveSettings(null, defaults);
  if (!databaseConfigured()) return { kind: "not_configured", message: NOT_CONFIGURED_MESSAGE, defaults, effective: fallback };
  try {
    return stateOf(await withTimeout(getSettings(getDb()), READ_TIMEOUT_MS), defaults);
  } catch (e) {
    const cause = e instanceof Error ? (e.message.trim().split("\n").at(-1) ?? e.name) : String(e);
    return { kind: "unavailable", message: `The settings database is unreachable (${cause}); the environment's values apply until it answers.`, defaults, effective: fallback };
  }
}
