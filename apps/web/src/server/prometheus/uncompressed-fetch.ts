// Prometheus gzips an API answer whenever the client accepts it, and Node's fetch accepts gzip by
// default. The panel sits next to Prometheus (same host or network), where compressing JSON only
// costs CPU on both sides: the bench's 256-instance overview spent about a third of the loader's CPU
// in gunzip (docs/overview-bench.md). Asking for identity keeps the bytes as they are.
export type FetchFn = typeof globalThis.fetch;

export function uncompressedFetch(inner: FetchFn = globalThis.fetch): FetchFn {
  return (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set("accept-encoding", "identity");
    return inner(input, { ...init, headers });
  };
}
