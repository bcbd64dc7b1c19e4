"use client";
import { useEffect, useState } from "react";

interface SnapshotItem {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
}

type State = { kind: "loading" } | { kind: "error"; message: string } | { kind: "ready"; items: SnapshotItem[] };

/** Picks a stored snapshot (GET /api/snapshots) and attaches the ended run to it. */
export function AttachSnapshot({ runId }: { runId: string }) {
  const [list, setList] = useState<State>({ kind: "loading" });
  const [chosen, setChosen] = useState("");
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    let live = true;
    fetch("/api/snapshots?limit=100", { cache: "no-store" })
      .then(async (r) => {
        const body = (await r.json()) as { items?: SnapshotItem[]; error?: string };
        if (!live) return;
        if (!r.ok || !body.items) setList({ kind: "error", message: body.error ?? `HTTP ${r.status}` });
        else {
          setList({ kind: "ready", items: body.items });
          setChosen((c) => c || body.items![0]?.id || "");
        }
      })
      .catch((e: unknown) => live && setList({ kind: "error", message: String(e) }));
    return () => { live = false; };
  }, []);

  const attach = async () => {
    setResult(null);
    const r = await fetch(`/api/snapshots/${encodeURIComponent(chosen)}/load-run`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ runId }) });
    const body = (await r.json().catch(() => ({}))) as { error?: string };
    setResult(r.ok ? { ok: true, text: "Attached: the snapshot's workload now carries this run's spec and summary." } : { ok: false, text: body.error ?? `HTTP ${r.status}` });
  };

  return (
    <section className="flex flex-wrap items-center gap-3 rounded-lg border border-line bg-panel p-4 text-sm" data-attach>
      <h2 className="text-base font-semibold">Attach to snapshot</h2>
      {list.kind === "loading" && <span className="text-muted">Loading snapshots…</span>}
      {list.kind === "error" && <span className="text-muted" data-attach-unavailable>Snapshots unavailable: {list.message}</span>}
      {list.kind === "ready" && list.items.length === 0 && <span className="text-muted">No snapshots stored yet.</span>}
      {list.kind === "ready" && list.items.length > 0 && (
        <>
          <select aria-label="Snapshot" value={chosen} onChange={(e) => setChosen(e.target.value)} className="rounded border border-line bg-bg px-2 py-1">
            {list.items.map((s) => <option key={s.id} value={s.id}>{s.name} · {s.createdAt.slice(0, 16).replace("T", " ")}</option>)}
          </select>
          <button type="button" onClick={() => void attach()} disabled={!chosen} className="rounded border border-line px-3 py-1 hover:bg-bg disabled:opacity-50">Attach</button>
        </>
      )}
      {result && <p role="status" className={result.ok ? "text-good" : "text-bad"} data-attach-result>{result.text}</p>}
    </section>
  );
}
