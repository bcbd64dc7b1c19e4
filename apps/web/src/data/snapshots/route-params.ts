// Ids and query parameters of the snapshot pages and API. Pure; a malformed id is "not found"
// (it cannot exist), never a crash or a database cast error.
import { z } from "zod";
import type { SearchParams } from "../url-state.ts";

const uuid = z.uuid();

export function isStoredId(id: string | undefined): id is string {
  return id !== undefined && uuid.safeParse(id).success;
}

const one = (v: string | readonly string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : (v as string | undefined));

/** ?base=<id>&candidate=<id>; null when either is missing or malformed. */
export function comparePair(params: SearchParams): { base: string; candidate: string } | null {
  const base = one(params.base);
  const candidate = one(params.candidate);
  return isStoredId(base) && isStoredId(candidate) ? { base, candidate } : null;
}

/** The page's search params as URLSearchParams (repeated keys kept), for the shared list-query parser. */
export function toSearchParams(params: SearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    for (const x of Array.isArray(v) ? v : v === undefined ? [] : [v]) out.append(k, x as string);
  }
  return out;
}

export type ExportFormat = "json" | "csv";

/** ?format=json|csv, default json; anything else is an error naming the parameter. */
export function exportFormat(params: URLSearchParams): { ok: true; format: ExportFormat } | { ok: false; error: string } {
  const raw = params.get("format") ?? "json";
  return raw === "json" || raw === "csv" ? { ok: true, format: raw } : { ok: false, error: `format: expected "json" or "csv", got ${JSON.stringify(raw.slice(0, 40))}` };
}

/** Which importer reads a file: comparison files say so in `format`; anything else goes to the snapshot reader, which names what is wrong. */
export function importKind(text: string): "snapshot" | "comparison" {
  try {
    const data: unknown = JSON.parse(text);
    return typeof data === "object" && data !== null && (data as { format?: unknown }).format === "throtl.comparison" ? "comparison" : "snapshot";
  } catch {
    return "snapshot";
  }
}

/** "throtl-snapshot-baseline-3f2a9c1e.json": a safe, recognizable download name. */
export function downloadName(kind: "snapshot" | "comparison", name: string | null, id: string, format: ExportFormat): string {
  const slug = (name ?? "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 48);
  return `throtl-${kind}-${slug ? `${slug}-` : ""}${id.slice(0, 8)}.${format}`;
}

/** The form's "To" date means through the end of that day (UTC), not its first instant. */
export function inclusiveTo(params: URLSearchParams): URLSearchParams {
  const to = params.get("to")?.trim() ?? "";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(to)) return params;
  const out = new URLSearchParams(params);
  out.set("to", `${to}T23:59:59.999Z`);
  return out;
}
