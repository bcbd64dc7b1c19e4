// The panel's settings as data: one zod schema that the query functions, the panel's API and its
// form all validate with. Free of Prisma and of web imports, so both sides can use it.
import { z } from "zod";

/** The overview's auto-refresh choices; apps/web's url-state-schema.ts lists the same (a test checks). */
export const SETTINGS_REFRESH_IDS = ["off", "5s", "15s", "30s", "1m"] as const;
export type SettingsRefreshId = (typeof SETTINGS_REFRESH_IDS)[number];

export type NumericSettingKey = "ttftP95Seconds" | "itlP95Seconds" | "availability" | "gpuHourlyUsd" | "gpuCount";

/**
 * Accepted ranges, inclusive. Why these bounds: a TTFT target beyond 10 min or an ITL target beyond
 * 1 min is a typo, not an SLO; availability below 90 % budgets more errors than any rule reads as
 * healthy, above 99.999 % no request rate in a window could show it; 1024 GPUs bounds a typo's cost.
 */
export const SETTINGS_LIMITS: Readonly<Record<NumericSettingKey, { readonly min: number; readonly max: number; readonly integer?: boolean }>> = {
  ttftP95Seconds: { min: 0.001, max: 600 },
  itlP95Seconds: { min: 0.001, max: 60 },
  availability: { min: 0.9, max: 0.99999 },
  gpuHourlyUsd: { min: 0, max: 10_000 },
  gpuCount: { min: 1, max: 1024, integer: true },
};

function bounded(key: NumericSettingKey) {
  const { min, max, integer } = SETTINGS_LIMITS[key];
  const range = `must be between ${min} and ${max}`;
  const n = z.number({ error: "must be a number" }).min(min, { error: range }).max(max, { error: range });
  return (integer ? n.int({ error: "must be a whole number" }) : n).nullish().transform((v) => v ?? null);
}

/**
 * What a save writes. Every field is optional: absent or null means "not set here", and the panel's
 * environment default applies. A save replaces all fields (the form always sends them all).
 */
export const settingsInputSchema = z.strictObject({
  ttftP95Seconds: bounded("ttftP95Seconds"),
  itlP95Seconds: bounded("itlP95Seconds"),
  availability: bounded("availability"),
  gpuHourlyUsd: bounded("gpuHourlyUsd"),
  gpuCount: bounded("gpuCount"),
  refresh: z.enum(SETTINGS_REFRESH_IDS, { error: `must be one of ${SETTINGS_REFRESH_IDS.join(", ")}` }).nullish().transform((v) => v ?? null),
});

export type SettingsInput = z.input<typeof settingsInputSchema>;
export type SettingsValues = z.output<typeof settingsInputSchema>;

export interface StoredSettings extends SettingsValues {
  /** When they were last saved; null: never (every field null). */
  readonly updatedAt: Date | null;
}

export const SETTINGS_KEYS = Object.keys(settingsInputSchema.shape) as (keyof SettingsValues)[];
