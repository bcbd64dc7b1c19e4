// Whether the numbers on screen are live. A source outage is a banner over the last good data,
// never an error page.

export type StatusView =
  | { readonly kind: "live" }
  | { readonly kind: "stale"; readonly message: string; readonly lastGoodAtMs: number; readonly ageText: string }
  | { readonly kind: "unavailable"; readonly message: string };

/** "42 s", "3 min", "2 h 5 min": the age of the last good data in the banner. */
export function ageText(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 90) return `${s} s`;
  const min = Math.round(s / 60);
  if (min < 90) return `${min} min`;
  const h = Math.floor(min / 60);
  return min % 60 === 0 ? `${h} h` : `${h} h ${min % 60} min`;
}
