import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseGoFloat } from "../go-float.ts";
import { labelsKey } from "../series.ts";

const PROMTOOL = "/usr/bin/promtool";

/** One input series for `promtool test rules`: a value, `_` (no sample) or `stale` per interval slot. */
export interface OracleSeries {
  readonly labels: Readonly<Record<string, string>>;
  readonly values: readonly (number | "_" | "stale")[];
}

export interface OracleQuery {
  readonly expr: string;
  readonly atSeconds: number;
}

/**
 * What the real Prometheus engine (promtool's, the version CI installs) returns for each query:
 * a map from labelsKey(labels) to value. Every query expects nothing, so promtool prints what it
 * got; the evaluation interval is 1 s because promtool only shows storage up to the last tick.
 */
export function promtoolEval(intervalSeconds: number, series: readonly OracleSeries[], queries: readonly OracleQuery[]): Map<string, number>[] {
  const lines = ["rule_files: []", "evaluation_interval: 1s", "tests:", `  - interval: ${intervalSeconds}s`, "    input_series:"];
  for (const s of series) {
    lines.push(`      - series: ${JSON.stringify(selector(s.labels))}`);
    lines.push(`        values: ${JSON.stringify(s.values.map(formatValue).join(" "))}`);
  }
  lines.push("    promql_expr_test:");
  for (const q of queries) lines.push(`      - expr: ${JSON.stringify(q.expr)}`, `        eval_time: ${q.atSeconds}s`, "        exp_samples: []");
  const dir = mkdtempSync(join(tmpdir(), "throtl-oracle-"));
  try {
    writeFileSync(join(dir, "test.yml"), `${lines.join("\n")}\n`);
    const r = spawnSync(PROMTOOL, ["test", "rules", "test.yml"], { cwd: dir, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    if (r.error) throw new Error(`promtool not found at ${PROMTOOL}: install the Debian package (apt-get install -y prometheus). ${r.error.message}`);
    return readGot(`${r.stdout}${r.stderr}`, queries);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function readGot(output: string, queries: readonly OracleQuery[]): Map<string, number>[] {
  const got = new Map<string, Map<string, number>>();
  const blocks = output.split(/\n\s*expr: /).slice(1);
  for (const block of blocks) {
    const head = /^("(?:[^"\\]|\\.)*"), time: ([^,]+),/.exec(block);
    const gotLine = /\n\s*got: (.*)/.exec(block);
    if (!head || !gotLine) throw new Error(`unexpected promtool output:\n${output.slice(0, 4000)}`);
    got.set(`${JSON.parse(head[1]!) as string}@${head[2]}`, parseSamples(gotLine[1]!));
  }
  if (blocks.length === 0 && !/SUCCESS/.test(output)) throw new Error(`promtool failed:\n${output.slice(0, 4000)}`);
  return queries.map((q) => got.get(`${q.expr}@${promDuration(q.atSeconds)}`) ?? new Map());
}

function parseSamples(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of text.matchAll(/\{((?:[^"}]|"(?:[^"\\]|\\.)*")*)\} (\S+?)(?:,|$)/g)) {
    const labels: Record<string, string> = {};
    for (const l of m[1]!.matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[l[1]!] = JSON.parse(`"${l[2]!}"`) as string;
    const value = parseGoFloat(m[2]!);
    if (value === undefined) throw new Error(`unreadable promtool value ${m[2]}`);
    out.set(labelsKey(labels), value);
  }
  return out;
}

const selector = (labels: Readonly<Record<string, string>>) => {
  const { __name__: name, ...rest } = labels;
  return `${name}{${Object.entries(rest).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(", ")}}`;
};

const formatValue = (v: number | "_" | "stale") =>
  typeof v === "string" ? v : Number.isNaN(v) ? "NaN" : v === Infinity ? "Inf" : v === -Infinity ? "-Inf" : String(v);

/** Prometheus' model.Duration String for whole seconds, as promtool prints times: 75 → "1m15s", 60 → "1m". */
export function promDuration(seconds: number): string {
  if (seconds === 0) return "0s";
  const parts: [number, string][] = [[Math.floor(seconds / 3600), "h"], [Math.floor((seconds % 3600) / 60), "m"], [seconds % 60, "s"]];
  return parts.filter(([n]) => n > 0).map(([n, u]) => `${n}${u}`).join("");
}
