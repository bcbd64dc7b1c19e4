import { CounterSeries, GaugeSeries, HistogramSeries, SummarySeries, type AnySeries } from "./series.ts";

export type MetricKind = "counter" | "gauge" | "histogram" | "summary";

interface FamilyBase<K extends MetricKind, S extends AnySeries> {
  readonly kind: K;
  /**
   * The name as the client library holds it: for prometheus_client counters the base without `_total`
   * (the renderer appends it), everywhere else the exposed name.
   */
  readonly name: string;
  /** Absent: the backend prints no HELP line for this family. */
  readonly help: string | undefined;
  readonly labelNames: readonly string[];
  /** Series in creation order, which is the order the client libraries print them in. */
  readonly series: S[];
}

export type CounterFamily = FamilyBase<"counter", CounterSeries>;
export type GaugeFamily = FamilyBase<"gauge", GaugeSeries>;
export interface HistogramFamily extends FamilyBase<"histogram", HistogramSeries> { readonly bounds: readonly number[] }
export interface SummaryFamily extends FamilyBase<"summary", SummarySeries> { readonly quantiles: readonly number[] }
export type Family = CounterFamily | GaugeFamily | HistogramFamily | SummaryFamily;

/** Families in registration order, with typed constructors for their series. */
export class Registry {
  readonly families: Family[] = [];

  counter(name: string, help: string | undefined, labelNames: readonly string[]): CounterFamily {
    return this.add({ kind: "counter", name, help, labelNames, series: [] });
  }

  gauge(name: string, help: string | undefined, labelNames: readonly string[]): GaugeFamily {
    return this.add({ kind: "gauge", name, help, labelNames, series: [] });
  }

  histogram(name: string, help: string | undefined, labelNames: readonly string[], bounds: readonly number[]): HistogramFamily {
    return this.add({ kind: "histogram", name, help, labelNames, series: [], bounds });
  }

  summary(name: string, help: string | undefined, labelNames: readonly string[], quantiles: readonly number[]): SummaryFamily {
    return this.add({ kind: "summary", name, help, labelNames, series: [], quantiles });
  }

  private add<F extends Family>(f: F): F {
    this.families.push(f);
    return f;
  }
}

export function counterSeries(f: CounterFamily, labels: readonly string[], read?: () => number): CounterSeries {
  const s = new CounterSeries(checked(f, labels));
  s.read = read;
  f.series.push(s);
  return s;
}

export function gaugeSeries(f: GaugeFamily, labels: readonly string[], read?: () => number): GaugeSeries {
  const s = new GaugeSeries(checked(f, labels));
  s.read = read;
  f.series.push(s);
  return s;
}

export function histogramSeries(f: HistogramFamily, labels: readonly string[]): HistogramSeries {
  const s = new HistogramSeries(checked(f, labels), f.bounds);
  f.series.push(s);
  return s;
}

export function summarySeries(f: SummaryFamily, labels: readonly string[]): SummarySeries {
  const s = new SummarySeries(checked(f, labels), f.quantiles);
  f.series.push(s);
  return s;
}

function checked(f: Family, labels: readonly string[]): readonly string[] {
  if (labels.length !== f.labelNames.length) throw new Error(`${f.name}: ${f.labelNames.length} label values expected, got ${labels.length}`);
  return labels;
}
