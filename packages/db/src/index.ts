// @throtl/db: snapshot and comparison storage in Postgres (Prisma 6, pg driver adapter). Exposes
// domain types from @throtl/compare only; Prisma stays inside.
export { createDb, type Db, type DbOptions } from "./client.ts";
export { DatabaseConfigError, parseDatabaseUrl } from "./env.ts";
export { InvalidInputError, NotFoundError, type Entity, type InputIssue } from "./errors.ts";
export { createSnapshot, deleteSnapshot, getSnapshot } from "./snapshots/snapshot-queries.ts";
export { listSnapshots, MAX_PAGE_SIZE, type Page, type SnapshotListQuery } from "./snapshots/list-snapshots.ts";
export { attachLoadRun } from "./snapshots/attach-load-run.ts";
export { createComparison, deleteComparison, getComparison, type ComparisonInput, type StoredComparison } from "./comparisons.ts";
export { importComparison, importSnapshot } from "./import-files.ts";
export { ImportError } from "@throtl/compare";
export { getSettings, NOTHING_STORED, saveSettings } from "./settings/settings-queries.ts";
export {
  SETTINGS_KEYS, SETTINGS_LIMITS, SETTINGS_REFRESH_IDS, settingsInputSchema,
  type NumericSettingKey, type SettingsInput, type SettingsRefreshId, type SettingsValues, type StoredSettings,
} from "./settings/settings-schema.ts";
