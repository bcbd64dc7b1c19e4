// Applying the committed migrations: `prisma migrate deploy` in a child process, the way production
// does it (~1.5 s of CPU: the wasm schema engine), or their SQL files directly (milliseconds).
import { spawn } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

const PACKAGE_DIR = fileURLToPath(new URL("../..", import.meta.url));

/** Runs a Prisma CLI command against `url` from packages/db; resolves with its output. */
export function prismaCli(args: readonly string[], url: string, timeoutMs = 60_000): Promise<string> {
  const cli = join(dirname(createRequire(import.meta.url).resolve("prisma/package.json")), "build", "index.js");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: PACKAGE_DIR,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        DATABASE_URL: url,
        NODE_OPTIONS: `--require=${join(PACKAGE_DIR, "prisma", "unref-long-timers.cjs")}`,
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
        CHECKPOINT_DISABLE: "1",
      },
    });
    let out = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.stderr.on("data", (c: Buffer) => (out += c.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`prisma ${args.join(" ")} failed (${signal ?? `exit ${code}`}):\n${out}`));
    });
  });
}

export function migrateDeploy(url: string): Promise<string> {
  return prismaCli(["migrate", "deploy"], url);
}

/**
 * Runs each prisma/migrations/<name>/migration.sql in order, each in a transaction: the same SQL
 * deploy runs, without its bookkeeping table. For test databases; migrations.test.ts covers deploy.
 */
export async function applyMigrationFiles(url: string): Promise<void> {
  const root = join(PACKAGE_DIR, "prisma", "migrations");
  const names = (await readdir(root, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const name of names) {
      const sql = await readFile(join(root, name, "migration.sql"), "utf8");
      await client.query(`BEGIN;\n${sql}\nCOMMIT;`).catch(async (err: unknown) => {
        await client.query("ROLLBACK").catch(() => undefined);
        throw new Error(`migration ${name} failed: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
      });
    }
  } finally {
    await client.end();
  }
}
