"use client";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { LiveRow } from "../../data/load/run-display.ts";

interface Series {
  readonly key: keyof LiveRow;
  readonly label: string;
}

const COLORS = ["var(--series-1)", "var(--series-2)"];

/** A small line chart of per-second values since the start of the run; only draws. */
export function LiveChart({ id, title, rows, series }: { id: string; title: string; rows: readonly LiveRow[]; series: readonly Series[] }) {
  return (
    <section className="rounded-lg border border-line bg-panel p-3" data-chart={id}>
      <h3 className="mb-1 text-sm font-semibold">{title}</h3>
      <div className="h-40">
        {rows.length < 2 ? (
          <p className="flex h-full items-center justify-center text-sm text-muted">Waiting for the first seconds…</p>
        ) : (
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={[...rows]} margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
              <CartesianGrid stroke="var(--line)" strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="t" type="number" domain={["dataMin", "dataMax"]} tickFormatter={(t: number) => `${t}s`} stroke="var(--muted)" fontSize={11} />
              <YAxis width={48} stroke="var(--muted)" fontSize={11} />
              <Tooltip labelFormatter={(t) => `${t} s`} contentStyle={{ background: "var(--panel)", border: "1px solid var(--line)", fontSize: 12 }} />
              <Legend wrapperStyle={{ fontSize: 11 }} />
              {series.map((s, i) => (
                <Line key={s.key} dataKey={s.key} name={s.label} stroke={COLORS[i % COLORS.length]} dot={false} isAnimationActive={false} connectNulls={false} strokeWidth={1.5} />
              ))}
            </LineChart>
          </ResponsiveContainer>
        )}
      </div>
    </section>
  );
}
