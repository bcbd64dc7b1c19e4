"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatText } from "../../data/format.ts";
import type { OverlayChart as OverlayChartView } from "../../data/snapshots/overlay-series.ts";

/** Bars per bucket (share of observations) or per quantile (seconds); base and candidate side by side. */
export function OverlayChart({ chart, baseLabel, candidateLabel }: { chart: OverlayChartView; baseLabel: string; candidateLabel: string | null }) {
  const unit = chart.kind === "histogram" ? "ratio" : "seconds";
  const fmt = (v: unknown) => formatText(typeof v === "number" ? v : null, unit);
  return (
    <section className="rounded-lg border border-line bg-panel p-3" data-overlay={chart.id}>
      <h3 className="mb-1 text-sm font-semibold">{chart.title}</h3>
      {chart.rows.length === 0 ? (
        <p className="flex h-44 items-center justify-center text-sm text-muted">No observations in the window</p>
      ) : (
        <div className="h-44">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={[...chart.rows]} margin={{ top: 4, right: 8, bottom: 0, left: 0 }} barGap={1}>
              <CartesianGrid stroke="var(--line)" strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" stroke="var(--muted)" fontSize={10} interval="preserveStartEnd" minTickGap={8} />
              <YAxis width={60} tickFormatter={fmt} stroke="var(--muted)" fontSize={11} />
              <Tooltip formatter={fmt} contentStyle={{ background: "var(--panel)", border: "1px solid var(--line)", fontSize: 12 }} cursor={{ fill: "var(--line)", opacity: 0.3 }} />
              {candidateLabel !== null && <Legend wrapperStyle={{ fontSize: 11 }} />}
              <Bar dataKey="base" name={baseLabel} fill="var(--series-1)" isAnimationActive={false} />
              {candidateLabel !== null && <Bar dataKey="candidate" name={candidateLabel} fill="var(--series-2)" isAnimationActive={false} />}
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
      {chart.notes.length > 0 && <p className="mt-1 text-[11px] text-muted">{chart.notes.join(" · ")}</p>}
    </section>
  );
}
