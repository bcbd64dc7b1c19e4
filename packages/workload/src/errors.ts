/** A trace row that is not what its format promises. `line` counts from 1 with the header as line 1. */
export class TraceRowError extends Error {
  constructor(readonly file: string, readonly line: number, readonly reason: string, text: string) {
    super(`${file}:${line}: ${reason}: ${JSON.stringify(text.length > 120 ? `${text.slice(0, 117)}...` : text)}`);
    this.name = "TraceRowError";
  }
}

/** The first line names no known format, or not the one asked for. */
export class TraceHeaderError extends Error {
  constructor(readonly file: string, readonly header: string, expected: readonly string[]) {
    super(`${file}:1: unknown header ${JSON.stringify(header)}; expected ${expected.join(" or ")}`);
    this.name = "TraceHeaderError";
  }
}
