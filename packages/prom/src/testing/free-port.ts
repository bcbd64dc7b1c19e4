// A TCP port on 127.0.0.1 that nothing listens on right now. The OS picks it (port 0), so parallel
// test files do not collide; between close() and the next bind another process could take it, which
// is why startPrometheus retries on "address already in use".
import { createServer } from "node:net";

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error("could not read the bound port"))));
    });
  });
}
