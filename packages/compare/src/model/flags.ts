// Engine settings are keyed by vLLM's own names: the snake_case field names that vLLM reports in
// cache_config_info labels and that EngineArgs uses (`max_num_seqs`); `--max-num-seqs` on the CLI.

/** "--max-num-seqs", "max-num-seqs" and "max_num_seqs" all name `max_num_seqs`. */
export function normalizeFlag(flag: string): string {
  return flag.trim().replace(/^-+/, "").replaceAll("-", "_").toLowerCase();
}

/** The command-line spelling of a setting: `max_num_seqs` → `--max-num-seqs`. */
export function cliFlag(flag: string): string {
  return `--${normalizeFlag(flag).replaceAll("_", "-")}`;
}

/**
 * One comparable form of a setting's value: cache_config_info labels are strings ("256", "True",
 * "None") while launch args and user input may be numbers or booleans.
 */
export function canonicalValue(value: string | number | boolean | null): string | number | boolean | null {
  if (typeof value !== "string") return value;
  const v = value.trim();
  if (v === "" || v === "None" || v === "null") return null;
  if (/^(true|false)$/i.test(v)) return v.toLowerCase() === "true";
  const n = Number(v);
  return Number.isFinite(n) && /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(v) ? n : v;
}

export function formatValue(value: string | number | boolean | null | undefined): string {
  if (value === undefined) return "(unset)";
  if (value === null) return "None";
  return String(value);
}
