"use server";
// The settings form's action: submitted strings → the shared schema (via storeSettings) → the form's
// next state. Bad values come back per field with what was typed, and nothing is written.
import { InvalidInputError } from "@throtl/db";
import { fieldErrors, formInput, formValues, type FormValues } from "../../data/settings-form.ts";
import type { SettingsFormState } from "../../components/settings/settings-form-state.ts";
import { isDatabaseUnavailable } from "../../server/db/http-errors.ts";
import { storeSettings } from "../../server/settings/current-settings.ts";

export async function saveSettingsAction(_previous: SettingsFormState, form: FormData): Promise<SettingsFormState> {
  const submitted = Object.fromEntries([...form.entries()].filter((e): e is [string, string] => typeof e[1] === "string"));
  const input = formInput(submitted);
  const typed = Object.fromEntries(Object.keys(input).map((k) => [k, submitted[k] ?? ""])) as FormValues;
  try {
    const state = await storeSettings(input);
    return { status: "saved", values: formValues(state.kind === "stored" ? state.stored : null), errors: {}, message: "Saved. The overview uses these values from its next refresh." };
  } catch (e) {
    if (e instanceof InvalidInputError) {
      const { fields, other } = fieldErrors(e.issues);
      return { status: "invalid", values: typed, errors: fields, message: ["Nothing was saved: fix the fields marked below.", ...other].join(" ") };
    }
    const unreachable = isDatabaseUnavailable(e);
    if (!unreachable) console.error("[throtl] saving settings failed", e);
    const cause = e instanceof Error ? e.message.trim().split("\n").at(-1) : String(e);
    return { status: "error", values: typed, errors: {}, message: `${unreachable ? "The database is unreachable" : "Saving failed"}; nothing was saved. (${cause})` };
  }
}
