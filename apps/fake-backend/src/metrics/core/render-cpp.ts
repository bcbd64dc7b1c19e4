import type { Family } from "./family.ts";
import { escapeHelp, sortedLabelText } from "./labels.ts";
import { HistogramSeries, SummarySeries, scalarValue } from "./series.ts";
import { cppDouble as fmt } from "../format/cpp-float.ts";

const KIND_ORDER = ["counter", "gauge", "histogram", "summary"] as const;

/**
 * prometheus-cpp as Triton uses it: counters, gauges, histograms, summaries (each in registration
 * order), empty families skipped, labels sorted (std::map) with `le`/`quantile` last, `_count`/`_sum` first.
 */
export function renderCpp(families: readonly Family[]): string {
  const out: string[] = [];
  for (const kind of KIND_ORDER) {
    for (const f of families) {
      if (f.kind !== kind || f.series.length === 0) continue;
      if (f.help) out.push(`# HELP ${f.name} ${escapeHelp(f.help)}\n`);
      out.push(`# TYPE ${f.name} ${f.kind}\n`);
      for (const s of f.series) {
        const labels = sortedLabelText(f.labelNames, s.labels);
        if (s instanceof HistogramSeries) histogramLines(out, f.name, s, labels);
        else if (s instanceof SummarySeries) summaryLines(out, f.name, s, labels);
        else out.push(`${f.name}${labels} ${fmt(scalarValue(s))}\n`);
      }
    }
  }
  return out.join("");
}

function histogramLines(out: string[], name: string, s: HistogramSeries, labels: string): void {
  out.push(`${name}_count${labels} ${s.count}\n${name}_sum${labels} ${fmt(s.sum)}\n`);
  let acc = 0;
  for (let i = 0; i < s.bounds.length; i++) {
    acc += s.counts[i]!;
    out.push(`${name}_bucket${appendLast(labels, "le", fmt(s.bounds[i]!))} ${acc}\n`);
  }
  out.push(`${name}_bucket${appendLast(labels, "le", "+Inf")} ${s.count}\n`);
}

function summaryLines(out: string[], name: string, s: SummarySeries, labels: string): void {
  out.push(`${name}_count${labels} ${s.count}\n${name}_sum${labels} ${fmt(s.sum)}\n`);
  const values = s.quantileValues();
  s.quantiles.forEach((q, i) => out.push(`${name}${appendLast(labels, "quantile", fmt(q))} ${fmt(values[i]!)}\n`));
}

function appendLast(labels: string, name: string, value: string): string {
  return labels ? `${labels.slice(0, -1)},${name}="${value}"}` : `{${name}="${value}"}`;
}
