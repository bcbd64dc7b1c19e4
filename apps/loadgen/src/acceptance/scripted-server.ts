import { createServer, type Server, type ServerResponse } from "node:http";

/** How the scripted server answers one request. */
export type Behaviour = "ok" | "http500" | "break" | "malformed" | "no-finish" | "hang";

export interface ScriptedServer {
  readonly url: string;
  /** Bodies of the generation requests received, in arrival order. */
  readonly bodies: unknown[];
  /** Every request received, GET /v1/models included. */
  requests: number;
  close(): Promise<void>;
}

const chunk = (text: string, finish: string | null) =>
  `data: ${JSON.stringify({ id: "cmpl-s", object: "text_completion", model: "scripted", choices: [{ index: 0, text, logprobs: null, finish_reason: finish }], usage: null })}\n\n`;

/**
 * An OpenAI-looking server on 127.0.0.1 that misbehaves on cue: `script(n)` picks the behaviour of
 * the n-th generation request (0-based). "ok" streams three tokens and usage, properly.
 */
export async function startScriptedServer(script: (n: number) => Behaviour): Promise<ScriptedServer> {
  const bodies: unknown[] = [];
  const state = { requests: 0 };
  const server: Server = createServer((req, res) => {
    state.requests++;
    if (req.method === "GET") return void res.writeHead(200, { "content-type": "application/json" }).end('{"object":"list","data":[{"id":"scripted"}]}');
    let body = "";
    req.setEncoding("utf8").on("data", (c: string) => (body += c)).on("end", () => {
      const n = bodies.length;
      bodies.push(JSON.parse(body));
      answer(script(n), res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`, bodies,
    get requests() { return state.requests; },
    set requests(v) { state.requests = v; },
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

function answer(b: Behaviour, res: ServerResponse): void {
  switch (b) {
    case "http500":
      return void res.writeHead(500, { "content-type": "application/json" }).end('{"object":"error","message":"engine crashed","type":"InternalServerError","code":500}');
    case "hang":
      return;
    default:
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write(chunk(" a", null));
      res.write(chunk(" b", null));
      if (b === "break") return void setTimeout(() => res.socket?.destroy(), 5);
      if (b === "malformed") return void res.end("data: {not json\n\ndata: [DONE]\n\n");
      if (b === "no-finish") return void res.end();
      res.end(`${chunk(" c", "length")}data: ${JSON.stringify({ id: "cmpl-s", choices: [], usage: { prompt_tokens: 8, completion_tokens: 3, total_tokens: 11 } })}\n\ndata: [DONE]\n\n`);
  }
}
