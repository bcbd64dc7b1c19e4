import { DEMO_PHASES, phaseAt, promptIds, type Phase } from "./phases.ts";

export interface LoadStats {
  sent: number;
  ok: number;
  failed: number;
  /** Arrivals dropped because `maxInFlight` requests were already open (the load is bounded). */
  skipped: number;
  inFlight: number;
  lastError: string | undefined;
}

export interface BackgroundLoad {
  readonly stats: Readonly<LoadStats>;
  /** The phase now running. */
  current(): { phase: Phase; left: number };
  /** Stops new arrivals and aborts the requests in flight. */
  stop(): Promise<void>;
}

export interface BackgroundLoadOptions {
  readonly url: string;
  readonly model: string;
  readonly phases?: readonly Phase[];
  readonly maxInFlight?: number;
  /** Called when the load enters a phase. */
  readonly onPhase?: (phase: Phase) => void;
  readonly random?: () => number;
}

/**
 * Open-loop Poisson arrivals following the phase cycle, each a streaming /v1/completions with exact
 * prompt and output lengths (token-id prompts, ignore_eos). Bounded: at most `maxInFlight` open
 * requests, the rest counted as skipped. Targets whatever `url` is: the demo gives it 127.0.0.1.
 */
export function startBackgroundLoad(o: BackgroundLoadOptions): BackgroundLoad {
  const phases = o.phases ?? DEMO_PHASES;
  const maxInFlight = o.maxInFlight ?? 256;
  const random = o.random ?? Math.random;
  const stats: LoadStats = { sent: 0, ok: 0, failed: 0, skipped: 0, inFlight: 0, lastError: undefined };
  const abort = new AbortController();
  const pending = new Set<Promise<void>>();
  const t0 = performance.now();
  const elapsed = () => (performance.now() - t0) / 1000;
  let lastPhase = -1;
  let timer: NodeJS.Timeout | undefined;
  let n = 0;

  const send = (phase: Phase) => {
    if (stats.inFlight >= maxInFlight) {
      stats.skipped++;
      return;
    }
    const body = JSON.stringify({
      model: o.model, prompt: promptIds(phase, n++), max_tokens: phase.outputTokens, ignore_eos: true, temperature: 0, stream: true,
    });
    stats.sent++;
    stats.inFlight++;
    const p = request(`${o.url}/v1/completions`, body, abort.signal)
      .then(() => { stats.ok++; }, (e: unknown) => {
        if (abort.signal.aborted) return;
        stats.failed++;
        stats.lastError = e instanceof Error ? e.message : String(e);
      })
      .finally(() => { stats.inFlight--; pending.delete(p); });
    pending.add(p);
  };

  const tick = () => {
    if (abort.signal.aborted) return;
    const { phase, index, left } = phaseAt(phases, elapsed());
    if (index !== lastPhase) {
      lastPhase = index;
      o.onPhase?.(phase);
    }
    if (phase.rate <= 0) {
      timer = setTimeout(tick, Math.min(left, 1) * 1000);
      return;
    }
    send(phase);
    const gap = -Math.log(1 - random()) / phase.rate; // exponential inter-arrival
    timer = setTimeout(tick, Math.min(gap, left) * 1000);
  };
  tick();

  return {
    stats,
    current: () => {
      const { phase, left } = phaseAt(phases, elapsed());
      return { phase, left };
    },
    stop: async () => {
      clearTimeout(timer);
      abort.abort();
      await Promise.allSettled([...pending]);
    },
  };
}

/** One streaming request read to its end; rejects on a non-2xx status or a broken stream. */
async function request(url: string, body: string, signal: AbortSignal): Promise<void> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body, signal });
  if (!res.ok) throw new Error(`HTTP ${res.status}: ${(await res.text()).slice(0, 200)}`);
  let tail = "";
  for await (const chunk of res.body!) tail = (tail + new TextDecoder().decode(chunk)).slice(-64);
  if (!tail.includes("[DONE]")) throw new Error("stream ended without [DONE]");
}
