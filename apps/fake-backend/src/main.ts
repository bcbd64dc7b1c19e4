import { EngineConfigError } from "@throtl/simulator";
import { USAGE } from "./cli/flag-specs.ts";
import { CliError } from "./cli/parse-flags.ts";
import { parseServeArgs, type ServeArgs } from "./cli/serve-args.ts";
import { startupSummary } from "./cli/startup-summary.ts";
import { createFakeBackend, type FakeBackend } from "./server/backend.ts";

/** `npm run fake -- [flags]`: bad flags exit 2 with one line naming the flag, as argparse does. */
async function main(argv: readonly string[]): Promise<number> {
  let args: ServeArgs;
  let backend: FakeBackend;
  try {
    args = parseServeArgs(argv);
    if (args.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    backend = createFakeBackend({
      engine: args.engine, flavor: args.flavor, seed: args.seed, host: args.host, port: args.port, dcgmPort: args.dcgmPort, flags: args.flags,
    });
  } catch (e) {
    if (e instanceof CliError) return usageError(e.message);
    if (e instanceof EngineConfigError) return usageError(`argument ${e.flag}: ${e.message}`);
    throw e;
  }
  try {
    await backend.start();
  } catch (e) {
    console.error(`fake-backend: error: cannot serve on ${args.host}:${args.port}: ${(e as Error).message}`);
    await backend.close();
    return 1;
  }
  for (const line of startupSummary(backend.config, { api: backend.url, dcgm: backend.dcgmUrl }, args.flavor)) console.log(line);
  await new Promise<void>((resolve) => {
    const stop = (sig: string) => {
      console.log(`INFO [api_server] ${sig} received, shutting down`);
      resolve();
    };
    process.once("SIGINT", () => stop("SIGINT"));
    process.once("SIGTERM", () => stop("SIGTERM"));
  });
  await backend.close();
  return 0;
}

function usageError(message: string): number {
  console.error(`fake-backend: error: ${message}`);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
