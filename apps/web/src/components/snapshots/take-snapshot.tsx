"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { readApiError, type ApiErrorView } from "../../data/snapshots/api-error.ts";
import { parseLaunchFlags, takeSnapshotBody, WINDOW_CHOICES } from "../../data/snapshots/take-snapshot.ts";
import { ApiErrorText } from "./api-error-text.tsx";

const input = "rounded border border-line bg-panel px-2 py-1 text-xs text-fg";

/** A button that opens a small form; saves a snapshot of the current scope and opens it. */
export function TakeSnapshot({ model, instance }: { model: string | undefined; instance: string | undefined }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiErrorView | null>(null);
  const submit = async (form: FormData) => {
    setBusy(true);
    setError(null);
    try {
      const flags = parseLaunchFlags(String(form.get("flags") ?? ""));
      if (!flags.ok) return setError({ message: flags.error, fields: [] });
      const body = takeSnapshotBody({ name: String(form.get("name") ?? ""), tags: String(form.get("tags") ?? ""), notes: String(form.get("notes") ?? ""), windowSeconds: Number(form.get("windowSeconds")) }, { model, instance }, flags.flags);
      const res = await fetch("/api/snapshots", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      if (!res.ok) return setError(await readApiError(res));
      router.push(`/snapshots/${((await res.json()) as { id: string }).id}`);
    } catch (e) {
      setError({ message: `Snapshot failed: ${e instanceof Error ? e.message : String(e)}`, fields: [] });
    } finally {
      setBusy(false);
    }
  };
  if (!open) return <button type="button" onClick={() => setOpen(true)} className="rounded border border-line bg-panel px-2 py-1 text-xs text-muted hover:text-fg" data-take-snapshot>Take snapshot</button>;
  return (
    <form className="flex flex-wrap items-end gap-2 rounded-lg border border-line bg-panel p-2 text-xs text-muted" data-take-snapshot-form
      onSubmit={(e) => { e.preventDefault(); void submit(new FormData(e.currentTarget)); }}>
      <label className="flex flex-col gap-0.5">Name<input name="name" required maxLength={200} className={input} placeholder="max_num_seqs 256" autoFocus /></label>
      <label className="flex flex-col gap-0.5">Tags<input name="tags" className={input} placeholder="baseline, h100" /></label>
      <label className="flex flex-col gap-0.5">Window<select name="windowSeconds" defaultValue={600} className={input}>
        {WINDOW_CHOICES.map((w) => <option key={w.seconds} value={w.seconds}>{w.label}</option>)}
      </select></label>
      <label className="flex flex-col gap-0.5" title="vLLM exports only its cache config: state the launch flags you changed so comparisons show them">Launch flags<input name="flags" className={`${input} w-64 font-mono`} placeholder="--max-num-seqs 256" /></label>
      <label className="flex flex-col gap-0.5">Notes<input name="notes" maxLength={10_000} className={`${input} w-56`} /></label>
      <button type="submit" disabled={busy} className="rounded bg-accent px-2 py-1 text-white disabled:opacity-50">{busy ? "Saving…" : "Save snapshot"}</button>
      <button type="button" onClick={() => { setOpen(false); setError(null); }} className="px-1 py-1 hover:text-fg">Cancel</button>
      <span className="basis-full text-[11px]">Scope: {model ?? "all models"} · {instance ?? "all instances"}</span>
      <div className="basis-full"><ApiErrorText error={error} /></div>
    </form>
  );
}
