// The one place a Prometheus sample value string becomes a number.
//
// Prometheus sends values as JSON strings because JSON has no NaN or ±Inf (util/jsonutil MarshalFloat:
// "NaN", "+Inf", "-Inf", otherwise Go 'f' formatting, switching to 'e' below 1e-6 and from 1e21 on).
// `parseFloat` is too lenient ("12abc" → 12) and `Number` maps "" and " " to 0, which would turn a
// broken response into a plausible-looking zero on a chart; so the accepted forms are spelled out.
import { PromBadResponseError } from "./errors.ts";

// Decimal with optional fraction and exponent: "1", "-1.5", ".5", "3.", "3e-07", "3.0000000000000003e+30".
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Parses a sample value as Prometheus writes it. Absent (`null`/`undefined`) stays absent as `null`,
 * so a gap is never confused with a zero. Anything else that is not a float string throws
 * `PromBadResponseError` naming `field`.
 */
export function parseSampleValue(raw: string, field?: string): number;
export function parseSampleValue(raw: string | null | undefined, field?: string): number | null;
export function parseSampleValue(raw: string | null | undefined, field = "sample value"): number | null {
  if (raw === null || raw === undefined) return null;
  switch (raw) {
    case "NaN":
      return Number.NaN;
    // Go's strconv also reads a bare "Inf"; Prometheus writes the signed forms, but a proxy or an
    // older exporter passing values through may not.
    case "+Inf":
    case "Inf":
      return Number.POSITIVE_INFINITY;
    case "-Inf":
      return Number.NEGATIVE_INFINITY;
  }
  if (typeof raw !== "string" || !DECIMAL.test(raw)) {
    throw new PromBadResponseError({ field, detail: `not a sample value: ${JSON.stringify(raw)}` });
  }
  return Number(raw);
}
