// What a counter's samples in a rate window can see. Prometheus stamps a sample with the moment it
// started the scrape, but the target renders its counters when its event loop gets to the request,
// up to a whole scrape later on a starved machine; scrape_duration_seconds bounds that delay, so
// the samples cover (first render, last render]. rate() then scales the increase by its
// extrapolation to the window (Prometheus 2.42 extrapolatedRate; the zero-point clamp is left out:
// it only acts within a few samples of a counter's creation, and every window here starts later).

export interface Scrape {
  /** Epoch seconds Prometheus stamps the sample with (scrape start). */
  readonly t: number;
  /** Epoch seconds the target rendered it (≈ scrape start + scrape duration). */
  readonly rendered: number;
}

export interface Sampled {
  /** The events the window's increase counts: (first render, last render]. */
  readonly from: number;
  readonly to: number;
  /** rate = increase × perSecond. */
  readonly perSecond: number;
}

/** The successful scrapes of the window [at − window, at] and what rate() makes of them. */
export function sampled(scrapes: readonly Scrape[], at: number, window: number): Sampled {
  const inWindow = scrapes.filter((s) => s.t >= at - window && s.t <= at);
  if (inWindow.length < 2) throw new Error(`${inWindow.length} scrape(s) in the ${window} s window before ${at}: rate() needs 2`);
  const first = inWindow[0]!;
  const last = inWindow.at(-1)!;
  const sampledInterval = last.t - first.t;
  const average = sampledInterval / (inWindow.length - 1);
  const edge = (gap: number) => (gap < average * 1.1 ? gap : average / 2);
  const extrapolated = sampledInterval + edge(first.t - (at - window)) + edge(at - last.t);
  return { from: first.rendered, to: last.rendered, perSecond: extrapolated / sampledInterval / window };
}
