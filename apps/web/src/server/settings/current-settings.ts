// The effective settings for the overview, read at most every few seconds: auto-refresh at 5 s from
// several tabs should not mean a database round-trip each, and a save here forgets the copy at once.
import { type SettingsInput, saveSettings, type StoredSettings } from "@throtl/db";
import type { EffectiveSettings } from "../../data/settings.ts";
import { getDb } from "../db/db.ts";
import { readSettingsState, type SettingsState, stateOf } from "./settings-state.ts";

const FRESH_MS = 5_000;

interface Cached {
  readonly atMs: number;
  readonly state: SettingsState;
  /** The last stored values read, kept through an outage so thresholds do not jump back to the environment's. */
  readonly lastStored: StoredSettings | null;
}

const holder = globalThis as typeof globalThis & { __throtlSettings?: Cached };

export interface CurrentSettings {
  readonly effective: EffectiveSettings;
  /** Set when the stored settings could not be read: shown as a notice on the overview. */
  readonly notice?: string;
}

export async function currentSettings(nowMs = Date.now()): Promise<CurrentSettings> {
  let cached = holder.__throtlSettings;
  if (!cached || nowMs - cached.atMs > FRESH_MS) {
    const state = await readSettingsState();
    cached = { atMs: nowMs, state, lastStored: state.kind === "stored" ? state.stored : (cached?.lastStored ?? null) };
    holder.__throtlSettings = cached;
  }
  const { state, lastStored } = cached;
  if (state.kind !== "unavailable") return { effective: state.effective };
  const effective = lastStored ? stateOf(lastStored, state.defaults).effective : state.effective;
  return { effective, notice: `${state.message.replace(/; the environment's values apply.*$/, "")}; using the ${lastStored ? "last settings read" : "environment's settings"}.` };
}

/** Validates and stores (InvalidInputError names the fields); the overview sees the new values next load. */
export async function storeSettings(input: unknown): Promise<SettingsState> {
  const stored = await saveSettings(getDb(), input as SettingsInput); // validated there, whatever its shape
  const state = stateOf(stored);
  holder.__throtlSettings = { atMs: Date.now(), state, lastStored: stored };
  return state;
}
