// What a counter's samples in a rate window can see. Prometheus stamps a sample with the moment it
// started the scrape, but the target renders its counters when its event loop gets to the request,
// before the answer is read (scrape_duration_seconds later; on a starved machine up to a whole
// scrape), and then shows the events delivered by then: a fake engine that fell behind delivers
// events stamped up to `lag` earlier. So the window's increase counts at least the events in
// (first answer, last start − lag], at most those in (first start − lag, last answer]. rate() then
// scales the increase by its extrapolation to the window, as Prometheus 2.42's extrapolatedRate
// does: towards the window start no further than where the counter would have been 0.
import type { Interval } from "./window.ts";

export interface Scrape {
  /** Epoch seconds Prometheus stamps the sample with (scrape start). */
  readonly t: number;
  /** Epoch seconds the answer was read: the target rendered somewhere in [t, answered]. */
  readonly answered: number;
}

export interface Sampled {
  /** Events surely counted: (first answer, last start − lag]. */
  readonly inner: Interval;
  /** Events perhaps counted: (first start − lag, last answer]. */
  readonly outer: Interval;
  /** The likeliest span: rendered as the answers were read. */
  readonly best: Interval;
  /** rate() of a counter read v1 at the first scrape that grew by `increase` to the last. */
  rate(v1: number, increase: number): number;
}

/**
 * How far the fake's delivered events may trail its clock: an engine that fell behind restarts at
 * most MAX_LAG_S (0.1 s, apps/fake-backend engine-loop.ts) in the past, plus a step and a batch.
 */
export const DELIVERY_LAG_S = 0.2;

/** The successful scrapes of the window [at − window, at] and what rate() makes of them. */
export function sampled(scrapes: readonly Scrape[], at: number, window: number, lag = DELIVERY_LAG_S): Sampled {
  const inWindow = scrapes.filter((s) => s.t >= at - window && s.t <= at);
  if (inWindow.length < 2) throw new Error(`${inWindow.length} scrape(s) in the ${window} s window before ${at}: rate() needs 2`);
  const first = inWindow[0]!;
  const last = inWindow.at(-1)!;
  const sampledInterval = last.t - first.t;
  const average = sampledInterval / (inWindow.length - 1);
  const edge = (gap: number) => (gap < average * 1.1 ? gap : average / 2);
  return {
    inner: { from: first.answered, to: last.t - lag },
    outer: { from: first.t - lag, to: last.answered },
    best: { from: first.answered, to: last.answered },
    rate(v1, increase) {
      let toStart = first.t - (at - window);
      if (increase > 0 && v1 >= 0) toStart = Math.min(toStart, sampledInterval * (v1 / increase));
      return (increase * ((sampledInterval + edge(toStart) + edge(at - last.t)) / sampledInterval)) / window;
    },
  };
}
