// The generator's own model of a dashboard: rows of panels whose targets know their flavors.
// grafana-json.ts turns it into Grafana's JSON; tests read this model for the claims.
import type { EngineFlavor, Unit } from "../types.ts";
import type { TargetSpec } from "./targets.ts";

export interface RightAxis {
  /** Targets drawn against the right axis (an overlay, e.g. batch size over throughput). */
  readonly refIds: readonly string[];
  readonly unit: string;
  readonly label: string;
}

export interface PanelSpec {
  readonly type: "timeseries" | "heatmap" | "table";
  readonly title: string;
  readonly description: string;
  /** A Grafana unit id ("s", "percentunit", "bytes", …). */
  readonly unit: string;
  readonly targets: readonly TargetSpec[];
  /** Grid width of 24 columns; default 12. */
  readonly width?: number;
  readonly rightAxis?: RightAxis;
  /** Table columns: refId → header and Grafana unit. */
  readonly columns?: Readonly<Record<string, { readonly header: string; readonly unit: string }>>;
  /** Fixed axis range (0–1 for ratios, 0–1 for a state). */
  readonly min?: number;
  readonly max?: number;
  /** Threshold lines with their reason, drawn dashed. */
  readonly thresholds?: readonly { readonly value: number; readonly color: "orange" | "red" }[];
}

export interface RowSpec {
  readonly title: string;
  readonly panels: readonly PanelSpec[];
}

export interface DashboardSpec {
  /** Stable: links and provisioning rely on it. */
  readonly uid: string;
  /** File name under grafana/dashboards/. */
  readonly file: string;
  readonly title: string;
  readonly description: string;
  readonly tags: readonly string[];
  /** The flavors the dashboard is for; each target claims a subset. */
  readonly flavors: readonly EngineFlavor[];
  readonly rows: readonly RowSpec[];
}

/** Catalog units as Grafana unit ids (custom ones as `suffix:`). */
export const GRAFANA_UNIT: Readonly<Record<Unit, string>> = {
  "req/s": "reqps",
  "tok/s": "suffix: tok/s",
  ratio: "percentunit",
  seconds: "s",
  count: "short",
  "1/s": "suffix: /s",
  bytes: "bytes",
  watts: "watt",
  celsius: "celsius",
  "J/token": "suffix: J/tok",
  "USD/1k tokens": "currencyUSD",
  tokens: "short",
};
