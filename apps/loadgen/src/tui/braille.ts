/** Dot bits of a braille cell (U+2800 + bits), indexed [column][row from the top]. */
const DOTS = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]] as const;
const BLANK = 0x2800;

export interface ChartOptions {
  /** Cells across; each holds two values. */
  readonly width: number;
  /** Cells down; each holds four dot rows. */
  readonly height: number;
  /** Default: 0, or the lowest value when one is negative. */
  readonly min?: number;
  /** Default: the highest value (a flat series sits on the bottom row). */
  readonly max?: number;
}

/**
 * A line chart of the last `2 × width` values, right-aligned, as `height` lines of braille. Consecutive
 * points are joined by filling the rows between them; NaN leaves a gap (a gap is not a zero).
 */
export function brailleChart(values: readonly number[], o: ChartOptions): string[] {
  const cols = o.width * 2;
  const rows = o.height * 4;
  const shown = values.slice(-cols);
  const offset = cols - shown.length;
  const finite = shown.filter((v) => Number.isFinite(v));
  const min = o.min ?? Math.min(0, ...finite);
  const max = o.max ?? Math.max(min, ...finite);
  const span = max - min;
  // Dot row counted from the bottom: 0 .. rows - 1.
  const level = (v: number) => (span > 0 ? Math.round(((Math.min(max, Math.max(min, v)) - min) / span) * (rows - 1)) : 0);
  const cells = Array.from({ length: o.height }, () => new Array<number>(o.width).fill(0));
  const set = (x: number, y: number) => {
    const fromTop = rows - 1 - y;
    cells[Math.floor(fromTop / 4)]![Math.floor(x / 2)]! |= DOTS[x % 2]![fromTop % 4]!;
  };
  let prev: number | undefined;
  for (let i = 0; i < shown.length; i++) {
    const v = shown[i]!;
    if (!Number.isFinite(v)) {
      prev = undefined;
      continue;
    }
    const y = level(v);
    const x = offset + i;
    const [lo, hi] = prev === undefined ? [y, y] : [Math.min(y, prev), Math.max(y, prev)];
    // Join to the previous point: fill this column halfway from it, so steps read as lines.
    const from = prev === undefined ? y : prev < y ? Math.max(lo, Math.ceil((prev + y) / 2)) : Math.min(hi, Math.floor((prev + y) / 2));
    for (let r = Math.min(from, y); r <= Math.max(from, y); r++) set(x, r);
    if (prev !== undefined && x > 0) {
      const mid = prev < y ? Math.ceil((prev + y) / 2) - 1 : Math.floor((prev + y) / 2) + 1;
      for (let r = Math.min(prev, mid); r <= Math.max(prev, mid); r++) if (r >= lo && r <= hi) set(x - 1, r);
    }
    prev = y;
  }
  return cells.map((line) => String.fromCharCode(...line.map((b) => BLANK + b)));
}
