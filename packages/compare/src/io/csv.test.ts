import { describe, expect, it } from "vitest";
import { compareSnapshots } from "../compare/compare-snapshots.ts";
import { snapshot } from "../testing/index.ts";
import { comparisonToCsv, snapshotToCsv, toCsv } from "./csv.ts";

describe("CSV export", () => {
  it("quotes cells with commas, quotes and line breaks (RFC 4180)", () => {
    expect(toCsv(["a", "b"], [['say "hi"', "x,y"], [null, 1]])).toBe('a,b\r\n"say ""hi""","x,y"\r\n,1\r\n');
  });

  it("writes one row per snapshot value, gaps as empty cells", () => {
    const s = snapshot("00000000-0000-4000-8000-000000000001", {}, { values: { waiting: null } });
    const lines = snapshotToCsv(s).trimEnd().split("\r\n");
    expect(lines[0]).toBe("signal,stat,threshold_seconds,unit,value,unsupported");
    expect(lines).toContain("waiting,value,,count,,");
    expect(lines).toContain("request_rate,value,,req/s,4,");
    expect(lines.length).toBe(1 + s.signals.length + s.slos.length);
  });

  it("writes one row per compared value, with verdict and interval", () => {
    const c = compareSnapshots(snapshot("00000000-0000-4000-8000-000000000001"), snapshot("00000000-0000-4000-8000-000000000002", {}, { latencyScale: 1.3, seed: 2 }));
    const lines = comparisonToCsv(c).trimEnd().split("\r\n");
    expect(lines[0]).toBe("signal,stat,threshold_seconds,unit,base,candidate,delta,delta_pct,verdict,ci95_low,ci95_high,method,confidence");
    expect(lines.find((l) => l.startsWith("ttft,p50,"))).toMatch(/,worse,[\d.e-]+,[\d.e-]+,bootstrap,"95 % interval of the change: /);
  });
});
