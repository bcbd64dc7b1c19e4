import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";

export interface DemoArgs {
  readonly port: number;
  readonly dcgmPort: number;
  readonly panelPort: number;
  readonly prometheusPort: number;
  /** Off: no panel (the fake backend and load only). */
  readonly panel: boolean;
  /** Panel in direct mode even when `prometheus` is on PATH. */
  readonly direct: boolean;
  readonly load: boolean;
  readonly maxInFlight: number;
  readonly durationSeconds: number | undefined;
  /** Off: no database (settings read-only, no snapshots). On: DATABASE_URL, else the demo's own Postgres. */
  readonly db: boolean;
  /** The demo Postgres' directory (default: demoPgDir). */
  readonly pgDir: string | undefined;
}

const port = (name: string) => z.coerce.number({ error: `--${name} must be a number` }).int(`--${name} must be an integer`)
  .min(0, `--${name} must be 0..65535`).max(65535, `--${name} must be 0..65535`);

const schema = z.object({
  port: port("port").default(8000),
  "dcgm-port": port("dcgm-port").default(9400),
  "panel-port": port("panel-port").default(3000),
  "prometheus-port": port("prometheus-port").default(9090),
  "no-panel": z.boolean().default(false),
  direct: z.boolean().default(false),
  "no-load": z.boolean().default(false),
  "max-in-flight": z.coerce.number().int("--max-in-flight must be an integer").min(1, "--max-in-flight must be at least 1").max(4096, "--max-in-flight must be at most 4096").default(256),
  duration: z.coerce.number({ error: "--duration must be a number of seconds" }).positive("--duration must be > 0").optional(),
  "no-db": z.boolean().default(false),
  "pg-dir": z.string().trim().min(1, "--pg-dir must name a directory").optional(),
});

/** Demo flags, strictly: an unknown flag or a bad value throws an Error naming it. */
export function parseDemoArgs(argv: readonly string[]): DemoArgs {
  const { values } = parseArgs({
    args: [...argv], strict: true, allowPositionals: false,
    options: {
      port: { type: "string" }, "dcgm-port": { type: "string" }, "panel-port": { type: "string" }, "prometheus-port": { type: "string" },
      "no-panel": { type: "boolean" }, direct: { type: "boolean" }, "no-load": { type: "boolean" },
      "max-in-flight": { type: "string" }, duration: { type: "string" }, "no-db": { type: "boolean" }, "pg-dir": { type: "string" },
    },
  });
  const parsed = schema.safeParse(values);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("; "));
  const v = parsed.data;
  return {
    port: v.port, dcgmPort: v["dcgm-port"], panelPort: v["panel-port"], prometheusPort: v["prometheus-port"], panel: !v["no-panel"], direct: v.direct,
    load: !v["no-load"], maxInFlight: v["max-in-flight"], durationSeconds: v.duration, db: !v["no-db"], pgDir: v["pg-dir"] && resolve(v["pg-dir"]),
  };
}
