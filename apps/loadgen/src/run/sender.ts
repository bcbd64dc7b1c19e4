import type { Exchange } from "../client/exchange.ts";

/** What the runner sends through: HttpClient in the CLI, a stub in tests. Never rejects. */
export interface Sender {
  send(path: string, body: string, stream: boolean, onTokens?: (n: number) => void): Promise<Exchange>;
  /** Ends every request in flight with error kind "aborted". */
  cancelAll(): void;
  /** Optional: call `hook` with the time of every response read (the open loop sends between reads). */
  watchReads?(hook: ((now: number) => void) | undefined): void;
}
