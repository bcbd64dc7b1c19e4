// The endpoints a load run may target: named in the panel's environment, never sent by the browser
// (a URL from a request would make the panel an open proxy). Pure; env.ts parses the variable with it.
import { z } from "zod";

export interface LoadTarget {
  /** What the form and the API name it by. */
  readonly name: string;
  /** Base URL; the load generator appends /v1/... */
  readonly url: string;
}

const NAME = /^[A-Za-z0-9._:-]{1,64}$/;
const entry = z
  .string()
  .transform((t) => {
    const at = t.indexOf("=");
    return at < 0 ? { name: "", url: t } : { name: t.slice(0, at).trim(), url: t.slice(at + 1).trim() };
  })
  .pipe(z.object({
    name: z.string().regex(NAME, "expected name=http://host:port (name: letters, digits, . _ : -)"),
    url: z.url({ protocol: /^https?$/, error: "expected name=http://host:port" }).transform((u) => u.replace(/\/+$/, "")),
  }));

/** "a=http://127.0.0.1:8000, b=http://127.0.0.1:8001" → targets; empty entries dropped, names unique. */
export const loadTargetList = z
  .string()
  .transform((s) => s.split(",").map((t) => t.trim()).filter((t) => t !== ""))
  .pipe(z.array(entry))
  .refine((ts) => new Set(ts.map((t) => t.name)).size === ts.length, "target names must be unique");

/** THROTL_LOAD_TARGETS when set; otherwise each scrape target (host:port) is its own endpoint. */
export function loadTargets(env: { readonly THROTL_LOAD_TARGETS?: readonly LoadTarget[]; readonly THROTL_TARGETS: readonly string[] }): LoadTarget[] {
  if (env.THROTL_LOAD_TARGETS !== undefined) return [...env.THROTL_LOAD_TARGETS];
  return env.THROTL_TARGETS.map((hostPort) => ({ name: hostPort, url: `http://${hostPort}` }));
}
