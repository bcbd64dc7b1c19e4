// The settings row: read and replace. One row (id 1); a missing row reads as nothing set.
import { prismaOf, type Db } from "../client.ts";
import { validate } from "../errors.ts";
import { SETTINGS_REFRESH_IDS, settingsInputSchema, type SettingsInput, type SettingsRefreshId, type StoredSettings } from "./settings-schema.ts";

const ROW_ID = 1;

export const NOTHING_STORED: StoredSettings = {
  ttftP95Seconds: null, itlP95Seconds: null, availability: null, gpuHourlyUsd: null, gpuCount: null, refresh: null, updatedAt: null,
};

type Row = Omit<StoredSettings, "refresh" | "updatedAt"> & { refresh: string | null; updatedAt: Date };

function fromRow({ ttftP95Seconds, itlP95Seconds, availability, gpuHourlyUsd, gpuCount, refresh, updatedAt }: Row): StoredSettings {
  // A value outside today's list (written by another version) reads as unset rather than failing the panel.
  const known = (SETTINGS_REFRESH_IDS as readonly string[]).includes(refresh ?? "") ? (refresh as SettingsRefreshId) : null;
  return { ttftP95Seconds, itlP95Seconds, availability, gpuHourlyUsd, gpuCount, refresh: known, updatedAt };
}

export async function getSettings(db: Db): Promise<StoredSettings> {
  const row = await prismaOf(db).settings.findUnique({ where: { id: ROW_ID } });
  return row ? fromRow(row) : NOTHING_STORED;
}

/** Validates, then replaces every field in one statement; InvalidInputError names each bad field. */
export async function saveSettings(db: Db, input: SettingsInput): Promise<StoredSettings> {
  const data = validate(settingsInputSchema, input, "settings");
  const row = await prismaOf(db).settings.upsert({ where: { id: ROW_ID }, create: { id: ROW_ID, ...data }, update: data });
  return fromRow(row);
}
