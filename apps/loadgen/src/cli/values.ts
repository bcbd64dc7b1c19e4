import { z } from "zod";
import { parseFraction, parseSeconds } from "../spec/duration.ts";

/** Flag values arrive as strings; each schema turns one into its value or a message naming the problem. */
const custom = <T>(parse: (s: string) => T | undefined, expected: string) => z.string().transform((s, ctx) => {
  const v = parse(s);
  if (v === undefined) {
    ctx.addIssue({ code: "custom", message: `expected ${expected}, got '${s}'` });
    return z.NEVER;
  }
  return v;
});

export const int = (min: number) => custom((s) => (/^\d+$/.test(s) && Number(s) >= min ? Number(s) : undefined), `an integer >= ${min}`);
export const positive = custom((s) => { const v = Number(s); return s.trim() !== "" && v > 0 && Number.isFinite(v) ? v : undefined; }, "a number > 0");
export const nonNegative = custom((s) => { const v = Number(s); return s.trim() !== "" && v >= 0 && Number.isFinite(v) ? v : undefined; }, "a number >= 0");
export const duration = custom((s) => { const v = parseSeconds(s); return v > 0 ? v : undefined; }, "a duration like 150ms, 2s or 1.5m");
export const fraction = custom((s) => { const v = parseFraction(s); return v >= 0 && v <= 1 ? v : undefined; }, "a rate like 0.1% or 0.001");
export const ratio = custom((s) => { const v = parseFraction(s); return v > 0 && v < 1 ? v : undefined; }, "a fraction like 5% or 0.05");
export const ramp = custom((s) => {
  const m = /^(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)$/.exec(s);
  return m && (Number(m[1]) > 0 || Number(m[2]) > 0) ? { from: Number(m[1]), to: Number(m[2]) } : undefined;
}, "FROM:TO in requests/s, e.g. 1:20");
export const traceStart = custom((s) => {
  if (/^\d+$/.test(s)) return { rows: Number(s) };
  const v = /s$|m$/.test(s) ? parseSeconds(s) : Number.NaN;
  return v >= 0 ? { seconds: v } : undefined;
}, "a row count (100) or seconds into the trace (30s)");
export const percentile = custom((s) => (["50", "90", "95", "99"].includes(s) ? (Number(s) as 50 | 90 | 95 | 99) : undefined), "50, 90, 95 or 99");
export const httpUrl = custom((s) => (/^https?:\/\/[^/\s]+/.test(s) && URL.canParse(s) ? s.replace(/\/+$/, "") : undefined), "an http(s) URL like http://127.0.0.1:8000");
export const oneOf = <T extends string>(values: readonly T[]) =>
  custom((s) => ((values as readonly string[]).includes(s) ? (s as T) : undefined), `one of ${values.join(", ")}`);
