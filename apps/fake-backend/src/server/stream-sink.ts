import type { ServerResponse } from "node:http";

/** Where a stream's SSE text goes: a Node response (served over a port) or a Web stream (in-process). */
export interface StreamSink {
  write(text: string): void;
  end(text?: string): void;
}

export const SSE_HEADERS = { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache" } as const;

/**
 * A client that stops reading must not hold memory forever: past this many buffered bytes the
 * connection is dropped and the request aborted (vLLM would keep generating into its queue).
 */
export const MAX_BUFFERED_BYTES = 8 * 1024 * 1024;

/**
 * Writes straight to the Node response, skipping Web Streams: one string per token. Node corks the
 * socket for the rest of the tick on a chunked write, so a batch of due steps leaves as one writev.
 */
export function nodeSink(res: ServerResponse, onGone: () => void): StreamSink {
  let ended = false;
  const gone = () => {
    if (!ended) {
      ended = true;
      onGone();
    }
  };
  // The client may have left while the request was being tokenized and queued.
  if (res.destroyed) {
    queueMicrotask(gone);
    return { write() {}, end() {} };
  }
  res.writeHead(200, SSE_HEADERS);
  res.flushHeaders();
  res.on("close", gone);
  return {
    write(text) {
      if (ended) return;
      res.write(text);
      if (res.writableLength > MAX_BUFFERED_BYTES) {
        ended = true;
        res.destroy();
        onGone();
      }
    },
    end(text) {
      if (ended) return;
      ended = true;
      res.end(text);
    },
  };
}

/** For `app.request(...)` in tests and non-Node runtimes: a ReadableStream body; cancel means the client left. */
export function webSink(onGone: () => void): { sink: StreamSink; response: Response } {
  const encoder = new TextEncoder();
  let ctrl!: ReadableStreamDefaultController<Uint8Array>;
  let ended = false;
  const body = new ReadableStream<Uint8Array>({
    start: (c) => { ctrl = c; },
    cancel: () => {
      if (!ended) {
        ended = true;
        onGone();
      }
    },
  });
  const sink: StreamSink = {
    write(text) {
      if (!ended) ctrl.enqueue(encoder.encode(text));
    },
    end(text) {
      if (ended) return;
      ended = true;
      if (text) ctrl.enqueue(encoder.encode(text));
      ctrl.close();
    },
  };
  return { sink, response: new Response(body, { status: 200, headers: SSE_HEADERS }) };
}
