// The "Take snapshot" form's body for POST /api/snapshots: fields as typed, the scope from the URL.

export const WINDOW_CHOICES = [
  { seconds: 300, label: "last 5 min" },
  { seconds: 600, label: "last 10 min" },
  { seconds: 900, label: "last 15 min" },
  { seconds: 1800, label: "last 30 min" },
  { seconds: 3600, label: "last 1 h" },
] as const;

export interface TakeSnapshotForm {
  readonly name: string;
  /** Comma-separated, as typed. */
  readonly tags: string;
  readonly notes: string;
  readonly windowSeconds: number;
}

export interface LaunchFlag {
  readonly flag: string;
  readonly value: string | number | boolean;
}

export interface TakeSnapshotBody {
  readonly name: string;
  readonly notes?: string;
  readonly tags: readonly string[];
  readonly model?: string;
  readonly instance?: string;
  readonly windowSeconds: number;
  readonly engineConfig?: readonly LaunchFlag[];
}

/**
 * Launch flags as typed, `vllm serve` style. vLLM exports only its cache config, so flags such as
 * max_num_seqs reach a snapshot this way (stored with origin "user").
 * "--max-num-seqs 256 --enable-chunked-prefill --kv-cache-dtype=fp8" → flags with values; a flag
 * followed by another flag (or nothing) is a boolean switch. Numbers become numbers. Words that are
 * not after a flag are an error naming them, so a typo is not silently dropped.
 */
export function parseLaunchFlags(text: string): { ok: true; flags: LaunchFlag[] } | { ok: false; error: string } {
  const words = text.trim().split(/\s+/).filter((w) => w !== "");
  const flags: LaunchFlag[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!word.startsWith("--") || word.length < 3) return { ok: false, error: `Launch flags: "${word}" is not a --flag (write e.g. --max-num-seqs 256)` };
    const [name, inline] = word.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    const next = words[i + 1];
    const raw = inline ?? (next !== undefined && !next.startsWith("--") ? (i++, next) : undefined);
    const value = raw === undefined ? true : raw !== "" && Number.isFinite(Number(raw)) ? Number(raw) : raw;
    flags.push({ flag: name, value });
  }
  return { ok: true, flags };
}

/** Trimmed, empty tags dropped, duplicates once; model/instance only when the page is scoped. The server validates. */
export function takeSnapshotBody(form: TakeSnapshotForm, scope: { model?: string | undefined; instance?: string | undefined }, flags: readonly LaunchFlag[] = []): TakeSnapshotBody {
  const tags = [...new Set(form.tags.split(",").map((t) => t.trim()).filter((t) => t !== ""))];
  const notes = form.notes.trim();
  return {
    name: form.name.trim(),
    ...(notes ? { notes } : {}),
    tags,
    ...(scope.model ? { model: scope.model } : {}),
    ...(scope.instance ? { instance: scope.instance } : {}),
    windowSeconds: form.windowSeconds,
    ...(flags.length > 0 ? { engineConfig: flags } : {}),
  };
}
