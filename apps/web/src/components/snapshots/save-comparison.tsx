"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { readApiError, type ApiErrorView } from "../../data/snapshots/api-error.ts";
import { ApiErrorText } from "./api-error-text.tsx";

/** Saves the pair under an optional name and opens its shareable page. */
export function SaveComparison({ baseId, candidateId }: { baseId: string; candidateId: string }) {
  const router = useRouter();
  const [name, setName] = useState("");
  const [error, setError] = useState<ApiErrorView | null>(null);
  const save = async () => {
    setError(null);
    const res = await fetch("/api/comparisons", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ baseId, candidateId, name: name.trim() || null }) });
    if (!res.ok) return setError(await readApiError(res));
    router.push(((await res.json()) as { url: string }).url);
  };
  return (
    <form className="flex flex-wrap items-center gap-2" onSubmit={(e) => { e.preventDefault(); void save(); }} data-save-comparison>
      <input value={name} onChange={(e) => setName(e.target.value)} placeholder="Name (optional)" maxLength={200} aria-label="Comparison name"
        className="rounded border border-line bg-panel px-2 py-1 text-xs" />
      <button type="submit" className="rounded bg-accent px-2 py-1 text-xs text-white">Save comparison</button>
      <ApiErrorText error={error} />
    </form>
  );
}
