import type { Family } from "./family.ts";
import { escapeHelp, sortedLabelText } from "./labels.ts";
import { HistogramSeries, SummarySeries, scalarValue, type AnySeries } from "./series.ts";
import { floatToGoString as fmt } from "../format/python-float.ts";

export interface PythonRenderOptions {
  /**
   * `generate_latest` on the default registry: every series exists from its creation, histogram lines
   * run buckets, `_count`, `_sum`, and counters/histograms get a `_created` gauge block when this is set.
   */
  readonly createdEpochSeconds?: number;
  /**
   * MultiProcessCollector (PROMETHEUS_MULTIPROC_DIR): only series written at least once exist, no
   * `_created`, and each histogram family prints its `_sum` lines first, then buckets and `_count`.
   */
  readonly multiprocess?: boolean;
}

/** prometheus_client text format 0.0.4: `_total` added to counters, labels sorted, floatToGoString values. */
export function renderPython(families: readonly Family[], opts: PythonRenderOptions = {}): string {
  const out: string[] = [];
  const mp = opts.multiprocess === true;
  for (const f of families) {
    const series: readonly AnySeries[] = mp ? f.series.filter((s) => s.touched) : f.series;
    if (mp && series.length === 0) continue;
    const exposed = f.kind === "counter" ? `${f.name}_total` : f.name;
    const help = escapeHelp(f.help ?? "");
    out.push(`# HELP ${exposed} ${help}\n# TYPE ${exposed} ${f.kind}\n`);
    if (mp) {
      for (const s of series) if (s instanceof HistogramSeries) out.push(`${f.name}_sum${sortedLabelText(f.labelNames, s.labels)} ${fmt(s.sum)}\n`);
    }
    for (const s of series) {
      if (s instanceof HistogramSeries) histogramLines(out, f.name, f.labelNames, s, !mp);
      else if (!(s instanceof SummarySeries)) out.push(`${exposed}${sortedLabelText(f.labelNames, s.labels)} ${fmt(scalarValue(s))}\n`);
    }
    if (opts.createdEpochSeconds !== undefined && !mp && (f.kind === "counter" || f.kind === "histogram")) {
      out.push(`# HELP ${f.name}_created ${help}\n# TYPE ${f.name}_created gauge\n`);
      const created = fmt(opts.createdEpochSeconds);
      for (const s of series) out.push(`${f.name}_created${sortedLabelText(f.labelNames, s.labels)} ${created}\n`);
    }
  }
  return out.join("");
}

function histogramLines(out: string[], name: string, labelNames: readonly string[], s: HistogramSeries, withSum: boolean): void {
  let acc = 0;
  for (let i = 0; i < s.bounds.length; i++) {
    acc += s.counts[i]!;
    out.push(`${name}_bucket${sortedLabelText(labelNames, s.labels, "le", fmt(s.bounds[i]!))} ${fmt(acc)}\n`);
  }
  out.push(`${name}_bucket${sortedLabelText(labelNames, s.labels, "le", "+Inf")} ${fmt(s.count)}\n`);
  out.push(`${name}_count${sortedLabelText(labelNames, s.labels)} ${fmt(s.count)}\n`);
  if (withSum) out.push(`${name}_sum${sortedLabelText(labelNames, s.labels)} ${fmt(s.sum)}\n`);
}
