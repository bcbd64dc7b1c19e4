import { describe, expect, it } from "vitest";
import { parseDemoArgs } from "./args.ts";

describe("demo args", () => {
  it("defaults to the ports vLLM and dcgm-exporter use", () => {
    expect(parseDemoArgs([])).toEqual({
      port: 8000, dcgmPort: 9400, panelPort: 3000, prometheusPort: 9090, panel: true, direct: false, load: true, maxInFlight: 256, durationSeconds: undefined, db: true, pgDir: undefined,
    });
  });

  it("reads every flag", () => {
    expect(parseDemoArgs(["--port", "0", "--dcgm-port", "0", "--panel-port", "3001", "--prometheus-port", "9091", "--no-panel", "--direct", "--no-load",
      "--max-in-flight", "8", "--duration", "2.5", "--no-db", "--pg-dir", "/tmp/pg"]))
      .toEqual({ port: 0, dcgmPort: 0, panelPort: 3001, prometheusPort: 9091, panel: false, direct: true, load: false, maxInFlight: 8, durationSeconds: 2.5, db: false, pgDir: "/tmp/pg" });
  });

  it.each([
    [["--port", "70000"], /--port must be 0..65535/],
    [["--port", "x"], /--port must be a number/],
    [["--max-in-flight", "0"], /--max-in-flight must be at least 1/],
    [["--duration", "0"], /--duration must be > 0/],
    [["--bogus"], /bogus/],
    [["--pg-dir", " "], /--pg-dir must name a directory/],
  ])("refuses %j", (argv, message) => {
    expect(() => parseDemoArgs(argv)).toThrow(message);
  });
});
