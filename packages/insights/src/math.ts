/** Rounding for suggested flag values: engines and operators think in powers of two and whole blocks. */
export const nextPow2 = (x: number): number => 2 ** Math.ceil(Math.log2(Math.max(1, x)));
export const prevPow2 = (x: number): number => 2 ** Math.floor(Math.log2(Math.max(1, x)));
export const ceilTo = (x: number, step: number): number => Math.ceil(x / step) * step;
/** Floor to hundredths without 0.95 * 100 = 94.999... surprises. */
export const floor2 = (x: number): number => Math.floor(x * 100 + 1e-9) / 100;
/** Drops float noise under a billionth so a ratio computed at a boundary compares as written (1 - 4/5 = 0.2). */
export const tidy = (x: number): number => Math.round(x * 1e9) / 1e9;
