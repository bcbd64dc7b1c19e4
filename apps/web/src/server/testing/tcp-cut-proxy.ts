// A TCP pass-through on 127.0.0.1 between the panel and a real Postgres that can drop every
// connection the moment the client sends a given query text: a database lost mid-transaction,
// at a chosen statement, with the server itself left running to check what it kept.
import { createServer, type Server, type Socket, connect } from "node:net";

export interface CutProxy {
  readonly port: number;
  /** The next client chunk containing `text` closes every connection before it reaches Postgres. */
  cutOn(text: string): void;
  /** Resolves when an armed cut has happened. */
  cut(): Promise<void>;
  close(): Promise<void>;
}

export async function startCutProxy(targetPort: number): Promise<CutProxy> {
  const sockets = new Set<Socket>();
  let armed: string | undefined;
  let onCut: () => void = () => undefined;
  let cutDone = Promise.resolve();
  const dropAll = () => { for (const s of sockets) s.destroy(); sockets.clear(); };
  const server: Server = createServer((client) => {
    const upstream = connect(targetPort, "127.0.0.1");
    sockets.add(client).add(upstream);
    client.on("data", (chunk: Buffer) => {
      if (armed !== undefined && chunk.includes(armed)) {
        armed = undefined;
        dropAll();
        onCut();
        return;
      }
      upstream.write(chunk);
    });
    upstream.on("data", (chunk: Buffer) => client.write(chunk));
    for (const s of [client, upstream]) {
      s.on("error", () => undefined);
      s.on("close", () => { client.destroy(); upstream.destroy(); sockets.delete(client); sockets.delete(upstream); });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("proxy has no port");
  return {
    port: address.port,
    cutOn(text) {
      armed = text;
      cutDone = new Promise((resolve) => { onCut = resolve; });
    },
    cut: () => cutDone,
    close: () => new Promise((resolve) => { dropAll(); server.close(() => resolve()); }),
  };
}
