import type { RequestView } from "@throtl/simulator";

/**
 * The previous token time of every in-flight request, keyed by the engine's own request object so an
 * entry disappears with the request. One WeakMap get and set per token.
 */
export class RequestClock {
  private readonly last = new WeakMap<RequestView, number>();

  /** Records a token at `t`; returns the gap to the request's previous token, or -1 for its first. */
  tick(req: RequestView, t: number): number {
    const prev = this.last.get(req);
    this.last.set(req, t);
    return prev === undefined ? -1 : t - prev;
  }
}

/**
 * Prompt tokens served from the prefix cache for `req`. RequestView does not declare it, but the
 * simulator's request object carries it from its first scheduling on (-1 before); 0 when unknown.
 */
export function cachedTokensOf(req: RequestView): number {
  const cached = (req as RequestView & { readonly cachedTokens?: number }).cachedTokens;
  return cached !== undefined && cached > 0 ? cached : 0;
}
