import { describe, expect, it } from "vitest";
import { compact, formatText, formatValue, significant } from "./format.ts";

describe("formatValue", () => {
  it("shows no value as an em dash, never 0", () => {
    expect(formatValue(null, "req/s")).toEqual({ text: "—", unit: "" });
    expect(formatValue(undefined, "tok/s").text).toBe("—");
    expect(formatValue(Number.NaN, "seconds").text).toBe("—");
  });

  it("keeps a real zero as 0", () => {
    expect(formatText(0, "req/s")).toBe("0 req/s");
    expect(formatText(0, "ratio")).toBe("0%");
  });

  it("picks the latency unit by magnitude: µs, ms, s, min", () => {
    expect(formatText(0.0004, "seconds")).toBe("400 µs");
    expect(formatText(0.0189, "seconds")).toBe("18.9 ms");
    expect(formatText(2.48, "seconds")).toBe("2.48 s");
    expect(formatText(148, "seconds")).toBe("2.47 min");
  });

  it("shows ratios as percent and bytes in binary units", () => {
    expect(formatText(0.958, "ratio")).toBe("95.8%");
    expect(formatText(24.4 * 2 ** 30, "bytes")).toBe("24.4 GiB");
    expect(formatText(512, "bytes")).toBe("512 B");
  });

  it("abbreviates large rates with k and M", () => {
    expect(formatText(6550, "tok/s")).toBe("6.55k tok/s");
    expect(formatText(1_250_000, "tok/s")).toBe("1.25M tok/s");
    expect(formatText(0.99, "1/s")).toBe("0.99 /s");
  });

  it("formats energy, power, money and infinity", () => {
    expect(formatText(0.0421, "J/token")).toBe("42.1 mJ/tok");
    expect(formatText(0.506, "J/token")).toBe("0.506 J/tok");
    expect(formatText(640, "watts")).toBe("640 W");
    expect(formatText(12_800, "watts")).toBe("12.8 kW");
    expect(formatText(0.0123, "USD/1k tokens")).toBe("$0.0123 /1K tok");
    expect(formatValue(Number.POSITIVE_INFINITY, "seconds").text).toBe("∞");
  });

  it("shows whole counts whole and averaged counts with decimals", () => {
    expect(formatText(113, "count")).toBe("113");
    expect(formatText(7.25, "count")).toBe("7.25");
  });
});

describe("significant and compact", () => {
  it("round to three significant digits without exponents or trailing zeros", () => {
    expect(significant(1234.5)).toBe("1235");
    expect(significant(0.012345)).toBe("0.0123");
    expect(significant(2.5)).toBe("2.5");
    expect(significant(-0.5)).toBe("-0.5");
    expect(compact(999)).toBe("999");
    expect(compact(1000)).toBe("1k");
  });
});
