/**
 * `tsx scripts/bench/loadgen-blast-server.ts PORT`: streams `max_tokens` chunks in vLLM's shape as fast
 * as its core allows (a few writes per turn per stream), so the client, not a simulated GPU, is the limit.
 */
import { createServer } from "node:http";

const port = Number(process.argv[2]);
const HEAD = 'data: {"id":"cmpl-blast","object":"text_completion","created":0,"model":"blast","choices":[{"index":0,"text":" tok","logprobs":null,"finish_reason":null}],"usage":null}\n\n';
const last = (n: number) =>
  'data: {"id":"cmpl-blast","object":"text_completion","created":0,"model":"blast","choices":[{"index":0,"text":" end","logprobs":null,"finish_reason":"length"}],"usage":null}\n\n' +
  `data: {"id":"cmpl-blast","object":"text_completion","created":0,"model":"blast","choices":[],"usage":{"prompt_tokens":4,"completion_tokens":${n},"total_tokens":${n + 4}}}\n\ndata: [DONE]\n\n`;

createServer((req, res) => {
  if (req.method === "GET") {
    res.writeHead(200, { "content-type": "application/json" }).end('{"object":"list","data":[{"id":"blast","object":"model"}]}');
    return;
  }
  let body = "";
  req.setEncoding("utf8").on("data", (c: string) => (body += c)).on("end", () => {
    const { max_tokens: n = 16, stream = false } = JSON.parse(body) as { max_tokens?: number; stream?: boolean };
    if (!stream) {
      res.writeHead(200, { "content-type": "application/json" }).end(`{"id":"cmpl-blast","choices":[{"index":0,"text":"x","finish_reason":"length"}],"usage":{"prompt_tokens":4,"completion_tokens":${n},"total_tokens":${n + 4}}}`);
      return;
    }
    res.writeHead(200, { "content-type": "text/event-stream" });
    let sent = 0;
    const pump = () => {
      if (res.destroyed) return;
      // A few events per turn, each its own write, then yield so every stream takes turns.
      for (let i = 0; i < 4 && sent < n - 1; i++, sent++) res.write(HEAD);
      if (sent < n - 1) setImmediate(pump);
      else res.end(last(n));
    };
    pump();
  });
}).listen(port, "127.0.0.1", () => console.log(`blast server on http://127.0.0.1:${port}`));
