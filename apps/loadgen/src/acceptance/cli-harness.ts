import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../cli/run-cli.ts";

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
  readonly ms: number;
  /** The run's output prefix (PREFIX.json, PREFIX.csv). */
  readonly prefix: string;
}

/** Runs the CLI in this process with `--out` in a fresh temp dir; files are real, output captured. */
export async function cli(argv: readonly string[], stop = new AbortController().signal): Promise<CliRun> {
  const prefix = join(mkdtempSync(join(tmpdir(), "throtl-load-")), "run");
  let out = "";
  let err = "";
  const t0 = performance.now();
  const code = await runCli([...argv, ...(argv.includes("--out") ? [] : ["--out", prefix])], {
    out: { write: (s: string) => (out += s), isTTY: false },
    err: (s) => (err += s),
    stop,
    readText: (p) => readFileSync(p, "utf8"),
    writeText: (p, t) => writeFileSync(p, t),
    now: () => new Date(),
  });
  return { code, out, err, ms: performance.now() - t0, prefix };
}
