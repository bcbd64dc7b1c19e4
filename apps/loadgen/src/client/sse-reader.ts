/**
 * Server-sent events from text as it arrives: calls `onData` with each event's data (its `data:` lines
 * joined by "\n") when the blank line ending it is read. Other fields (event, id, retry, comments)
 * carry nothing an OpenAI stream needs and are skipped.
 */
export class SseReader {
  private buf = "";
  private data: string[] = [];

  constructor(private readonly onData: (data: string) => void) {}

  feed(text: string): void {
    const buf = this.buf.length > 0 ? this.buf + text : text;
    let start = 0;
    for (let nl = buf.indexOf("\n"); nl >= 0; nl = buf.indexOf("\n", start)) {
      const end = nl > start && buf.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      const lineStart = start;
      start = nl + 1;
      if (end === lineStart) {
        this.dispatch();
      } else if (buf.startsWith("data:", lineStart)) {
        const from = buf.charCodeAt(lineStart + 5) === 32 ? lineStart + 6 : lineStart + 5;
        this.data.push(buf.slice(from, end));
      }
    }
    this.buf = start < buf.length ? buf.slice(start) : "";
  }

  /** Bytes after the last complete line, for an error message when a stream ends mid-event. */
  get pending(): string {
    return this.buf + this.data.join("\n");
  }

  private dispatch(): void {
    if (this.data.length === 0) return;
    const d = this.data.length === 1 ? this.data[0]! : this.data.join("\n");
    this.data = [];
    this.onData(d);
  }
}
