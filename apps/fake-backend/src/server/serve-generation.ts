import type { ServerResponse } from "node:http";
import { RESPONSE_ALREADY_SENT } from "@hono/node-server/utils/response";
import type { RequestRecord } from "@throtl/simulator";
import type { RealtimeDriver } from "./driver.ts";
import { ApiError } from "./errors.ts";
import type { GenerationPlan } from "./plan-request.ts";
import { responseBody } from "./response-body.ts";
import { toServedRequest, type EngineShape, type GenerationListener, type ServedRequest } from "./served-request.ts";
import { SseFormat } from "./sse-format.ts";
import { drawRequest, type RequestDraw } from "./stop-length.ts";
import { StreamSession } from "./stream-session.ts";
import { nodeSink, webSink } from "./stream-sink.ts";

export interface GenerationDeps {
  readonly driver: RealtimeDriver;
  readonly engine: EngineShape & { readonly maxModelLen: number };
  readonly seed: number;
  /** 1, 2, 3, … per accepted-for-tokenization request: seeds its stop length. */
  nextRequestNumber(): number;
  /** The request was queued on `engine` (metrics and ground truth count it). */
  onArrival(req: ServedRequest, engine: number): void;
}

/** How the response leaves: straight to Node's response when served over a port, else a Web Response. */
export interface Transport {
  readonly outgoing?: ServerResponse | undefined;
  readonly signal?: AbortSignal | undefined;
}

/** Queue a planned request and answer it, streaming or not. Refusals throw ApiError before any byte is sent. */
export async function serveGeneration(plan: GenerationPlan, deps: GenerationDeps, transport: Transport): Promise<Response> {
  const draw = drawRequest(deps.seed, deps.nextRequestNumber());
  if (plan.stream) return serveStream(plan, draw, deps, transport);
  let resolve!: (rec: RequestRecord) => void;
  const finished = new Promise<RequestRecord>((r) => (resolve = r));
  const listener: GenerationListener = { onToken: () => {}, onFinish: (rec) => resolve(rec) };
  const engine = submit(plan, draw, deps, listener);
  const abort = () => deps.driver.abort(plan.id, engine);
  if (transport.signal?.aborted) abort();
  transport.signal?.addEventListener("abort", abort, { once: true });
  const rec = await finished;
  transport.signal?.removeEventListener("abort", abort);
  return Response.json(responseBody(plan, rec, draw.wordOffset));
}

function serveStream(plan: GenerationPlan, draw: RequestDraw, deps: GenerationDeps, transport: Transport): Response {
  const format = new SseFormat(plan, draw.wordOffset);
  const session = new StreamSession(format, plan.endpoint === "chat", expectedLastToken(plan, draw, deps.engine.maxModelLen), plan.includeUsage);
  const engine = submit(plan, draw, deps, session);
  const gone = () => deps.driver.abort(plan.id, engine);
  // Events reach the session from a later timer callback, so the sink can be attached after queueing.
  if (transport.outgoing) {
    session.sink = nodeSink(transport.outgoing, gone);
    return RESPONSE_ALREADY_SENT;
  }
  const { sink, response } = webSink(gone);
  session.sink = sink;
  return response;
}

function submit(plan: GenerationPlan, draw: RequestDraw, deps: GenerationDeps, listener: GenerationListener): number {
  const req = toServedRequest(plan, draw, deps.driver.now(), deps.engine, listener);
  const result = deps.driver.submit(req);
  if (result.rejection) throw new ApiError(400, result.rejection.message, result.rejection.reason === "prompt_too_long" ? "too_long" : "validation");
  deps.onArrival(req, result.engine);
  return result.engine;
}

/** The output length the engine will stop at, unless the model's context fills first. */
function expectedLastToken(plan: GenerationPlan, draw: RequestDraw, maxModelLen: number): number {
  const room = maxModelLen - plan.promptIds.length;
  const stop = plan.ignoreEos ? Number.POSITIVE_INFINITY : Math.max(draw.stopAt, plan.minTokens);
  return Math.min(plan.maxTokens ?? room, stop, room);
}
