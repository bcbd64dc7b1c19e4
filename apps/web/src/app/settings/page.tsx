import { SETTINGS_LIMITS } from "@throtl/db";
import { SettingsScreen } from "../../components/settings/settings-screen.tsx";
import { SETTING_ENV } from "../../data/settings.ts";
import { effectiveText, formValues, settingsFields } from "../../data/settings-form.ts";
import { panelMetrics } from "../../server/panel-metrics.ts";
import { readSettingsState } from "../../server/settings/settings-state.ts";
import { saveSettingsAction } from "./actions.ts";

export const dynamic = "force-dynamic";

export default async function SettingsPage() {
  panelMetrics().requests.inc({ route: "/settings" });
  const state = await readSettingsState();
  return (
    <SettingsScreen
      kind={state.kind} {...(state.kind === "stored" ? {} : { message: state.message })}
      fields={settingsFields(SETTINGS_LIMITS, state.defaults)} effective={effectiveText(state.effective)} origins={state.effective.origins} env={SETTING_ENV}
      initial={{ status: "idle", values: formValues(state.kind === "stored" ? state.stored : null), errors: {} }} action={saveSettingsAction}
    />
  );
}
