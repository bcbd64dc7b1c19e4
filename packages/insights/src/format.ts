/** Number formats for reasons and hints: plain text, the panel styles them. */
export const pct = (x: number): string => `${round(x * 100)} %`;
export const secs = (s: number): string => (Math.abs(s) < 1 ? `${round(s * 1000)} ms` : `${round(s)} s`);
export const usd = (x: number): string => `$${x >= 100 ? Math.round(x).toLocaleString("en-US") : x.toFixed(2)}`;
export const count = (x: number): string => `${round(x)}`;

/** Three significant digits at most; integers stay integers. */
function round(x: number): number {
  if (Number.isInteger(x) || x === 0) return x;
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(x))));
  return Number(x.toFixed(Math.min(digits, 6)));
}
