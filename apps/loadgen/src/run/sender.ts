import type { Exchange } from "../client/exchange.ts";

/** What the runner sends through: HttpClient in the CLI, a stub in tests. Never rejects. */
export interface Sender {
  send(path: string, body: string, stream: boolean, signal?: AbortSignal, onTokens?: (n: number) => void): Promise<Exchange>;
}
