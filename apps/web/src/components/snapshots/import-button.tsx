"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { readApiError, type ApiErrorView } from "../../data/snapshots/api-error.ts";
import { ApiErrorText } from "./api-error-text.tsx";

/** Uploads an exported JSON file (snapshot or comparison) and opens what was imported. */
export function ImportButton() {
  const router = useRouter();
  const [error, setError] = useState<ApiErrorView | null>(null);
  const [busy, setBusy] = useState(false);
  const upload = async (file: File) => {
    setBusy(true);
    setError(null);
    try {
      const res = await fetch("/api/snapshots/import", { method: "POST", body: await file.text(), headers: { "content-type": "application/json" } });
      if (!res.ok) return setError(await readApiError(res));
      const made = (await res.json()) as { kind: "snapshot" | "comparison"; id: string };
      router.push(made.kind === "comparison" ? `/comparisons/${made.id}` : `/snapshots/${made.id}`);
    } catch (e) {
      setError({ message: `Import failed: ${e instanceof Error ? e.message : String(e)}`, fields: [] });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="flex flex-col items-end gap-1" data-import>
      <label className="cursor-pointer rounded border border-line bg-panel px-2 py-1 text-xs text-muted hover:text-fg">
        {busy ? "Importing…" : "Import JSON…"}
        <input type="file" accept="application/json,.json" className="sr-only" disabled={busy} aria-label="Import snapshot or comparison file"
          onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ""; if (f) void upload(f); }} />
      </label>
      <ApiErrorText error={error} />
    </div>
  );
}
