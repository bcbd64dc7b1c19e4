// The driver adapter the Prisma CLI runs migrations through (Prisma 6.19 with `engine: "js"`, the
// wasm schema engine; no native binary download). Three fixes, all CLI-side; the app is unaffected.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

// 1. adapter-pg cannot deserialize Postgres `name` (oid 19) and `"char"` (oid 18), which the
//    engine's introspection reads (prisma/prisma#27403): report both as text (oid 25).
const TEXT_OID = 25;
const addFields = pg.Result.prototype.addFields;
pg.Result.prototype.addFields = function (fields) {
  const patched = fields.map((f) => (f.dataTypeID === 18 || f.dataTypeID === 19 ? { ...f, dataTypeID: TEXT_OID } : f));
  return addFields.call(this, patched);
};

/** Discrete connection settings: with `connectionString`, pg ignores a `database` override. */
function poolConfig(url: string, database?: string): pg.PoolConfig {
  const u = new URL(url);
  return {
    host: decodeURIComponent(u.hostname) || undefined,
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username) || undefined,
    password: decodeURIComponent(u.password) || undefined,
    database: database ?? (decodeURIComponent(u.pathname.slice(1)) || undefined),
    // 3. pg keeps idle sockets 10 s by default, which kept the CLI alive after its work.
    idleTimeoutMillis: 200,
  };
}

// 2. `migrate dev` must use a separate shadow database; the stock adapter's shadow pool pointed at
//    the main database, and it dropped the shadow database before closing that pool.
class CliPrismaPg extends PrismaPg {
  constructor(private readonly url: string) {
    super(poolConfig(url));
  }

  override async connectToShadowDb(): Promise<Adapter> {
    const main = await this.connect();
    const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID().replaceAll("-", "")}`;
    await main.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = await new PrismaPg(poolConfig(this.url, database)).connect();
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await main.executeScript(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await main.dispose();
    };
    return shadow;
  }
}

export function cliAdapter(url: string): PrismaPg {
  return new CliPrismaPg(url);
}
