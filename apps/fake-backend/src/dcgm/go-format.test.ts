import { describe, expect, it } from "vitest";
import { goFloat, goInt } from "./go-format.ts";

describe("Go fmt value formatting", () => {
  it.each([[8.969, "8.969000"], [70, "70.000000"], [0, "0.000000"], [0.0000079, "0.000008"], [123456.1234567, "123456.123457"], [-1.5, "-1.500000"]])(
    "prints %d with %%f as %s", (x, s) => expect(goFloat(x)).toBe(s));

  it("rounds exact ties to even like strconv, where toFixed rounds them up", () => {
    expect((1 / 128).toFixed(6)).toBe("0.007813");
    expect(goFloat(1 / 128)).toBe("0.007812");
    expect(goFloat(3 / 128)).toBe("0.023438");
    expect(goFloat(-1 / 128)).toBe("-0.007812");
  });

  it("prints int64 fields bare and refuses fractions", () => {
    expect(goInt(128996013)).toBe("128996013");
    expect(() => goInt(1.5)).toThrow(RangeError);
  });
});
