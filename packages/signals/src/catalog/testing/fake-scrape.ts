import { createFakeBackend } from "@throtl/fake-backend";
import type { EngineFlavor } from "../../types.ts";

/** One scrape of a flavor's /metrics and of the fake dcgm-exporter beside it. */
export interface Scrape {
  readonly engine: string;
  readonly dcgm: string;
}

const post = (body: object, signal?: AbortSignal) => ({ method: "POST", body: JSON.stringify(body), signal });

/**
 * Serves `flavor` (two DP engines, prefix caching on) and scrapes it after a load that touches the
 * lazily created series: shared prefixes (cache hits), both finish reasons, one client abort and one
 * refused prompt (failure counters).
 */
export async function scrapeUnderLoad(flavor: EngineFlavor): Promise<Scrape> {
  const backend = createFakeBackend({
    engine: { model: "qwen2.5-0.5b-instruct", gpu: "l4", maxModelLen: 4096, dataParallelSize: 2 },
    flavor, tokenizer: "approx", port: 0, dcgmPort: 0,
  });
  try {
    await backend.start();
    const complete = async (body: object, signal?: AbortSignal) => (await backend.app.request("/v1/completions", post(body, signal))).text();
    const shared = "You are a careful assistant. ".repeat(60);
    // The first request fills the prefix cache; the burst after it hits it.
    await complete({ prompt: `${shared} warm up`, max_tokens: 2 });
    const done = Array.from({ length: 8 }, (_, i) => complete({ prompt: `${shared} question ${i}`, max_tokens: 4 + i, ignore_eos: i % 2 === 0 }));
    const leaver = new AbortController();
    const aborted = complete({ prompt: shared, max_tokens: 2000, ignore_eos: true }, leaver.signal).catch(() => "");
    const refused = complete({ prompt: "word ".repeat(6000), max_tokens: 4 });
    await new Promise((r) => setTimeout(r, 50));
    leaver.abort();
    await Promise.all([...done, aborted, refused]);
    const engine = await (await backend.app.request("/metrics")).text();
    const dcgm = await (await fetch(`${backend.dcgmUrl}/metrics`)).text();
    return { engine, dcgm };
  } finally {
    await backend.close();
  }
}
