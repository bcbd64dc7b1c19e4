// One HTTP exchange with Prometheus: GET or form POST, a hard deadline, and transport failures turned
// into PromUnreachableError. What the body means is decode-response.ts's business.
import { PromUnreachableError, type UnreachableReason } from "./errors.ts";

export type FetchFn = typeof globalThis.fetch;

// Beyond this a GET URL risks 414s from proxies and load balancers in front of Prometheus (nginx's
// default header buffer is 8 KiB, some are smaller); Prometheus takes the same parameters as a form POST.
export const MAX_GET_URL_LENGTH = 2048;

export interface TransportConfig {
  readonly baseUrl: URL;
  readonly timeoutMs: number;
  readonly fetch: FetchFn;
}

export interface HttpRequest {
  /** Relative to the base URL, e.g. "api/v1/query", so a path prefix in the base URL is kept. */
  readonly path: string;
  readonly params?: readonly (readonly [string, string])[];
  /** The endpoint accepts the same parameters as application/x-www-form-urlencoded POST. */
  readonly postWhenLong?: boolean;
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
}

export interface HttpResult {
  readonly status: number;
  readonly body: string;
  /** "GET http://host:9090/api/v1/query", for error messages (never the query string: it can be huge). */
  readonly endpoint: string;
}

// Node's fetch (undici) reports socket errors as TypeError("fetch failed") with the system error as
// `cause`; with happy-eyeballs the cause is an AggregateError whose `errors` carry the codes.
function errorCode(err: unknown): string | undefined {
  const cause = (err as { cause?: { code?: unknown; errors?: { code?: unknown }[] } } | null)?.cause;
  const code = cause?.code ?? cause?.errors?.[0]?.code;
  return typeof code === "string" ? code : undefined;
}

function reasonFor(err: unknown): UnreachableReason | undefined {
  if (err instanceof Error && err.name === "TimeoutError") return "timeout";
  const code = errorCode(err);
  if (code === "ECONNREFUSED") return "refused";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "dns";
  if (code === "UND_ERR_CONNECT_TIMEOUT" || code === "ETIMEDOUT") return "timeout";
  if (err instanceof TypeError) return "network"; // "fetch failed", "terminated": reset, unreachable host, …
  return undefined;
}

export async function send(cfg: TransportConfig, req: HttpRequest): Promise<HttpResult> {
  const url = new URL(req.path, cfg.baseUrl);
  const form = new URLSearchParams(req.params as [string, string][] | undefined).toString();
  const post = req.postWhenLong === true && url.href.length + 1 + form.length > MAX_GET_URL_LENGTH;
  if (!post && form) url.search = form;
  const endpoint = `${post ? "POST" : "GET"} ${url.origin}${url.pathname}`;
  const timeoutMs = req.timeoutMs ?? cfg.timeoutMs;
  const deadline = AbortSignal.timeout(timeoutMs);
  const signal = req.signal ? AbortSignal.any([deadline, req.signal]) : deadline;

  try {
    const res = await cfg.fetch(url, {
      method: post ? "POST" : "GET",
      headers: post ? { "content-type": "application/x-www-form-urlencoded", accept: "application/json" } : { accept: "application/json" },
      ...(post ? { body: form } : {}),
      signal,
    });
    // The deadline covers the body too: a server that sends headers and then stalls is still unreachable.
    return { status: res.status, body: await res.text(), endpoint };
  } catch (err) {
    // The caller's own cancellation is not a Prometheus failure: hand back their abort reason untouched.
    if (req.signal?.aborted) throw err;
    const reason = reasonFor(err);
    if (reason === undefined) throw err;
    // Our own deadline needs no detail; otherwise the system code (ECONNREFUSED) or the message.
    const detail = errorCode(err) ?? (reason === "timeout" ? undefined : err instanceof Error ? err.message : String(err));
    throw new PromUnreachableError({ url: `${url.origin}${url.pathname}`, timeoutMs, reason, detail, cause: err });
  }
}
