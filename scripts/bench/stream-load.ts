import { connect, type Socket } from "node:net";
import { SseCounter } from "./sse-counter.ts";

export interface LoadOptions {
  readonly streams: number;
  readonly maxTokens: number;
  readonly warmupMs: number;
  readonly measureMs: number;
}

export interface LoadResult {
  readonly tokensPerSecond: number;
  readonly tokens: number;
  readonly seconds: number;
  readonly streamsFinished: number;
  readonly errors: number;
  /** The first error seen (a socket error or a non-200 status line), for the report. */
  readonly firstError: string | undefined;
  /** Server-side vllm:generation_tokens_total over the same window, when /metrics has it. */
  readonly serverTokensPerSecond: number | undefined;
}

/**
 * Closed-loop streaming load: `streams` keep-alive connections each POST a streaming /v1/completions
 * (ignore_eos, so every stream yields max_tokens) and send the next one when [DONE] arrives. Raw
 * sockets, not fetch: an HTTP client would spend more CPU per token than the server under test.
 */
export async function streamLoad(url: string, model: string, o: LoadOptions): Promise<LoadResult> {
  const { hostname, port } = new URL(url);
  const body = JSON.stringify({ model, prompt: "Write a long story about a benchmark.", max_tokens: o.maxTokens, stream: true, ignore_eos: true });
  const request = Buffer.from(`POST /v1/completions HTTP/1.1\r\nhost: ${hostname}:${port}\r\ncontent-type: application/json\r\n` +
    `content-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  let events = 0, finished = 0, errors = 0;
  let firstError: string | undefined;
  let running = true;
  const sockets: Socket[] = [];
  const open = () => {
    const counter = new SseCounter();
    const sock = connect({ host: hostname, port: Number(port) }, () => sock.write(request));
    sock.setNoDelay(true);
    sock.on("data", (buf: Buffer) => {
      const c = counter.feed(buf);
      events += c.events;
      finished += c.done;
      errors += c.errors;
      if (c.errors > 0) {
        firstError ??= /HTTP\/1\.1 (?!200)[^\r\n]*/.exec(buf.toString("latin1"))?.[0] ?? "non-200 response";
        sock.destroy();
        if (running) open();
        return;
      }
      for (let i = 0; i < c.done && running; i++) sock.write(request);
    });
    sock.on("error", (e) => {
      errors++;
      firstError ??= e.message;
      if (running) open();
    });
    sockets.push(sock);
  };
  // Connections open in batches: thousands of SYNs at once overflow the listen backlog (ECONNRESET).
  for (let i = 0; i < o.streams; i++) {
    open();
    if (i % 128 === 127) await sleep(20);
  }
  await sleep(o.warmupMs);
  // Client counts are exact at these instants; a scrape of a busy server is slow, so it runs alongside.
  const [e0, t0, p0] = [events, performance.now(), scrape(url)];
  await sleep(o.measureMs);
  const [e1, t1, p1] = [events, performance.now(), scrape(url)];
  const [s0, s1] = await Promise.all([p0, p1]);
  running = false;
  for (const s of sockets) s.destroy();
  const seconds = (t1 - t0) / 1000;
  return {
    tokensPerSecond: (e1 - e0) / seconds, tokens: e1 - e0, seconds, streamsFinished: finished, errors, firstError,
    serverTokensPerSecond: s0 && s1 ? ((s1.tokens - s0.tokens) * 1000) / (s1.at - s0.at) : undefined,
  };
}

/** The server's token counter, timed at the middle of the scrape. */
async function scrape(url: string): Promise<{ tokens: number; at: number } | undefined> {
  const start = performance.now();
  const tokens = await serverTokens(url);
  return tokens === undefined ? undefined : { tokens, at: (start + performance.now()) / 2 };
}

/** Sum of vllm:generation_tokens_total over engines, or undefined if /metrics does not have it. */
async function serverTokens(url: string): Promise<number | undefined> {
  try {
    const text = await (await fetch(`${url}/metrics`, { signal: AbortSignal.timeout(30_000) })).text();
    const lines = text.split("\n").filter((l) => l.startsWith("vllm:generation_tokens_total"));
    return lines.length > 0 ? lines.reduce((a, l) => a + Number(l.slice(l.lastIndexOf(" ") + 1)), 0) : undefined;
  } catch {
    return undefined;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
