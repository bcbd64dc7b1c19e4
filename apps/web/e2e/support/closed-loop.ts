// A fixed-concurrency load for browser tests: `clients` loops, each sending its next completion as
// soon as the previous one ends (errors during a backend restart are counted, then retried after a
// short pause). Same prompt and output length every time, so two phases see the same workload.

export interface ClosedLoop {
  readonly completed: () => number;
  readonly failed: () => number;
  stop(): Promise<void>;
}

export interface ClosedLoopOptions {
  readonly clients: number;
  readonly maxTokens: number;
  /** About `promptWords` words of prompt; the fake's tokenizer makes roughly one token of each. */
  readonly promptWords: number;
}

export function startClosedLoop(baseUrl: string, o: ClosedLoopOptions): ClosedLoop {
  let running = true;
  let completed = 0;
  let failed = 0;
  const prompt = Array.from({ length: o.promptWords }, (_, i) => `word${i % 50}`).join(" ");
  const body = JSON.stringify({ prompt, max_tokens: o.maxTokens, ignore_eos: true, temperature: 0 });
  const client = async () => {
    while (running) {
      try {
        const r = await fetch(`${baseUrl}/v1/completions`, { method: "POST", headers: { "content-type": "application/json" }, body, signal: AbortSignal.timeout(60_000) });
        await r.arrayBuffer();
        if (r.ok) completed++;
        else failed++;
      } catch {
        failed++;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  };
  const loops = Array.from({ length: o.clients }, client);
  return {
    completed: () => completed,
    failed: () => failed,
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}
