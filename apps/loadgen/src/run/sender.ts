import type { Exchange } from "../client/exchange.ts";

/** What the runner sends through: HttpClient in the CLI, a stub in tests. Never rejects. */
export interface Sender {
  send(path: string, body: string, stream: boolean, onTokens?: (n: number) => void): Promise<Exchange>;
  /** Ends every request in flight with error kind "aborted". */
  cancelAll(): void;
}
