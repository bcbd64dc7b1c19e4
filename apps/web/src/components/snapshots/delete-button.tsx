"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { readApiError, type ApiErrorView } from "../../data/snapshots/api-error.ts";
import { ApiErrorText } from "./api-error-text.tsx";

/** Deletes after a confirmation, then goes to `then`. */
export function DeleteButton({ url, what, then }: { url: string; what: string; then: string }) {
  const router = useRouter();
  const [error, setError] = useState<ApiErrorView | null>(null);
  const remove = async () => {
    if (!window.confirm(`Delete this ${what}? This cannot be undone.`)) return;
    const res = await fetch(url, { method: "DELETE" });
    if (!res.ok) return setError(await readApiError(res));
    router.push(then);
    router.refresh();
  };
  return (
    <span className="inline-flex flex-col gap-1">
      <button type="button" onClick={() => void remove()} className="rounded border border-bad px-2 py-1 text-xs text-bad hover:bg-bad hover:text-white">Delete</button>
      <ApiErrorText error={error} />
    </span>
  );
}
