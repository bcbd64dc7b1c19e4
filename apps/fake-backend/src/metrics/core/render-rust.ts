import type { Family } from "./family.ts";
import { escapeHelp, labelText } from "./labels.ts";
import { HistogramSeries, SummarySeries, scalarValue, type AnySeries } from "./series.ts";
import { rustFloat as fmt } from "../format/rust-float.ts";

/**
 * metrics-exporter-prometheus 0.15 (TGI): only recorded series exist; families in the given order (the
 * exporter's is a HashMap's), a blank line after each; labels as recorded, `le`/`quantile` last.
 */
export function renderRust(families: readonly Family[]): string {
  const out: string[] = [];
  for (const f of families) {
    const series: readonly AnySeries[] = f.series.filter((s) => s.touched);
    if (series.length === 0) continue;
    if (f.help) out.push(`# HELP ${f.name} ${escapeHelp(f.help)}\n`);
    out.push(`# TYPE ${f.name} ${f.kind}\n`);
    for (const s of series) {
      const labels = labelText(f.labelNames, s.labels);
      if (s instanceof HistogramSeries) {
        let acc = 0;
        for (let i = 0; i < s.bounds.length; i++) {
          acc += s.counts[i]!;
          out.push(`${f.name}_bucket${labelText(f.labelNames, s.labels, "le", fmt(s.bounds[i]!))} ${acc}\n`);
        }
        out.push(`${f.name}_bucket${labelText(f.labelNames, s.labels, "le", "+Inf")} ${s.count}\n`);
        out.push(`${f.name}_sum${labels} ${fmt(s.sum)}\n${f.name}_count${labels} ${s.count}\n`);
      } else if (s instanceof SummarySeries) {
        const values = s.quantileValues();
        s.quantiles.forEach((q, i) => out.push(`${f.name}${labelText(f.labelNames, s.labels, "quantile", fmt(q))} ${fmt(values[i]!)}\n`));
        out.push(`${f.name}_sum${labels} ${fmt(s.sum)}\n${f.name}_count${labels} ${s.count}\n`);
      } else {
        out.push(`${f.name}${labels} ${fmt(scalarValue(s))}\n`);
      }
    }
    out.push("\n");
  }
  return out.join("");
}
