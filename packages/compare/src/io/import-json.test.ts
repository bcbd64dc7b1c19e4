import { describe, expect, it } from "vitest";
import { snapshot } from "../testing/index.ts";
import { comparisonFile, snapshotFile, toJson } from "./export-json.ts";
import { ImportError, parseComparisonFile, parseSnapshotFile } from "./import-json.ts";

const s = snapshot("00000000-0000-4000-8000-000000000001");
const exportedAt = new Date("2026-11-21T00:00:00Z");
const good = () => JSON.parse(toJson(snapshotFile(s, exportedAt)));

/** The file with the value at `at` replaced (undefined: removed). */
function edited(file: unknown, at: readonly (string | number)[], value: unknown): unknown {
  let target = file as Record<string | number, unknown>;
  for (const key of at.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  const last = at[at.length - 1] as string | number;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return file;
}

function importError(text: string): ImportError {
  try {
    parseSnapshotFile(text);
  } catch (err) {
    if (err instanceof ImportError) return err;
    throw err;
  }
  throw new Error("expected an ImportError");
}

describe("snapshot files", () => {
  it("round-trip: export then import gives the same snapshot", () => {
    expect(parseSnapshotFile(toJson(snapshotFile(s, exportedAt)))).toEqual({ format: "throtl.snapshot", version: 1, exportedAt, snapshot: s });
  });

  it("round-trip a comparison with both snapshots", () => {
    const b = snapshot("00000000-0000-4000-8000-000000000002", { name: "candidate" }, { seed: 2 });
    const record = { id: "00000000-0000-4000-8000-0000000000aa", name: "max_num_seqs 512", baseId: s.id, candidateId: b.id, createdAt: exportedAt };
    const parsed = parseComparisonFile(toJson(comparisonFile(record, s, b, exportedAt)));
    expect([parsed.comparison.name, parsed.base, parsed.candidate]).toEqual(["max_num_seqs 512", s, b]);
  });

  // Each malformed file names the field by its path; nothing of it is returned.
  const cases: { name: string; at: (string | number)[]; value: unknown; path: string; message: RegExp }[] = [
    { name: "a bucket bound that is a string", at: ["snapshot", "histograms", 0, "buckets", 2, "le"], value: "0.01", path: "snapshot.histograms[0].buckets[2].le", message: /expected number/ },
    { name: "bounds out of order", at: ["snapshot", "histograms", 1, "buckets", 3, "le"], value: 0.001, path: "snapshot.histograms[1].buckets[3].le", message: /bounds must increase/ },
    { name: "an unknown signal", at: ["snapshot", "signals", 0, "signal"], value: "tokens_per_dollar", path: "snapshot.signals[0].signal", message: /Invalid option/ },
    { name: "a latency stat on a single-value signal", at: ["snapshot", "signals", 0, "stat"], value: "p99", path: "snapshot.signals[0].stat", message: /request_rate has one value/ },
    { name: "a duplicate signal value", at: ["snapshot", "signals", s.signals.length], value: s.signals[0], path: `snapshot.signals[${s.signals.length}]`, message: /duplicate value for request_rate value/ },
    { name: "a window that ends before it starts", at: ["snapshot", "window", "end"], value: "2026-11-20T09:00:00Z", path: "snapshot.window.end", message: /after its start/ },
    { name: "a missing workload", at: ["snapshot", "workload"], value: undefined, path: "snapshot.workload", message: /expected object/ },
    { name: "an unknown config origin", at: ["snapshot", "engineConfig", 0, "origin"], value: "guess", path: "snapshot.engineConfig[0].origin", message: /Invalid option/ },
    { name: "a newer file version", at: ["version"], value: 2, path: "version", message: /unsupported version 2: this Throtl reads version 1/ },
    { name: "a comparison file", at: ["format"], value: "throtl.comparison", path: "format", message: /expected "throtl.snapshot", got "throtl.comparison"/ },
  ];
  it.each(cases)("rejects $name, naming $path", ({ at, value, path, message }) => {
    const err = importError(JSON.stringify(edited(good(), at, value)));
    expect(err.issues[0]?.path).toBe(path);
    expect(err.issues[0]?.message).toMatch(message);
    expect(err.message).toContain(`Invalid import file: ${path}: `);
  });

  it("rejects text that is not JSON", () => {
    expect(importError("{ not json").issues[0]?.path).toBe("(root)");
    expect(importError("{ not json").message).toMatch(/^Invalid import file: \(root\): not JSON/);
  });
});
