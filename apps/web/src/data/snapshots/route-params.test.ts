import { describe, expect, it } from "vitest";
import { comparePair, downloadName, exportFormat, importKind, inclusiveTo, isStoredId, toSearchParams } from "./route-params.ts";
import { listFilters, pageHref } from "./list-view.ts";

const A = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
const B = "00000000-0000-4000-8000-000000000002";

describe("snapshot route parameters", () => {
  it("accepts only UUIDs as ids: anything else cannot exist and is not found", () => {
    expect(isStoredId(A)).toBe(true);
    for (const bad of [undefined, "", "123", "../etc", `${A}x`]) expect(isStoredId(bad)).toBe(false);
  });

  it("reads a compare pair, the first of repeated values, and refuses a missing or malformed side", () => {
    expect(comparePair({ base: A, candidate: [B, A] })).toEqual({ base: A, candidate: B });
    expect(comparePair({ base: A })).toBeNull();
    expect(comparePair({ base: "nope", candidate: B })).toBeNull();
  });

  it("keeps repeated tags when turning page params into a query, and builds the next page's link", () => {
    const q = toSearchParams({ tag: ["a", "b"], model: "m/x", cursor: "c1", empty: undefined });
    expect(q.getAll("tag")).toEqual(["a", "b"]);
    expect(listFilters(q)).toEqual({ tags: ["a", "b"], model: "m/x", from: "", to: "" });
    expect(pageHref(q, "c2")).toBe("/snapshots?tag=a&tag=b&model=m%2Fx&cursor=c2");
    expect(pageHref(new URLSearchParams("cursor=c1"), null)).toBe("/snapshots");
  });

  it("export format: json by default, csv on request, anything else names the parameter", () => {
    expect(exportFormat(new URLSearchParams())).toEqual({ ok: true, format: "json" });
    expect(exportFormat(new URLSearchParams("format=csv"))).toEqual({ ok: true, format: "csv" });
    expect(exportFormat(new URLSearchParams("format=xml"))).toEqual({ ok: false, error: 'format: expected "json" or "csv", got "xml"' });
  });

  it("sends comparison files to the comparison importer and everything else to the snapshot importer", () => {
    expect(importKind('{"format":"throtl.comparison"}')).toBe("comparison");
    expect(importKind('{"format":"throtl.snapshot"}')).toBe("snapshot");
    expect(importKind("{ not json")).toBe("snapshot");
    expect(importKind("[]")).toBe("snapshot");
  });

  it("download names are slugs of the name plus the short id", () => {
    expect(downloadName("snapshot", "Max seqs 256 / H100!", A, "csv")).toBe("throtl-snapshot-max-seqs-256-h100-7c9e6679.csv");
    expect(downloadName("comparison", null, A, "json")).toBe("throtl-comparison-7c9e6679.json");
  });

  it("a To date includes that whole day; a full timestamp stays as given", () => {
    expect(inclusiveTo(new URLSearchParams("to=2026-11-20&tag=a")).toString()).toBe("to=2026-11-20T23%3A59%3A59.999Z&tag=a");
    expect(inclusiveTo(new URLSearchParams("to=2026-11-20T10:00:00Z")).get("to")).toBe("2026-11-20T10:00:00Z");
  });
});
