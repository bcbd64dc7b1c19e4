import { describe, expect, it } from "vitest";
import { brailleChart } from "./braille.ts";

const dots = (lines: string[]) => lines.map((l) => [...l].map((c) => (c.charCodeAt(0) - 0x2800).toString(16).padStart(2, "0")).join(" "));

describe("brailleChart", () => {
  it("draws an empty series as blank cells of the requested size", () => {
    const out = brailleChart([], { width: 3, height: 2 });
    expect(out).toEqual(["\u2800\u2800\u2800", "\u2800\u2800\u2800"]);
  });

  it("puts the minimum on the bottom dot row and the maximum on the top one", () => {
    // Two values in one cell: left column bottom dot rows 0-1 (0x40 0x04), right column 2-3 (0x10 0x08), joined halfway.
    expect(dots(brailleChart([0, 1], { width: 1, height: 1 }))).toEqual(["5c"]);
    expect(dots(brailleChart([1, 1], { width: 1, height: 1, min: 0 }))).toEqual(["09"]);
  });

  it("joins a step across cell rows so the line has no holes", () => {
    const out = brailleChart([0, 0, 10, 10], { width: 2, height: 2 });
    // Every dot row of the step (8 rows) is lit in column 1 or 2.
    const lit = new Set<number>();
    out.forEach((line, cellRow) => [...line].forEach((ch, cell) => {
      const b = ch.charCodeAt(0) - 0x2800;
      [[0x08, 0x10, 0x20, 0x80], [0x01, 0x02, 0x04, 0x40]].forEach((col, c) => col.forEach((bit, r) => {
        const x = cell * 2 + (c === 0 ? 1 : 0);
        if (b & bit && (x === 1 || x === 2)) lit.add(cellRow * 4 + r);
      }));
    }));
    expect([...lit].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it("right-aligns a short series and keeps only the last 2 × width values", () => {
    expect(dots(brailleChart([5], { width: 2, height: 1 }))).toEqual(["00 08"]);
    expect(brailleChart([9, 9, 9, 0, 0, 0, 0], { width: 2, height: 1 })).toEqual(brailleChart([9, 0, 0, 0, 0], { width: 2, height: 1, max: 9 }).map((l) => l));
  });

  it("leaves NaN as a gap rather than a zero", () => {
    expect(dots(brailleChart([1, Number.NaN], { width: 1, height: 1, min: 0 }))).toEqual(["01"]);
  });

  it("clamps values outside a fixed min/max to the edges", () => {
    expect(dots(brailleChart([-5, 50], { width: 1, height: 1, min: 0, max: 10 }))).toEqual(dots(brailleChart([0, 10], { width: 1, height: 1, min: 0, max: 10 })));
  });
});
