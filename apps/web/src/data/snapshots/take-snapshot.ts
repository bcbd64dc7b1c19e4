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

export interface TakeSnapshotBody {
  readonly name: string;
  readonly notes?: string;
  readonly tags: readonly string[];
  readonly model?: string;
  readonly instance?: string;
  readonly windowSeconds: number;
}

/** Trimmed, empty tags dropped, duplicates once; model/instance only when the page is scoped. The server validates. */
export function takeSnapshotBody(form: TakeSnapshotForm, scope: { model?: string | undefined; instance?: string | undefined }): TakeSnapshotBody {
  const tags = [...new Set(form.tags.split(",").map((t) => t.trim()).filter((t) => t !== ""))];
  const notes = form.notes.trim();
  return {
    name: form.name.trim(),
    ...(notes ? { notes } : {}),
    tags,
    ...(scope.model ? { model: scope.model } : {}),
    ...(scope.instance ? { instance: scope.instance } : {}),
    windowSeconds: form.windowSeconds,
  };
}
