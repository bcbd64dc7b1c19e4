// The client: each method names an endpoint, its parameters and its schema; transport.ts and
// decode-response.ts do the rest, so every endpoint fails in the same three typed ways.
import type { z } from "zod";
import { convertQueryData } from "./convert-query-data.ts";
import { convertTargets } from "./convert-targets.ts";
import { decodeResponse } from "./decode-response.ts";
import { PromBadResponseError } from "./errors.ts";
import { type TimeInput, toMs, toPromDuration, toPromTime } from "./time.ts";
import { type FetchFn, type HttpRequest, send, type TransportConfig } from "./transport.ts";
import type { Labels, MatrixSeries, PromResponse, QueryData, TargetsData } from "./types.ts";
import {
  type WireQueryData,
  wireLabelValuesDataSchema,
  wireQueryDataSchema,
  wireSeriesDataSchema,
  wireTargetsDataSchema,
} from "./wire-schemas.ts";

export interface PromClientOptions {
  /** e.g. "http://127.0.0.1:9090", or with the path prefix of `--web.route-prefix`. */
  readonly baseUrl: string;
  /** Deadline per request (connect, headers and body). Also sent as Prometheus' own `timeout`. */
  readonly timeoutMs: number;
  /** Injectable for tests; defaults to the global fetch. */
  readonly fetch?: FetchFn;
}

export interface CallOptions {
  /** Overrides the client's timeoutMs for this call. */
  readonly timeoutMs?: number;
  /** Caller's cancellation; its abort reason is rethrown as is, not wrapped. */
  readonly signal?: AbortSignal;
}

/** A range query's grid, in Unix ms: evaluation at start, start+step, … ≤ end. */
export interface RangeParams {
  readonly start: TimeInput;
  readonly end: TimeInput;
  readonly step: number;
}

export interface TimeBounds {
  readonly start?: TimeInput;
  readonly end?: TimeInput;
}

export interface PromClient {
  readonly baseUrl: string;
  query(expr: string, time?: TimeInput, options?: CallOptions): Promise<PromResponse<QueryData>>;
  queryRange(expr: string, range: RangeParams, options?: CallOptions): Promise<PromResponse<readonly MatrixSeries[]>>;
  series(matchers: readonly string[], bounds?: TimeBounds, options?: CallOptions): Promise<PromResponse<readonly Labels[]>>;
  labelValues(label: string, filter?: TimeBounds & { readonly matchers?: readonly string[] }, options?: CallOptions): Promise<PromResponse<readonly string[]>>;
  targets(state?: "active" | "dropped" | "any", options?: CallOptions): Promise<PromResponse<TargetsData>>;
  /** true when /-/ready answers 200, false on 503 (starting, replaying the WAL); throws when unreachable. */
  ready(options?: CallOptions): Promise<boolean>;
}

function boundsParams(b: TimeBounds | undefined): [string, string][] {
  const out: [string, string][] = [];
  if (b?.start !== undefined) out.push(["start", toPromTime(b.start, "start")]);
  if (b?.end !== undefined) out.push(["end", toPromTime(b.end, "end")]);
  return out;
}

export function createPromClient(options: PromClientOptions): PromClient {
  const base = new URL(options.baseUrl);
  if (base.protocol !== "http:" && base.protocol !== "https:") {
    throw new TypeError(`Prometheus baseUrl must be http(s), got ${JSON.stringify(options.baseUrl)}`);
  }
  // A trailing slash makes relative endpoint paths resolve under a route prefix instead of replacing it.
  if (!base.pathname.endsWith("/")) base.pathname += "/";
  toPromDuration(options.timeoutMs, "timeoutMs");
  const cfg: TransportConfig = { baseUrl: base, timeoutMs: options.timeoutMs, fetch: options.fetch ?? globalThis.fetch };

  async function call<W, T>(req: HttpRequest, expr: string, dataSchema: z.ZodType<W>, convert: (w: W) => T, o?: CallOptions) {
    const res = await send(cfg, { ...req, timeoutMs: o?.timeoutMs, signal: o?.signal });
    try {
      return decodeResponse({ httpStatus: res.status, body: res.body, expr, dataSchema, convert });
    } catch (err) {
      throw err instanceof PromBadResponseError ? err.at(res.endpoint, res.status) : err;
    }
  }

  // Prometheus stops evaluating once its own timeout passes; without it a query the client gave up on
  // keeps burning server CPU.
  const serverTimeout = (o?: CallOptions): [string, string] => ["timeout", toPromDuration(o?.timeoutMs ?? cfg.timeoutMs, "timeoutMs")];

  return {
    baseUrl: base.href,

    query(expr, time, o) {
      const params: [string, string][] = [["query", expr], serverTimeout(o)];
      if (time !== undefined) params.push(["time", toPromTime(time, "time")]);
      return call({ path: "api/v1/query", params, postWhenLong: true }, expr, wireQueryDataSchema, (w) => convertQueryData(w), o);
    },

    queryRange(expr, range, o) {
      const params: [string, string][] = [
        ["query", expr],
        ["start", toPromTime(range.start, "start")],
        ["end", toPromTime(range.end, "end")],
        ["step", toPromDuration(toMs(range.step, "step"), "step")],
        serverTimeout(o),
      ];
      const toMatrix = (w: WireQueryData): readonly MatrixSeries[] => {
        const data = convertQueryData(w);
        // A range query always answers a matrix (scalars become one series); anything else is not the API.
        if (data.resultType !== "matrix") {
          throw new PromBadResponseError({ field: "data.resultType", detail: `expected "matrix" for a range query, got "${data.resultType}"` });
        }
        return data.result;
      };
      return call({ path: "api/v1/query_range", params, postWhenLong: true }, expr, wireQueryDataSchema, toMatrix, o);
    },

    series(matchers, bounds, o) {
      const params: [string, string][] = [...matchers.map((m): [string, string] => ["match[]", m]), ...boundsParams(bounds)];
      return call({ path: "api/v1/series", params, postWhenLong: true }, matchers.join(", "), wireSeriesDataSchema, (w) => w, o);
    },

    labelValues(label, filter, o) {
      const params: [string, string][] = [
        ...(filter?.matchers ?? []).map((m): [string, string] => ["match[]", m]),
        ...boundsParams(filter),
      ];
      // This endpoint takes no POST; its matchers are short in practice.
      const path = `api/v1/label/${encodeURIComponent(label)}/values`;
      return call({ path, params }, `label ${label}`, wireLabelValuesDataSchema, (w) => w, o);
    },

    targets(state = "active", o) {
      return call({ path: "api/v1/targets", params: [["state", state]] }, "targets", wireTargetsDataSchema, convertTargets, o);
    },

    async ready(o) {
      const res = await send(cfg, { path: "-/ready", timeoutMs: o?.timeoutMs, signal: o?.signal });
      if (res.status === 200) return true;
      if (res.status === 503) return false;
      throw new PromBadResponseError({ field: "status", detail: `expected 200 or 503, body ${JSON.stringify(res.body.slice(0, 120))}`, endpoint: res.endpoint, httpStatus: res.status });
    },
  };
}
