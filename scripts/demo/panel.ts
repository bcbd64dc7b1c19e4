import { existsSync } from "node:fs";
import { spawnChild, waitHttp, type Child } from "./children.ts";

const WEB = "apps/web";
const NEXT = "node_modules/.bin/next";

/** Builds the panel once (a fresh checkout has no .next/BUILD_ID), then serves it with `next start`. */
export async function startPanel(address: string, env: Readonly<Record<string, string>>, log: (line: string) => void): Promise<Child> {
  const telemetry = { NEXT_TELEMETRY_DISABLED: "1" };
  if (!existsSync(`${WEB}/.next/BUILD_ID`)) {
    log("[demo] building the panel once (next build, about a minute)...");
    const build = spawnChild("next build", NEXT, ["build", WEB], telemetry);
    const code = await new Promise<number | null>((resolve) => build.process.once("exit", resolve));
    if (code !== 0) throw new Error(`next build failed (${code}):\n${build.tail()}`);
  }
  const [host, port] = address.split(":") as [string, string];
  const child = spawnChild("panel", NEXT, ["start", WEB, "-H", host, "-p", port], { ...telemetry, ...env });
  await waitHttp(child, `http://${address}/api/overview`, 60_000);
  return child;
}
