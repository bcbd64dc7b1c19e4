// Where the fake backend is known to differ from the real server, so a catalog check cannot pass as
// specified: the check asserts the behaviour the gap produces instead, and fails once the gap is
// fixed, so this list stays true. Each entry names the real server's code that shows the difference.
import type { EngineFlavor, SignalId } from "../types.ts";

export interface KnownGap {
  readonly flavor: EngineFlavor;
  readonly signal: SignalId;
  /** What the catalog's query gives because of the gap. */
  readonly expect: "no value";
  readonly why: string;
}

export const KNOWN_GAPS: readonly KnownGap[] = [
  {
    flavor: "tgi",
    signal: "error_rate",
    expect: "no value",
    why: "the fake TGI never counts a client that hung up; TGI counts it as tgi_request_failure{err=\"dropped\"} " +
      "(backends/v3/src/queue.rs when the request leaves the queue, send_responses when a stream write fails), " +
      "so the failure series never appears and the error rate has no value",
  },
];

export const knownGap = (flavor: EngineFlavor, signal: SignalId) => KNOWN_GAPS.find((g) => g.flavor === flavor && g.signal === signal);
