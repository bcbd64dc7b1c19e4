import { formatParseError, type ParseError } from "./model.ts";
import { parseExposition } from "./parse.ts";
import type { ScrapeError, ScrapeRecord } from "./store.ts";
import { targetUrl, type ScrapeTarget } from "./target.ts";

export type { ScrapeTarget };

/** The slice of the Fetch API the scraper uses, so tests and callers can pass their own. */
export type FetchLike = (url: string, init: { readonly signal: AbortSignal; readonly headers: Record<string, string> }) => Promise<Response>;

export interface ScrapeOptions {
  readonly fetch: FetchLike;
  /** Whole request, body included (Prometheus' scrape_timeout; default 10 s). */
  readonly timeoutMs?: number;
  /** Body limit (default 32 MiB); a larger body is a failed scrape, not a truncated one. */
  readonly maxBytes?: number;
  /** Clock for the scrape timestamp (default Date.now). */
  readonly now?: () => number;
}

export interface ScrapeOutcome {
  readonly target: ScrapeTarget;
  readonly record: ScrapeRecord;
}

export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;
// Ask for the text format: some servers answer OpenMetrics or protobuf to a bare Accept.
const ACCEPT = "text/plain;version=0.0.4;q=1,*/*;q=0.1";

/** Scrapes every target concurrently. Never rejects: a bad target becomes a failed record, the others go on. */
export function scrapeTargets(targets: readonly ScrapeTarget[], options: ScrapeOptions): Promise<ScrapeOutcome[]> {
  return Promise.all(targets.map(async (target) => ({ target, record: await scrapeOne(target, options) })));
}

function scrapeOne(target: ScrapeTarget, options: ScrapeOptions): Promise<ScrapeRecord> {
  const t = (options.now ?? Date.now)();
  const timeoutMs = options.timeoutMs ?? 10_000;
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Raced rather than trusted to the signal: a fetch that ignores aborts still cannot hold up the others.
  const timeout = new Promise<ScrapeRecord>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve({ t, ok: false, error: { kind: "timeout", timeoutMs, message: `no complete answer within ${timeoutMs} ms` } });
    }, timeoutMs);
  });
  return Promise.race([fetchAndParse(target, options, t, controller), timeout]).finally(() => clearTimeout(timer));
}

async function fetchAndParse(target: ScrapeTarget, options: ScrapeOptions, t: number, controller: AbortController): Promise<ScrapeRecord> {
  const fail = (error: ScrapeError): ScrapeRecord => ({ t, ok: false, error });
  const url = targetUrl(target);
  try {
    const res = await options.fetch(url, { signal: controller.signal, headers: { accept: ACCEPT } });
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      return fail({ kind: "http_status", status: res.status, message: `${url} answered HTTP ${res.status}` });
    }
    const limitBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const body = await readBounded(res, limitBytes);
    if (body === "too_large") return fail({ kind: "too_large", limitBytes, message: `${url} sent more than ${limitBytes} bytes` });
    const text = decodeUtf8(body);
    const parsed = typeof text === "string" ? parseExposition(text) : { ok: false as const, error: text };
    if (!parsed.ok) return fail({ kind: "parse", error: parsed.error, message: `${url}: ${formatParseError(parsed.error)}` });
    return { t, ok: true, samples: parsed.samples };
  } catch (err) {
    return fail({ kind: "unreachable", message: describe(err) });
  }
}

/** The body bytes, or "too_large" as soon as it passes the limit (Content-Length is checked first). */
async function readBounded(res: Response, maxBytes: number): Promise<Uint8Array | "too_large"> {
  const declared = Number(res.headers.get("content-length") ?? NaN);
  if (declared > maxBytes) return "too_large";
  if (!res.body) return new Uint8Array();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return "too_large";
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) { out.set(c, offset); offset += c.byteLength; }
  return out;
}

/** UTF-8 text, or a parse error at the line of the first invalid byte sequence. */
function decodeUtf8(bytes: Uint8Array): string | ParseError {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const text = new TextDecoder("utf-8").decode(bytes);
    const bad = text.indexOf("\uFFFD");
    const before = text.slice(0, Math.max(0, bad));
    const lineStart = before.lastIndexOf("\n") + 1;
    const lineEnd = text.indexOf("\n", bad);
    return {
      line: before.split("\n").length, column: bad - lineStart + 1, reason: "invalid UTF-8 (binary data?)",
      excerpt: text.slice(lineStart, lineEnd < 0 ? undefined : Math.min(lineEnd, lineStart + 120)),
    };
  }
}

function describe(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  // Node's fetch hides the socket error (ECONNREFUSED, ENOTFOUND) in `cause`.
  const cause = (err as { cause?: unknown }).cause;
  return cause instanceof Error ? `${err.message}: ${cause.message}` : err.message;
}
