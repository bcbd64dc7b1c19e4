import { describe, expect, it } from "vitest";
import { parseTimestamp, type Instant } from "./timestamp.ts";

const parse = (s: string): Instant | undefined => {
  const out = { sec: 0, frac: 0 };
  return parseTimestamp(s, out) ? out : undefined;
};

describe("parseTimestamp", () => {
  it("reads the Azure 2023 form with 7 fractional digits as UTC, keeping the 100 ns digit", () => {
    const t = parse("2023-11-16 18:17:03.9799601")!;
    expect(t.sec).toBe(Date.UTC(2023, 10, 16, 18, 17, 3) / 1000);
    expect(t.frac).toBeCloseTo(0.9799601, 12);
  });

  it("applies the UTC offset of the Azure 2024 form, whatever the precision", () => {
    expect(parse("2024-05-10 00:00:00.00993+00:00")).toEqual({ sec: Date.UTC(2024, 4, 10) / 1000, frac: 0.00993 });
    expect(parse("2024-05-10 02:00:01+02:00")).toEqual({ sec: Date.UTC(2024, 4, 10, 0, 0, 1) / 1000, frac: 0 });
    expect(parse("2024-05-10T00:00:00.5Z")).toEqual({ sec: Date.UTC(2024, 4, 10) / 1000, frac: 0.5 });
  });

  it.each(["2023-11-16", "2023-13-01 00:00:00", "2023-02-30 00:00:00", "2023-11-16 24:00:00", "2023-11-16 18:17:03.", "x2023-11-16 18:17:03"])(
    "refuses %j", (s) => expect(parse(s)).toBeUndefined());
});
