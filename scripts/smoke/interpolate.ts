// Compose's variable substitution, for reading docker-compose.yml without Compose (make smoke):
// ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?error}, ${VAR?error} and $$ for a literal $.
// An empty value counts as unset for the `:` forms, as in Compose.

export class InterpolationError extends Error {}

const PATTERN = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])((?:[^{}]|\{[^{}]*\})*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;

export function interpolate(text: string, env: Readonly<Record<string, string | undefined>>): string {
  return text.replace(PATTERN, (match, braced: string | undefined, op: string | undefined, arg: string | undefined, bare: string | undefined) => {
    if (match === "$$") return "$";
    const name = (braced ?? bare)!;
    const value = env[name];
    const unset = value === undefined || (op?.startsWith(":") === true && value === "");
    if (op === undefined || !unset) return value ?? "";
    if (op.endsWith("-")) return interpolate(arg ?? "", env);
    throw new InterpolationError(`${name}: ${arg || "required"}`);
  });
}

/** Every string in a parsed YAML document, interpolated. */
export function interpolateDeep<T>(value: T, env: Readonly<Record<string, string | undefined>>): T {
  if (typeof value === "string") return interpolate(value, env) as T;
  if (Array.isArray(value)) return value.map((v) => interpolateDeep(v, env)) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolateDeep(v, env)])) as T;
  }
  return value;
}

/** KEY=VALUE lines of an env file (comments and blank lines skipped; no quoting rules needed here). */
export function parseEnvFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split("\n")) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (m) out[m[1]!] = m[2]!.trim();
  }
  return out;
}
