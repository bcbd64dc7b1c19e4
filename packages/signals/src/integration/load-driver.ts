// Runs load plans against live servers in real time: one timer ticks every few ms and sends every
// request that is due (so a late tick catches up instead of drifting), at most `maxInFlight` per
// target; a request that finds the target full is skipped and counted, never queued client-side.
import { planRequest, type LoadSpec } from "./load-plan.ts";

export interface LoadTarget {
  /** Base URL of an OpenAI-compatible server, e.g. http://127.0.0.1:8000. */
  readonly url: string;
  readonly spec: LoadSpec;
  readonly maxInFlight: number;
}

export interface LoadStats {
  sent: number;
  ok: number;
  /** Non-2xx answers and connection errors (a restarting server refuses connections). */
  failed: number;
  /** Requests the plan hung up on (abortAfterMs). */
  hungUp: number;
  skipped: number;
  inFlight: number;
  lastError: string | undefined;
}

export interface RunningLoad {
  readonly stats: readonly LoadStats[];
  /** Stops sending and waits for the requests in flight. */
  stop(): Promise<void>;
}

const TICK_MS = 5;

function fail(s: LoadStats, error: string): void {
  s.failed++;
  s.lastError = error;
}

export function startLoad(targets: readonly LoadTarget[], send: typeof fetch = fetch): RunningLoad {
  const t0 = performance.now();
  const stats: LoadStats[] = targets.map(() => ({ sent: 0, ok: 0, failed: 0, hungUp: 0, skipped: 0, inFlight: 0, lastError: undefined }));
  const next = targets.map(() => 0);
  const pending = new Set<Promise<void>>();

  const fire = (t: LoadTarget, s: LoadStats, i: number) => {
    const { body, abortAfterMs } = planRequest(t.spec, i);
    s.sent++;
    s.inFlight++;
    const signal = abortAfterMs === undefined ? undefined : AbortSignal.timeout(abortAfterMs);
    const p = send(`${t.url}/v1/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), signal })
      .then(async (res) => {
        await res.arrayBuffer();
        if (res.ok) s.ok++;
        else fail(s, `HTTP ${res.status}`);
      })
      .catch((err: unknown) => {
        if (signal?.aborted) s.hungUp++;
        else fail(s, String((err as Error).cause ?? err));
      })
      .finally(() => ((s.inFlight--), pending.delete(p)));
    pending.add(p);
  };

  const tick = () => {
    const elapsed = (performance.now() - t0) / 1000;
    for (const [k, t] of targets.entries()) {
      const s = stats[k]!;
      for (; next[k]! / t.spec.rate <= elapsed; next[k]!++) {
        if (s.inFlight >= t.maxInFlight) s.skipped++;
        else fire(t, s, next[k]!);
      }
    }
  };
  tick();
  const timer = setInterval(tick, TICK_MS);
  return {
    stats,
    async stop() {
      clearInterval(timer);
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}
