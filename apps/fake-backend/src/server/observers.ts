import type { EngineObserver } from "@throtl/simulator";

/** Several observers as one, each hook calling those that define it, in order. */
export function fanOut(observers: readonly EngineObserver[]): Required<EngineObserver> {
  const pick = <K extends keyof EngineObserver>(k: K) =>
    observers.filter((o) => o[k]).map((o) => (o[k] as (...a: unknown[]) => void).bind(o));
  const steps = pick("onStep"), tokens = pick("onToken"), preempts = pick("onPreempt");
  const prefix = pick("onPrefixCacheQuery"), finishes = pick("onFinish");
  return {
    onStep: (s) => { for (const f of steps) f(s); },
    onToken: (r, t) => { for (const f of tokens) f(r, t); },
    onPreempt: (r, t) => { for (const f of preempts) f(r, t); },
    onPrefixCacheQuery: (e, q, h) => { for (const f of prefix) f(e, q, h); },
    onFinish: (rec) => { for (const f of finishes) f(rec); },
  };
}
