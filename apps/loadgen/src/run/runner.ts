import type { Plan, PlannedRequest } from "../plan/plan.ts";
import { requestBody } from "../plan/request-body.ts";
import type { RunSpec } from "../spec/run-spec.ts";
import { toResult, type RequestResult } from "./result.ts";
import type { Sender } from "./sender.ts";
import { sleepUntil } from "./timer.ts";

export interface RunHooks {
  onSent?(index: number): void;
  /** Text chunks as they are read (for live output tokens/s). */
  onTokens?(n: number): void;
  onResult?(r: RequestResult): void;
}

export interface RunOptions {
  readonly spec: RunSpec;
  readonly plan: Plan;
  readonly sender: Sender;
  /** Stop sending and cancel what is in flight (SIGINT). */
  readonly stop?: AbortSignal;
  /** After the last send, cancel requests still in flight this much later (capacity probes). */
  readonly drainMs?: number;
  readonly hooks?: RunHooks;
}

export interface RunOutcome {
  readonly results: RequestResult[];
  readonly startedAtEpochMs: number;
  /** Start to the last response (or the stop). */
  readonly durationSeconds: number;
  /** Sending ended early: the stop signal fired. */
  readonly interrupted: boolean;
}

/** The IO edge of a run: sends the plan through `sender` on schedule and collects every result. */
export async function runLoad(o: RunOptions): Promise<RunOutcome> {
  const onStop = () => o.sender.cancelAll();
  o.stop?.addEventListener("abort", onStop, { once: true });
  const stopped = () => o.stop?.aborted === true;
  const startedAtEpochMs = Date.now();
  const t0 = performance.now();
  const results: RequestResult[] = [];
  const inFlight = new Set<Promise<void>>();
  let freed: (() => void) | undefined;
  const onTokens = o.hooks?.onTokens;
  const watchReads = o.sender.watchReads?.bind(o.sender);

  const launch = (req: PlannedRequest, scheduledMs: number, { path, body } = requestBody(o.spec, req)): Promise<void> => {
    const p = o.sender.send(path, body, o.spec.target.stream, onTokens).then((x) => {
      const r = toResult(req, scheduledMs, x, t0);
      results.push(r);
      inFlight.delete(p);
      o.hooks?.onResult?.(r);
      freed?.();
    });
    inFlight.add(p);
    o.hooks?.onSent?.(req.index);
    return p;
  };
  const slotFreed = () => new Promise<void>((resolve) => (freed = () => { freed = undefined; resolve(); }));
  const stopSignalled = new Promise<void>((resolve) => o.stop?.addEventListener("abort", () => resolve(), { once: true }));

  if (o.plan.kind === "open") {
    const max = o.spec.maxConcurrency ?? Number.POSITIVE_INFINITY;
    for (const req of o.plan.requests) {
      const due = t0 + req.at * 1000;
      // Built while waiting: a long prompt's body takes tens of microseconds.
      const prepared = requestBody(o.spec, req);
      await sleepUntil(due, o.stop, watchReads);
      while (inFlight.size >= max && !stopped()) await Promise.race([slotFreed(), stopSignalled]);
      if (stopped()) break;
      void launch(req, due, prepared);
    }
  } else {
    const p = o.plan;
    const endMs = p.seconds === undefined ? Number.POSITIVE_INFINITY : t0 + p.seconds * 1000;
    const limit = p.requests ?? Number.POSITIVE_INFINITY;
    let next = 0;
    const worker = async () => {
      while (!stopped() && next < limit && performance.now() < endMs) {
        await launch({ index: next++, at: Number.NaN, promptTokens: p.promptTokens, outputTokens: p.outputTokens }, performance.now());
      }
    };
    await Promise.all(Array.from({ length: p.concurrency }, worker));
  }
  if (o.drainMs !== undefined && inFlight.size > 0) {
    const timer = new Promise<void>((r) => setTimeout(r, o.drainMs).unref());
    await Promise.race([Promise.all(inFlight), timer]);
    o.sender.cancelAll();
  }
  await Promise.all(inFlight);
  o.stop?.removeEventListener("abort", onStop);
  results.sort((a, b) => a.index - b.index);
  return { results, startedAtEpochMs, durationSeconds: (performance.now() - t0) / 1000, interrupted: stopped() };
}
