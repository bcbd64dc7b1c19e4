// Numbers with units for tiles, tooltips and axes. Deterministic (no locale), so server and browser
// render the same text. A missing value is "—", never "0".
import type { Unit } from "@throtl/signals";

export interface Formatted {
  readonly text: string;
  /** Unit suffix, "" when the text already carries it or there is no value. */
  readonly unit: string;
}

export const NO_VALUE: Formatted = { text: "—", unit: "" };

/** `digits` significant digits, no exponent, trailing zeros dropped: 1234.5 → "1235", 0.01234 → "0.0123". */
export function significant(v: number, digits = 3): string {
  if (v === 0) return "0";
  const magnitude = Math.floor(Math.log10(Math.abs(v)));
  const decimals = Math.max(0, digits - 1 - magnitude);
  const text = v.toFixed(Math.min(decimals, 20));
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}

const SI: readonly [number, string][] = [[1e9, "G"], [1e6, "M"], [1e3, "k"]];

/** 12_345 → "12.3k": for rates and counts that span orders of magnitude. */
export function compact(v: number, digits = 3): string {
  for (const [size, prefix] of SI) if (Math.abs(v) >= size) return `${significant(v / size, digits)}${prefix}`;
  return significant(v, digits);
}

function seconds(v: number): Formatted {
  const a = Math.abs(v);
  if (a === 0) return { text: "0", unit: "ms" };
  if (a < 1e-3) return { text: significant(v * 1e6), unit: "µs" };
  if (a < 1) return { text: significant(v * 1e3), unit: "ms" };
  if (a < 120) return { text: significant(v), unit: "s" };
  return { text: significant(v / 60), unit: "min" };
}

function bytes(v: number): Formatted {
  const units: readonly [number, string][] = [[2 ** 40, "TiB"], [2 ** 30, "GiB"], [2 ** 20, "MiB"], [2 ** 10, "KiB"]];
  for (const [size, unit] of units) if (Math.abs(v) >= size) return { text: significant(v / size), unit };
  return { text: significant(v), unit: "B" };
}

export function formatValue(value: number | null | undefined, unit: Unit): Formatted {
  if (value === null || value === undefined || Number.isNaN(value)) return NO_VALUE;
  if (!Number.isFinite(value)) return { text: value > 0 ? "∞" : "−∞", unit: "" };
  switch (unit) {
    case "ratio": return { text: significant(value * 100), unit: "%" };
    case "seconds": return seconds(value);
    case "bytes": return bytes(value);
    case "req/s": return { text: compact(value), unit: "req/s" };
    case "tok/s": return { text: compact(value), unit: "tok/s" };
    case "1/s": return { text: compact(value), unit: "/s" };
    case "count": return { text: Number.isInteger(value) ? compact(value, 4) : significant(value), unit: "" };
    case "tokens": return { text: compact(value), unit: "tok" };
    case "watts": return Math.abs(value) >= 1e4 ? { text: significant(value / 1e3), unit: "kW" } : { text: significant(value), unit: "W" };
    case "celsius": return { text: significant(value), unit: "°C" };
    case "J/token": return Math.abs(value) < 0.1 ? { text: significant(value * 1e3), unit: "mJ/tok" } : { text: significant(value), unit: "J/tok" };
    case "USD/1k tokens": return { text: `$${significant(value)}`, unit: "/1K tok" };
  }
}

/** One string, e.g. "123 ms", "45.2%", "—". */
export function formatText(value: number | null | undefined, unit: Unit): string {
  const f = formatValue(value, unit);
  if (f.unit === "") return f.text;
  return f.unit === "%" ? `${f.text}%` : `${f.text} ${f.unit}`;
}
