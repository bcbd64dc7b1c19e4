import type { RequestRecord } from "@throtl/simulator";
import type { GenerationListener } from "./served-request.ts";
import { SSE_DONE, type SseFormat } from "./sse-format.ts";
import type { StreamSink } from "./stream-sink.ts";

/**
 * One streaming response fed by the driver: a chunk per token as it is delivered. The token the
 * engine is expected to finish on is held for the finish record (delivered in the same callback) so
 * its chunk carries the record's finish_reason.
 */
export class StreamSession implements GenerationListener {
  private held = -1;
  sink: StreamSink | undefined;

  constructor(private readonly format: SseFormat, private readonly chat: boolean, private readonly expectedLast: number, private readonly includeUsage: boolean) {}

  onToken(count: number): void {
    const sink = this.sink;
    if (!sink) return;
    if (this.held >= 0) {
      sink.write(this.format.token(this.held));
      this.held = -1;
    }
    if (count === 1 && this.chat) sink.write(this.format.roleChunk());
    if (count >= this.expectedLast) this.held = count - 1;
    else sink.write(this.format.token(count - 1));
  }

  onFinish(rec: RequestRecord): void {
    const sink = this.sink;
    if (!sink) return;
    if (rec.finishReason === "abort") {
      sink.end();
      return;
    }
    let out = this.held >= 0 ? this.format.lastToken(this.held, rec.finishReason) : this.format.finishOnly(rec.finishReason);
    if (this.includeUsage) out += this.format.usage(rec.promptTokens, rec.outputTokens);
    sink.end(out + SSE_DONE);
  }
}
