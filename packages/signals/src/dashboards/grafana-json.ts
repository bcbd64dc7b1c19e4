// DashboardSpec → Grafana dashboard JSON (schema 39, Grafana 10.4–11): `"id": null` and a stable uid so
// provisioning updates in place; every panel and query reads the `$datasource` variable.
import type { DashboardSpec, PanelSpec } from "./model.ts";
import type { TargetSpec } from "./targets.ts";
import { DATASOURCE_REF, templating } from "./variables.ts";

const ROW_HEIGHT = 1;
const PANEL_HEIGHT = 8;

/** The dashboard as Grafana stores it; panel ids and grid positions follow the spec's order. */
export function dashboardJson(spec: DashboardSpec): Record<string, unknown> {
  const panels: unknown[] = [];
  let id = 1;
  let y = 0;
  for (const row of spec.rows) {
    panels.push({ type: "row", id: id++, title: row.title, collapsed: false, gridPos: { x: 0, y, w: 24, h: ROW_HEIGHT }, panels: [] });
    y += ROW_HEIGHT;
    let x = 0;
    for (const p of row.panels) {
      const w = p.width ?? 12;
      if (x + w > 24) [x, y] = [0, y + PANEL_HEIGHT];
      panels.push(panelJson(p, id++, { x, y, w, h: PANEL_HEIGHT }));
      x += w;
    }
    y += PANEL_HEIGHT;
  }
  return {
    id: null,
    uid: spec.uid,
    title: spec.title,
    description: spec.description,
    tags: [...spec.tags],
    editable: true,
    graphTooltip: 1,
    liveNow: false,
    refresh: "10s",
    schemaVersion: 39,
    version: 1,
    time: { from: "now-1h", to: "now" },
    timepicker: {},
    timezone: "browser",
    fiscalYearStartMonth: 0,
    weekStart: "",
    annotations: { list: [] },
    links: [{ title: "Throtl dashboards", type: "dashboards", tags: ["throtl"], asDropdown: true, includeVars: true, keepTime: true }],
    templating: { list: templating() },
    panels,
  };
}

function targetJson(t: TargetSpec): Record<string, unknown> {
  return {
    refId: t.refId, datasource: DATASOURCE_REF, editorMode: "code", expr: t.expr, legendFormat: t.legend,
    format: t.format, range: !t.instant, instant: t.instant,
  };
}

function panelJson(p: PanelSpec, id: number, gridPos: { x: number; y: number; w: number; h: number }): Record<string, unknown> {
  const base = { id, type: p.type, title: p.title, description: p.description, gridPos, datasource: DATASOURCE_REF, targets: p.targets.map(targetJson) };
  if (p.type === "heatmap") {
    return {
      ...base,
      options: {
        calculate: false, cellGap: 1, color: { mode: "scheme", scheme: "Oranges", steps: 64, exponent: 0.5, fill: "dark-orange", reverse: false },
        yAxis: { axisPlacement: "left", unit: p.unit }, rowsFrame: { layout: "le" }, showValue: "never",
        tooltip: { mode: "single", yHistogram: true, showColorScale: false }, legend: { show: true }, exemplars: { color: "rgba(255,0,255,0.7)" },
        cellValues: { unit: "reqps" }, filterValues: { le: 1e-9 },
      },
      fieldConfig: { defaults: { custom: { scaleDistribution: { type: "linear" }, hideFrom: { legend: false, tooltip: false, viz: false } } }, overrides: [] },
    };
  }
  if (p.type === "table") {
    return {
      ...base,
      options: { showHeader: true, cellHeight: "sm", footer: { show: false, reducer: ["sum"], fields: "" } },
      fieldConfig: { defaults: { unit: p.unit, custom: { align: "auto", cellOptions: { type: "auto" } } }, overrides: columnOverrides(p) },
      transformations: [
        { id: "merge", options: {} },
        { id: "organize", options: { excludeByName: { Time: true }, renameByName: Object.fromEntries(Object.entries(p.columns ?? {}).map(([ref, c]) => [`Value #${ref}`, c.header])) } },
      ],
    };
  }
  return {
    ...base,
    options: { legend: { displayMode: "list", placement: "bottom", showLegend: true }, tooltip: { mode: "multi", sort: "desc" } },
    fieldConfig: {
      defaults: {
        unit: p.unit,
        ...(p.min !== undefined ? { min: p.min } : {}),
        ...(p.max !== undefined ? { max: p.max } : {}),
        custom: {
          drawStyle: "line", lineInterpolation: "linear", lineWidth: 1, fillOpacity: 10, gradientMode: "none", showPoints: "never",
          spanNulls: false, axisPlacement: "auto", axisSoftMin: 0, stacking: { mode: "none", group: "A" },
          thresholdsStyle: { mode: p.thresholds?.length ? "dashed" : "off" },
        },
        thresholds: {
          mode: "absolute",
          steps: [{ color: "green", value: null }, ...(p.thresholds ?? []).map((t) => ({ color: t.color, value: t.value }))],
        },
      },
      overrides: (p.rightAxis?.refIds ?? []).map((ref) => ({
        matcher: { id: "byFrameRefID", options: ref },
        properties: [
          { id: "custom.axisPlacement", value: "right" },
          { id: "unit", value: p.rightAxis!.unit },
          { id: "custom.axisLabel", value: p.rightAxis!.label },
          { id: "custom.lineStyle", value: { fill: "dash", dash: [10, 10] } },
          { id: "custom.fillOpacity", value: 0 },
        ],
      })),
    },
  };
}

/** Each table column keeps the unit of its own query. */
function columnOverrides(p: PanelSpec): unknown[] {
  return Object.values(p.columns ?? {}).map((c) => ({ matcher: { id: "byName", options: c.header }, properties: [{ id: "unit", value: c.unit }] }));
}
