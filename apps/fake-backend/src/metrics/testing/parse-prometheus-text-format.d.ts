declare module "parse-prometheus-text-format" {
  export interface ParsedMetric {
    readonly labels?: Record<string, string>;
    readonly value?: string;
    readonly buckets?: Record<string, string>;
    readonly quantiles?: Record<string, string>;
    readonly count?: string;
    readonly sum?: string;
  }
  export interface ParsedFamily {
    readonly name: string;
    readonly help: string;
    readonly type: "COUNTER" | "GAUGE" | "HISTOGRAM" | "SUMMARY" | "UNTYPED";
    readonly metrics: readonly ParsedMetric[];
  }
  /** Throws InvalidLineError on a line that breaks the text format. */
  export default function parsePrometheusTextFormat(text: string): ParsedFamily[];
}
