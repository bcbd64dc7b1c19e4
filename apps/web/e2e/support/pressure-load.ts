// A closed-loop load for browser tests: `concurrency` workers, each sending one long completion after
// another, so the running batch stays at `concurrency` and a small KV cache fills up. stop() aborts
// what is in flight (the fake backend frees the request's KV blocks) instead of waiting for it.
import { setTimeout as sleep } from "node:timers/promises";

export interface PressureLoad {
  /** Requests answered with a body (finished or cut off by stop()). */
  readonly completed: () => number;
  stop(): Promise<void>;
}

export interface PressureLoadOptions {
  readonly concurrency: number;
  /** Output tokens per request (ignore_eos: every request decodes all of them). */
  readonly maxTokens: number;
  /** Prompt words per request: longer prompts claim more KV blocks up front. */
  readonly promptWords?: number;
}

export function startPressureLoad(baseUrl: string, o: PressureLoadOptions): PressureLoad {
  const abort = new AbortController();
  const prompt = Array.from({ length: o.promptWords ?? 64 }, (_, i) => `word${i % 50}`).join(" ");
  let completed = 0;
  const worker = async (id: number) => {
    for (let n = 0; !abort.signal.aborted; n++) {
      const body = JSON.stringify({ prompt: `worker ${id} request ${n}: ${prompt}`, max_tokens: o.maxTokens, ignore_eos: true });
      try {
        const res = await fetch(`${baseUrl}/v1/completions`, { method: "POST", headers: { "content-type": "application/json" }, body, signal: abort.signal });
        await res.arrayBuffer();
        completed++;
      } catch {
        // Aborted by stop(), or the backend is gone: a short pause keeps a dead backend from a busy loop.
        if (!abort.signal.aborted) await sleep(200);
      }
    }
  };
  const workers = Array.from({ length: o.concurrency }, (_, i) => worker(i));
  return {
    completed: () => completed,
    async stop() {
      abort.abort();
      await Promise.all(workers);
    },
  };
}
