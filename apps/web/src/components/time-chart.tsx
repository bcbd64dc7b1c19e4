"use client";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { type ChartView } from "../data/charts.ts";
import { timeTick, toChartRows } from "../data/chart-rows.ts";
import { formatText } from "../data/format.ts";

const COLORS = ["var(--series-1)", "var(--series-2)", "var(--series-3)", "var(--series-4)"];

const EMPTY: Record<Exclude<ChartView["status"], "ok">, string> = {
  "no-data": "No data in this range",
  unsupported: "Not exported by this backend",
  error: "Query failed",
};

/** Renders a chart view; all shaping happened in the view mapper. */
export function TimeChart({ chart, stepMs }: { chart: ChartView; stepMs: number }) {
  const rows = toChartRows(chart.timestamps, chart.series);
  return (
    <section className="rounded-lg border border-line bg-panel p-3" data-chart={chart.id} data-status={chart.status}>
      <h3 className="mb-1 text-sm font-semibold">{chart.title}</h3>
      {chart.status === "ok" ? (
        <div className="h-48">
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={rows} margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
              <CartesianGrid stroke="var(--line)" strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="t" type="number" scale="time" domain={["dataMin", "dataMax"]} tickFormatter={(t: number) => timeTick(t, stepMs)} stroke="var(--muted)" fontSize={11} minTickGap={40} />
              <YAxis width={76} tickFormatter={(v: number) => formatText(v, chart.unit)} stroke="var(--muted)" fontSize={11} />
              <Tooltip labelFormatter={(t) => new Date(Number(t)).toLocaleTimeString()} formatter={(v) => formatText(typeof v === "number" ? v : null, chart.unit)}
                contentStyle={{ background: "var(--panel)", border: "1px solid var(--line)", fontSize: 12 }} />
              {chart.series.length > 1 && <Legend wrapperStyle={{ fontSize: 11 }} />}
              {chart.series.map((s, i) => (
                <Line key={s.key} dataKey={s.key} name={s.label} stroke={COLORS[i % COLORS.length]} dot={false} isAnimationActive={false} connectNulls={false} strokeWidth={1.5} />
              ))}
            </LineChart>
          </ResponsiveContainer>
        </div>
      ) : (
        <p className="flex h-48 items-center justify-center text-sm text-muted">{EMPTY[chart.status]}</p>
      )}
      {chart.notes.length > 0 && <p className="mt-1 truncate text-[11px] text-muted" title={chart.notes.join("\n")}>Note: {chart.notes.join(" · ")}</p>}
    </section>
  );
}
