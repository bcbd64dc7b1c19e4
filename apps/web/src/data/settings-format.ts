// One way to print a setting's value, for the form's fallbacks and the read-only view.
import type { SettingKey } from "./settings.ts";

export function formatSettingValue(key: SettingKey, value: number | string | null): string {
  if (value === null) return "not set";
  if (typeof value === "string") return value;
  switch (key) {
    case "ttftP95Seconds":
    case "itlP95Seconds":
      return value < 1 ? `${+(value * 1000).toPrecision(6)} ms` : `${+value.toPrecision(6)} s`;
    case "availability":
      return `${+(value * 100).toPrecision(7)} %`;
    case "gpuHourlyUsd":
      return `$${value.toFixed(2)}/h`;
    default:
      return String(value);
  }
}
