// A small open-loop load for tests: one short completion every `intervalMs` against a fake backend,
// so rates, latencies and GPU activity have data. stop() waits for the requests in flight.

export interface SteadyLoad {
  readonly sent: () => number;
  stop(): Promise<void>;
}

export function startSteadyLoad(baseUrl: string, intervalMs = 100, maxTokens = 24): SteadyLoad {
  const inFlight = new Set<Promise<void>>();
  let sent = 0;
  const fire = () => {
    sent++;
    const body = JSON.stringify({ prompt: `request ${sent}: tell me about inference servers`, max_tokens: maxTokens, ignore_eos: true });
    const p = fetch(`${baseUrl}/v1/completions`, { method: "POST", headers: { "content-type": "application/json" }, body })
      .then((r) => r.arrayBuffer())
      .then(() => undefined, () => undefined)
      .finally(() => inFlight.delete(p));
    inFlight.add(p);
  };
  fire();
  const timer = setInterval(fire, intervalMs);
  return {
    sent: () => sent,
    async stop() {
      clearInterval(timer);
      await Promise.all(inFlight);
    },
  };
}
