import { describe, expect, it } from "vitest";
import { DatabaseConfigError, databaseUrlFromEnv, parseDatabaseUrl } from "./env.ts";

describe("DATABASE_URL", () => {
  it("accepts a postgresql:// or postgres:// URL", () => {
    expect(databaseUrlFromEnv({ DATABASE_URL: " postgresql://throtl:pw@db:5432/throtl " })).toBe("postgresql://throtl:pw@db:5432/throtl");
    expect(parseDatabaseUrl("postgres://localhost/throtl")).toBe("postgres://localhost/throtl");
  });

  it.each([
    [undefined, "DATABASE_URL is not set: set it to a postgresql:// connection string"],
    ["", "DATABASE_URL is empty: set it to a postgresql:// connection string"],
    ["mysql://localhost/throtl", "DATABASE_URL is not a postgresql:// URL (postgresql://user:password@host:5432/database)"],
    ["postgresql://host with spaces/db", "DATABASE_URL is not a postgresql:// URL (postgresql://user:password@host:5432/database)"],
  ])("rejects %j, naming the variable", (value, message) => {
    expect(() => databaseUrlFromEnv({ DATABASE_URL: value })).toThrow(DatabaseConfigError);
    expect(() => databaseUrlFromEnv({ DATABASE_URL: value })).toThrow(new DatabaseConfigError(message));
  });
});
