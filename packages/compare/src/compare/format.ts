// Numbers in confidence statements and config lines: three significant digits, readable units.
import type { Unit } from "@throtl/signals";

export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return "0";
  const abs = Math.abs(x);
  if (abs >= 1000) return Math.round(x).toLocaleString("en-US");
  return String(Number(x.toPrecision(3)));
}

const signed = (s: string, x: number) => (x > 0 ? `+${s}` : s);

/** A value or a change in its unit: seconds under 1 s as ms, ratios as %, bytes as GB. */
export function formatQuantity(x: number, unit: Unit, change = false): string {
  let text: string;
  if (unit === "seconds" && Math.abs(x) < 1) text = `${formatNumber(x * 1000)} ms`;
  else if (unit === "seconds") text = `${formatNumber(x)} s`;
  else if (unit === "ratio") text = change ? `${formatNumber(x * 100)} pp` : `${formatNumber(x * 100)} %`;
  else if (unit === "bytes") text = `${formatNumber(x / 1e9)} GB`;
  else text = `${formatNumber(x)} ${unit}`;
  return change ? signed(text, x) : text;
}

export function formatPercent(fraction: number): string {
  return signed(`${formatNumber(fraction * 100)} %`, fraction);
}
