import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CATALOG } from "../catalog/index.ts";
import { ENGINE_FLAVORS, SIGNAL_IDS } from "../types.ts";
import { supportMatrix, withSupportMatrix } from "./support-matrix.ts";

const DOC = fileURLToPath(new URL("../../../../docs/signals.md", import.meta.url));

describe("docs/signals.md support matrix", () => {
  it("is exactly the generated one (run `npm run docs:signals -w @throtl/signals` after a catalog change)", () => {
    const doc = readFileSync(DOC, "utf8");
    expect(withSupportMatrix(doc)).toBe(doc);
  });

  it("has a row per signal and a cell per flavor, with the reason where a flavor lacks the signal", () => {
    const rows = supportMatrix().split("\n").filter((l) => l.startsWith("| ") && l.includes("(`"));
    expect(rows).toHaveLength(SIGNAL_IDS.length);
    for (const row of rows) expect(row.split(" | ")).toHaveLength(ENGINE_FLAVORS.length + 1);
    const ttft = CATALOG.tgi.signals.ttft;
    expect(ttft.kind).toBe("unsupported");
    if (ttft.kind === "unsupported") expect(supportMatrix()).toContain(`— ${ttft.reason}`);
  });
});
