import type { RequestInput } from "../types.ts";

/** `count` identical requests arriving `gap` seconds apart (gap 0: one burst at t=0). */
export function uniform(count: number, gap: number, promptTokens: number, maxTokens: number, extra: Partial<RequestInput> = {}): RequestInput[] {
  const out: RequestInput[] = [];
  for (let i = 0; i < count; i++) out.push({ id: `r${i}`, arrival: i * gap, promptTokens, maxTokens, ...extra });
  return out;
}

export function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}
