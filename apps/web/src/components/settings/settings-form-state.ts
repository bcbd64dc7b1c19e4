// What the settings form shows after a submit; plain data, shared by the action and the form.
import type { FieldErrors, FormValues } from "../../data/settings-form.ts";

export interface SettingsFormState {
  readonly status: "idle" | "saved" | "invalid" | "error";
  /** The inputs' contents: stored values, or what was typed when it was refused. */
  readonly values: FormValues;
  readonly errors: FieldErrors;
  readonly message?: string;
}
